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

function format(zone: string, ms: number, pattern: string): string {
	return DateTime.fromMillis(ms, { zone, locale: "en-GB" }).toFormat(pattern);
}

/** "14:30": the wall time of an instant in the zone. */
function clockTime(ms: number, zone: string): string {
	const local = new Date(wallOf(ms, zone));
	return `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`;
}

/** The day as a word or a date: "today", "tomorrow", a weekday within the week, else "3 Dec" (with the year when not this one). */
function dayWord(dueDayMs: number, days: number, zone: string, sameYear: boolean): string {
	if (days === 0) return "today";
	if (days === 1) return "tomorrow";
	// The seventh day shares today's weekday, so from there on a date says it unambiguously.
	if (days > 1 && days < 7) return format(zone, dueDayMs, "cccc");
	return format(zone, dueDayMs, sameYear ? "d LLL" : "d LLL yyyy");
}

/**
 * The text for an item's due time at `nowMs`, in the queue's zone. Whole-day items are
 * late by whole days (a day is over at its last millisecond); a confirmation whose moment
 * has passed is due exactly now and reads "due now", as does anything due within the minute.
 */
export function dueText(item: Pick<QueueItem, "dueMs" | "allDay">, nowMs: number, zone: string): DueText {
	const dueMs = item.dueMs;
	if (dueMs === null) return { relative: "anytime", absolute: "No due date" };
	const dueDayMs = dayStart(dueMs, zone);
	const todayMs = dayStart(nowMs, zone);
	// Calendar days apart: a day with a clock change has 23 or 25 hours, which rounding absorbs.
	const days = Math.round((dueDayMs - todayMs) / DAY);
	const date = format(zone, dueDayMs, "cccc d LLLL yyyy");
	const time = item.allDay ? "" : clockTime(dueMs, zone);
	const absolute = item.allDay ? `${date}, all day` : `${date} at ${time}`;
	if (dueMs < nowMs) {
		if (!item.allDay) return { relative: lateBy(nowMs - dueMs), absolute };
		return { relative: `overdue by ${count(Math.max(1, -days), "day")}`, absolute };
	}
	if (!item.allDay && dueMs - nowMs < MINUTE) return { relative: "due now", absolute };
	const sameYear = format(zone, dueDayMs, "yyyy") === format(zone, todayMs, "yyyy");
	const day = dayWord(dueDayMs, days, zone, sameYear);
	return { relative: item.allDay ? day : `${day} ${time}`, absolute };
}
