import { DateTime } from "luxon";
import type { QueueEntry } from "../calendar/queue-adapter";
import { dayStart } from "../records/wall-time";
import { clockMinutes, type AlertMemory, type AlertSettings } from "./alert-settings";

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Alerts older than this are neither announced nor remembered: after a week away the queue itself says what is due. */
export const ALERT_RETENTION_MS = 7 * 24 * HOUR;
/** An alert shown this late (a sleeping laptop, a closed app) counts as missed while away. */
export const LATE_AFTER_MS = 5 * MINUTE;
/** More alerts than this at one moment are shown as one notice. */
const MOST_SHOWN_APART = 3;

export type AlertKind = "interview" | "thank_you" | "confirm" | "follow_up";

/** Something that falls due at `fireAtMs` and may be announced once. */
export interface AlertCandidate {
	/** Item id and due time: an item whose due time moves is announced again. */
	readonly key: string;
	readonly kind: AlertKind;
	readonly fireAtMs: number;
	/** What to do, as the queue words it ("Send a thank-you note to Jo"); for an interview, whom it is with. */
	readonly title: string;
	/** The moment the text names: the interview's start, the thank-you's deadline. */
	readonly atMs: number;
	readonly allDay: boolean;
	/** The note to open and to snooze. */
	readonly path: string;
	/** Whose it is, for the snooze's notice. */
	readonly who: string;
}

/** An upcoming timed interview, for its "starts soon" alert. */
export interface UpcomingInterview {
	readonly path: string;
	readonly who: string;
	readonly startMs: number;
}

function clock(ms: number, zone: string): string {
	return DateTime.fromMillis(ms, { zone }).toFormat("HH:mm");
}

/**
 * What an alert says. Made only for the alerts shown: formatting a time with luxon costs
 * far more than finding out what is due, which runs for every item at every change.
 */
export function alertText(alert: AlertCandidate, zone: string): string {
	switch (alert.kind) {
		case "interview":
			return `Your interview with ${alert.title} starts at ${clock(alert.atMs, zone)}`;
		case "thank_you":
			return `${alert.title} ${alert.allDay ? "today" : `by ${clock(alert.atMs, zone)}`}`;
		case "confirm":
			return `${alert.title} today`;
		case "follow_up":
			return alert.title;
	}
}

