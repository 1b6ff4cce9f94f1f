import { DateTime } from "luxon";
import type { QueueItem } from "./item";
import { dayStart, wallOf } from "../records/wall-time";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** When an item is due, said two ways: relative to now for reading, absolute for hovering and screen readers. */
export interface DueText {
	/** "overdue by 2 days", "due now", "today 14:30", "tomorrow", "Thursday 09:00", "3 Dec", "anytime". */
	readonly relative: string;
	/** "Tuesday 24 November 2026 at 14:30", "Tuesday 24 November 2026, all day", "No due date". */
	readonly absolute: string;
}

/** How the day of an item still ahead is named. */
export type DayName = "today" | "tomorrow" | "weekday" | "date" | "date_with_year";

/**
 * Where an item's due time stands at an instant, before it is put in words. The command
 * line words it in fixed English (luxon patterns, the same on every machine), the queue
 * view in the user's locale (ui/due-label.ts); both follow these rules.
 */
export type DueStanding =
	| { readonly state: "anytime" }
	/** "overdue by 2 days": timed items in the largest whole unit, whole-day items by calendar days. */
	| { readonly state: "overdue"; readonly by: string; readonly dayMs: number }
	/** Due within the minute, or a confirmation whose moment has passed. */
	| { readonly state: "now"; readonly dayMs: number }
	/**
	 * Still ahead. `dayMs` is the start of its day; `timeMs` its time, or null when the day
	 * alone says it: a whole-day item, or one due as its day begins ("confirm the day
	 * before"), whose 00:00 is not a time anyone set.
	 */
	| { readonly state: "ahead"; readonly day: DayName; readonly dayMs: number; readonly timeMs: number | null };

function count(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * How late a timed item is, in the largest whole unit: minutes for the first hour, hours
 * for the first day, then days. Never "0 minutes": an item is overdue from the
 * millisecond after its due time, and one minute is the least worth saying.
 */
function lateBy(ms: number): string {
	if (ms < HOUR) return `overdue by ${count(Math.max(1, Math.floor(ms / MINUTE)), "minute")}`;
	if (ms < DAY) return `overdue by ${count(Math.floor(ms / HOUR), "hour")}`;
	return `overdue by ${count(Math.floor(ms / DAY), "day")}`;
}

function yearOf(ms: number, zone: string): number {
	return new Date(wallOf(ms, zone)).getUTCFullYear();
}

/** Where `item` stands at `nowMs`, with days counted on the calendar of `zone`. */
export function dueStanding(item: Pick<QueueItem, "dueMs" | "allDay">, nowMs: number, zone: string): DueStanding {
	const dueMs = item.dueMs;
	if (dueMs === null) return { state: "anytime" };
	const dayMs = dayStart(dueMs, zone);
	// Calendar days apart: a day with a clock change has 23 or 25 hours, which rounding absorbs.
	const days = Math.round((dayMs - dayStart(nowMs, zone)) / DAY);
	if (dueMs < nowMs) {
		const by = item.allDay ? `overdue by ${count(Math.max(1, -days), "day")}` : lateBy(nowMs - dueMs);
		return { state: "overdue", by, dayMs };
	}
	if (!item.allDay && dueMs - nowMs < MINUTE) return { state: "now", dayMs };
	let day: DayName;
	if (days === 0) day = "today";
	else if (days === 1) day = "tomorrow";
	// The seventh day shares today's weekday, so from there on a date says it unambiguously.
	else if (days > 1 && days < 7) day = "weekday";
	else day = yearOf(dayMs, zone) === yearOf(nowMs, zone) ? "date" : "date_with_year";
	return { state: "ahead", day, dayMs, timeMs: item.allDay || dueMs === dayMs ? null : dueMs };
}

function format(zone: string, ms: number, pattern: string): string {
	return DateTime.fromMillis(ms, { zone, locale: "en-GB" }).toFormat(pattern);
}

const DAY_PATTERNS: Readonly<Record<Exclude<DayName, "today" | "tomorrow">, string>> = { weekday: "cccc", date: "d LLL", date_with_year: "d LLL yyyy" };

/**
 * The command line's text for an item's due time at `nowMs`, in the queue's zone, in
 * fixed English with a 24-hour clock so that the same command prints the same on any machine.
 */
export function dueText(item: Pick<QueueItem, "dueMs" | "allDay">, nowMs: number, zone: string): DueText {
	const standing = dueStanding(item, nowMs, zone);
	if (standing.state === "anytime" || item.dueMs === null) return { relative: "anytime", absolute: "No due date" };
	const date = format(zone, standing.dayMs, "cccc d LLLL yyyy");
	const absolute = item.allDay ? `${date}, all day` : `${date} at ${format(zone, item.dueMs, "HH:mm")}`;
	if (standing.state === "overdue") return { relative: standing.by, absolute };
	if (standing.state === "now") return { relative: "due now", absolute };
	const day = standing.day === "today" || standing.day === "tomorrow" ? standing.day : format(zone, standing.dayMs, DAY_PATTERNS[standing.day]);
	return { relative: standing.timeMs === null ? day : `${day} ${format(zone, standing.timeMs, "HH:mm")}`, absolute };
}
