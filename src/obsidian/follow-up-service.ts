import { resolveZone } from "../domain/records/dates";
import type { QueueItem } from "../domain/follow-ups/follow-up-items";
import { FollowUpQueue } from "../domain/follow-ups/follow-up-queue";
import type { IndexChange } from "../domain/records/record-index";
import type { ItemList } from "../domain/follow-ups/sorted-blocks";
import type { TemplateHost } from "./template-host";

const MINUTE = 60_000;

/** Why the queue may read differently: notes changed, the settings changed, or time passed. */
export type QueueEvent = "records" | "settings" | "clock";
export type QueueListener = (event: QueueEvent) => void;

/** The settings the queue is computed with; a change means a new queue. */
function fingerprint(host: TemplateHost): string {
	const { rules, timeZone } = host.settings;
	return JSON.stringify([resolveZone(timeZone), rules]);
}

/**
 * The plugin's follow-up queue, kept in step with the record index, and the clock that
 * tells views when it reads differently. Views and the status bar subscribe; while anyone
 * does, a timer wakes at each minute boundary (relative times such as "overdue by 5
 * minutes" move on) and at the instant the queue itself changes (an item turns overdue,
 * a snooze ends), whichever comes first. The plugin holds this, never a view.
 */
export class FollowUpService {
	private queue: FollowUpQueue;
	private settingsKey: string;
	private readonly listeners = new Set<QueueListener>();
	private timer: number | null = null;

	constructor(
		private readonly host: TemplateHost,
		private readonly clock: () => number = () => Date.now(),
	) {
		this.settingsKey = fingerprint(host);
		this.queue = new FollowUpQueue(host.index, host.settings, resolveZone(host.settings.timeZone));
		// Subscribing is what makes the index record changes; until unload it always has us.
		host.register(host.index.onChange((change) => this.onIndexChange(change)));
		host.registerEvent(host.settingsEvents.on("changed", () => this.onSettingsChange()));
		host.register(() => this.stopClock());
	}

	/** The zone the queue computes in. */
	get zone(): string {
		this.ensureCurrentSettings();
		return this.queue.zone;
	}

	now(): number {
		return this.clock();
	}

	/** The items shown now (or at `nowMs`), in queue order. */
	items(nowMs = this.clock()): readonly QueueItem[] {
		this.ensureCurrentSettings();
		return this.queue.items(nowMs);
	}

	/** The items shown now (or at `nowMs`), in queue order, as a list that reads a window without copying. */
	shownList(nowMs = this.clock()): ItemList {
		this.ensureCurrentSettings();
		return this.queue.shownList(nowMs);
	}

	/** The career fields of the notes with items shown now, for the queue view's dropdown. */
	fieldChoices(nowMs = this.clock()): string[] {
		this.ensureCurrentSettings();
		return this.queue.fieldChoices(nowMs);
	}

	/** The items about one note shown now. */
	itemsAbout(path: string, nowMs = this.clock()): QueueItem[] {
		this.ensureCurrentSettings();
		return this.queue.itemsAbout(path, nowMs);
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

	/** A new queue when the rules or the zone differ from the ones it was computed with. */
	private ensureCurrentSettings(): boolean {
		const key = fingerprint(this.host);
		if (key === this.settingsKey) return false;
		this.settingsKey = key;
		this.queue = new FollowUpQueue(this.host.index, this.host.settings, resolveZone(this.host.settings.timeZone));
		return true;
	}

	private onSettingsChange(): void {
		if (this.ensureCurrentSettings()) this.emit("settings");
	}

	private onIndexChange(change: IndexChange): void {
		if (this.ensureCurrentSettings()) this.emit("settings");
		else {
			this.queue.applyChange(change);
			this.emit("records");
		}
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
		const change = this.queue.nextChange(now);
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