function personOf(entry: QueueEntry): string {
	const name = entry.contact ?? entry.path;
	return name.slice(name.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/**
 * Every alert the queue and the upcoming interviews give under the settings, whether
 * shown already or not: an interview `minutesBeforeInterview` before it starts, a
 * thank-you `hoursBeforeThankYou` before it is due, a confirmation on the day it is due
 * (a late one is due "now" in the queue, so it is keyed by day and announced once a
 * day), and any other dated follow-up when it falls due (a whole-day one as its day begins).
 */
export function alertCandidates(queue: readonly QueueEntry[], interviews: readonly UpcomingInterview[], settings: AlertSettings, zone: string): AlertCandidate[] {
	const { kinds } = settings;
	const out: AlertCandidate[] = [];
	if (kinds.interviews) {
		for (const interview of interviews) {
			const { path, who, startMs } = interview;
			out.push({ key: `interview:${path}@${startMs}`, kind: "interview", fireAtMs: startMs - settings.minutesBeforeInterview * MINUTE, title: who, atMs: startMs, allDay: false, path, who });
		}
	}
	for (const entry of queue) {
		const { dueMs, allDay, path, title } = entry;
		if (dueMs === null) continue;
		if (entry.kind === "thank_you") {
			if (!kinds.thankYou) continue;
			out.push({ key: `${entry.id}@${dueMs}`, kind: "thank_you", fireAtMs: dueMs - settings.hoursBeforeThankYou * HOUR, title, atMs: dueMs, allDay, path, who: personOf(entry) });
		} else if (entry.kind === "confirm") {
			if (!kinds.confirm) continue;
			out.push({ key: `${entry.id}@${dayStart(dueMs, zone)}`, kind: "confirm", fireAtMs: dueMs, title, atMs: dueMs, allDay, path, who: personOf(entry) });
		} else if (kinds.followUps) {
			const fireAtMs = allDay ? dayStart(dueMs, zone) : dueMs;
			out.push({ key: `${entry.id}@${dueMs}`, kind: "follow_up", fireAtMs, title, atMs: dueMs, allDay, path, who: personOf(entry) });
		}
	}
	return out;
}

/** Quiet hours at an instant: whether it is quiet, and when the quiet ends. */
export function quietUntil(settings: Pick<AlertSettings, "quietStart" | "quietEnd">, nowMs: number, zone: string): number | null {
	const start = clockMinutes(settings.quietStart);
	const end = clockMinutes(settings.quietEnd);
	if (start === null || end === null || start === end) return null;
	const local = DateTime.fromMillis(nowMs, { zone });
	const minute = local.hour * 60 + local.minute;
	const quiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
	if (!quiet) return null;
	let endAt = local.startOf("day").set({ hour: Math.floor(end / 60), minute: end % 60 });
	if (endAt.toMillis() <= nowMs) endAt = endAt.plus({ days: 1 });
	return endAt.toMillis();
}

/** What to do at one instant. */
export interface AlertPlan {
	/** Shown one by one. */
	readonly single: readonly AlertCandidate[];
	/** Shown as one notice ("5 follow-ups became due while you were away"); empty for none. */
	readonly collapsed: readonly AlertCandidate[];
	/** Whether the collapsed ones were due while nobody was there to see them (rather than many at once). */
	readonly whileAway: boolean;
	/** When to look again; null when nothing more will fall due. */
	readonly nextAtMs: number | null;
	/** The memory with these alerts remembered, old ones forgotten, and the first run dated. */
	readonly memory: AlertMemory;
}

/**
 * Which alerts to show at `nowMs`. An alert is shown once per key, never for a moment
 * before alerts first ran or older than a week, and not in quiet hours (held until
 * they end). Several missed at once, or more than a few at the same moment, are one notice.
 */
export function planAlerts(candidates: readonly AlertCandidate[], memory: AlertMemory, settings: Pick<AlertSettings, "quietStart" | "quietEnd">, nowMs: number, zone: string): AlertPlan {
	const since = memory.since ?? nowMs;
	const oldest = Math.max(since, nowMs - ALERT_RETENTION_MS);
	const ready: AlertCandidate[] = [];
	let next = Number.POSITIVE_INFINITY;
	const seen = new Set<string>();
	for (const candidate of candidates) {
		if (seen.has(candidate.key) || candidate.key in memory.shown || candidate.fireAtMs < oldest) continue;
		seen.add(candidate.key);
		if (candidate.fireAtMs <= nowMs) ready.push(candidate);
		else next = Math.min(next, candidate.fireAtMs);
	}
	const quietEnd = ready.length > 0 ? quietUntil(settings, nowMs, zone) : null;
	const shown: Record<string, number> = {};
	for (const [key, fireAt] of Object.entries(memory.shown)) if (fireAt >= nowMs - ALERT_RETENTION_MS) shown[key] = fireAt;
	if (quietEnd !== null) {
		return { single: [], collapsed: [], whileAway: false, nextAtMs: Math.min(next, quietEnd), memory: { since, shown } };
	}
	ready.sort((a, b) => a.fireAtMs - b.fireAtMs || (a.key < b.key ? -1 : 1));
	for (const candidate of ready) shown[candidate.key] = candidate.fireAtMs;
	const missed = ready.filter((candidate) => candidate.fireAtMs < nowMs - LATE_AFTER_MS);
	const collapse = missed.length >= 2 || ready.length > MOST_SHOWN_APART;
	return {
		single: collapse ? [] : ready,
		collapsed: collapse ? ready : [],
		whileAway: collapse && missed.length >= 2,
		nextAtMs: next === Number.POSITIVE_INFINITY ? null : next,
		memory: { since, shown },
	};
}

/** The collapsed notice's words. */
export function collapsedText(count: number, whileAway: boolean): string {
	const things = count === 1 ? "1 follow-up" : `${count} follow-ups`;
	return whileAway ? `${things} became due while you were away` : `${things} are due now`;
}
