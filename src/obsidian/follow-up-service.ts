import type { Events, Plugin } from "obsidian";
import { zoneFor } from "../domain/records/dates";
import type { QueueItem } from "../domain/follow-ups/item";
import { deriveQueue, nextChange, shownAt, type Derivation, type QueueSource } from "../domain/follow-ups/queue";
import { fieldChoices } from "../domain/follow-ups/queue-filter";
import type { RecordLookup } from "../domain/records/record-types";
import type { Settings } from "../domain/settings";

const MINUTE = 60_000;

/** Why the queue may read differently: notes changed, the settings changed, or time passed. */
export type QueueEvent = "records" | "settings" | "clock";
export type QueueListener = (event: QueueEvent) => void;

/** What the queue needs from the plugin: the index, the settings, and a place to register what must end on unload. */
export interface QueueHost extends Pick<Plugin, "register" | "registerEvent"> {
	readonly index: QueueSource & RecordLookup & { onChange(listener: () => void): () => void };
	readonly settings: Pick<Settings, "rules" | "timeZone">;
	/** Triggers `changed` after the settings were saved or synced in. */
	readonly settingsEvents: Events;
}

/** The settings the queue is derived with; a change means deriving again. */
function fingerprint(settings: QueueHost["settings"]): string {
	return JSON.stringify([settings.timeZone, settings.rules]);
}

/**
 * The plugin's follow-up queue: derived afresh from the index after each batch of changes
 * (and when the rules or the zone change), with one event per derivation. Views and the
 * status bar subscribe; while anyone does, a timer wakes at each minute boundary (relative
 * times such as "overdue by 5 minutes" move on) and at the instant the queue itself
 * changes (an item turns overdue, a snooze ends), whichever comes first.
 */
export class FollowUpService {
	/** Every item, shown now or not, in queue order. */
	private all: QueueItem[] = [];
	/** The last derivation, whose unchanged notes the next one keeps. */
	private derivation: Derivation | undefined;
	private derivedWith = "";
	private currentZone = "UTC";
	private shown: { nowMs: number; items: QueueItem[] } | null = null;
	private readonly listeners = new Set<QueueListener>();
	private timer: number | null = null;

	constructor(
		private readonly host: QueueHost,
		private readonly clock: () => number = () => Date.now(),
	) {
		this.deriveIfSettingsChanged();
		host.register(
			host.index.onChange(() => {
				this.derive();
				this.emit("records");
			}),
		);
		host.registerEvent(host.settingsEvents.on("changed", () => this.deriveIfSettingsChanged() && this.emit("settings")));
		host.register(() => this.stopClock());
	}

	/** The zone the queue computes in: the setting, the system zone, or UTC (see `zoneFor`). */
	get zone(): string {
		this.deriveIfSettingsChanged();
		return this.currentZone;
	}

	now(): number {
		return this.clock();
	}

	/** The items shown now (or at `nowMs`), in queue order. The same array until something changes. */
	items(nowMs = this.clock()): readonly QueueItem[] {
		this.deriveIfSettingsChanged();
		if (this.shown?.nowMs !== nowMs) this.shown = { nowMs, items: shownAt(this.all, nowMs) };
		return this.shown.items;
	}

	/** The career fields of the notes with items shown now, for the queue view's dropdown. */
	fieldChoices(nowMs = this.clock()): string[] {
		return fieldChoices(this.all, this.items(nowMs), this.host.index);
	}

	/** The items about one note shown now. */
	itemsAbout(path: string, nowMs = this.clock()): QueueItem[] {
		return this.items(nowMs).filter((item) => item.path === path);
	}

	/** Hears of every change to what the queue reads; returns the unsubscribe function. */
	subscribe(listener: QueueListener): () => void {
		this.listeners.add(listener);
		if (this.timer === null) this.armClock();
		return () => {
			this.listeners.delete(listener);
			if (this.listeners.size === 0) this.stopClock();
		};
	}

	private derive(): void {
		const { settings } = this.host;
		this.derivedWith = fingerprint(settings);
		this.currentZone = zoneFor(settings.timeZone).zone;
		this.derivation = deriveQueue(this.host.index, settings, this.currentZone, this.derivation);
		this.all = this.derivation.items;
		this.shown = null;
	}

	/** Derives again when the rules or the zone differ from the ones the queue was derived with. */
	private deriveIfSettingsChanged(): boolean {
		if (fingerprint(this.host.settings) === this.derivedWith) return false;
		this.derive();
		return true;
	}

	private emit(event: QueueEvent): void {
		// The next wake-up may have moved: an item changed, or this is the wake-up.
		this.armClock();
		for (const listener of [...this.listeners]) {
			try {
				listener(event);
			} catch (error) {
				// One failing view must not keep the others, or the status bar, from updating.
				console.error("Informational Interviews: a follow-up queue listener failed", error);
			}
		}
	}

	private armClock(): void {
		this.stopClock();
		if (this.listeners.size === 0) return;
		const now = this.clock();
		const nextMinute = (Math.floor(now / MINUTE) + 1) * MINUTE;
		const change = nextChange(this.all, now);
		const at = change === null ? nextMinute : Math.min(nextMinute, change);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.emit("clock");
		}, Math.max(0, at - now));
	}

	private stopClock(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
