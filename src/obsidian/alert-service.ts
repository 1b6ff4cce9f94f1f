import { alertCandidates, planAlerts, type AlertCandidate, type UpcomingInterview } from "../domain/alerts/alert-schedule";
import { queueEntries } from "../domain/calendar/queue-adapter";
import { basenameOf } from "../domain/records/links";
import { effectiveInterviewStatus, interviewTimes } from "../domain/records/interview-schedule";
import type { RecordIndex } from "../domain/records/record-index";
import type { FollowUpService } from "./follow-up-service";
import type { PluginHost } from "./plugin-host";

/** The queue's minute ticks are let through this often at most, for items that appear as time passes (a snooze ending). */
const CLOCK_LOOK_MS = 15 * 60_000;
/** How long after a change to the notes or settings alerts look at the queue again. */
const SETTLE_MS = 1_000;
/** A timer never waits longer than this: a long wait is checked again, and a sleeping computer wakes to a fresh look. */
const LONGEST_WAIT_MS = 6 * 3_600_000;

/** How alerts reach the user: notices, and on desktop system notifications. */
export interface AlertPresenter {
	show(alert: AlertCandidate): void;
	showCollapsed(alerts: readonly AlertCandidate[], whileAway: boolean): void;
}

/** The timed interviews still to start, not cancelled or missed. */
export function upcomingInterviews(index: Pick<RecordIndex, "interviews" | "get">, nowMs: number, zone: string): UpcomingInterview[] {
	const out: UpcomingInterview[] = [];
	for (const interview of index.interviews()) {
		const times = interviewTimes(interview, zone);
		if (times === null || times.allDay || times.startMs <= nowMs) continue;
		const status = effectiveInterviewStatus(interview, nowMs, zone);
		if (status === "cancelled" || status === "no_show" || status === "done" || status === "requested") continue;
		const contactPath = interview.contact?.path;
		const contact = contactPath ? index.get(contactPath) : undefined;
		const who = contact?.kind === "contact" ? contact.name : basenameOf(interview.contact?.linkpath ?? interview.path);
		out.push({ path: interview.path, who, startMs: times.startMs });
	}
	return out;
}

/**
 * Alerts while Obsidian is open: looks at the queue whenever it changes and sets one
 * timer for the next moment something falls due (no polling). What was shown is kept in
 * the plugin's data, so a reload shows nothing twice. The timer is cleared on unload.
 */
export class AlertService {
	private timer: number | null = null;
	private stopped = false;
	/** When alerts first ran, until it is saved with the first alert shown. */
	private since: number | null = null;
	private lastCheckMs = Number.NEGATIVE_INFINITY;

	constructor(
		private readonly host: Pick<PluginHost, "index" | "register" | "settings">,
		private readonly service: FollowUpService,
		private readonly presenter: AlertPresenter,
		/** Saves the plugin's data (the memory lives in the settings object). */
		private readonly persist: () => Promise<void>,
	) {
		host.register(
			service.subscribe((event) => {
				// The clock alone: the own timer covers what is known to fall due; look again now and then for what appeared.
				if (event === "clock" && service.now() - this.lastCheckMs < CLOCK_LOOK_MS) return;
				if (event === "clock") this.check();
				else this.checkSoon();
			}),
		);
		host.register(() => this.stop());
	}

	/**
	 * After notes or settings change, looks a moment later rather than in the frame that
	 * shows the change (the look reads the whole queue, a few milliseconds at 3,000
	 * records); a burst of changes is looked at once.
	 */
	private checkSoon(): void {
		if (this.stopped) return;
		this.clearTimer();
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.check();
		}, SETTLE_MS);
	}

	/** Looks at what is due now, shows it, remembers it, and sets the timer for the next. */
	check(): void {
		try {
			this.checkNow();
		} catch (error) {
			// A timer or a queue event must never throw into Obsidian.
			console.error("Informational Interviews: could not check for alerts", error);
		}
	}

	private checkNow(): void {
		if (this.stopped) return;
		this.clearTimer();
		const { alerts } = this.host.settings;
		if (!alerts.enabled) return;
		const nowMs = this.service.now();
		this.lastCheckMs = nowMs;
		const zone = this.service.zone;
		const candidates = alertCandidates(queueEntries(this.service.items(nowMs)), upcomingInterviews(this.host.index, nowMs, zone), alerts, zone);
		const before = this.host.settings.alertMemory;
		const plan = planAlerts(candidates, { since: before.since ?? this.since, shown: before.shown }, alerts, nowMs, zone);
		this.since = plan.memory.since;
		for (const alert of plan.single) this.presenter.show(alert);
		if (plan.collapsed.length > 0) this.presenter.showCollapsed(plan.collapsed, plan.whileAway);
		// Saved when what was shown changed: dating the first run alone writes nothing, so a
		// vault whose settings were never touched keeps no data file until an alert is shown.
		if (JSON.stringify(plan.memory.shown) !== JSON.stringify(before.shown)) {
			this.host.settings.alertMemory = plan.memory;
			this.persist().catch((error: unknown) => console.error("Informational Interviews: could not remember the alerts shown", error));
		}
		if (plan.nextAtMs !== null) {
			const wait = Math.min(LONGEST_WAIT_MS, Math.max(0, plan.nextAtMs - nowMs));
			this.timer = window.setTimeout(() => {
				this.timer = null;
				this.check();
			}, wait);
		}
	}

	private clearTimer(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private stop(): void {
		this.stopped = true;
		this.clearTimer();
	}
}
