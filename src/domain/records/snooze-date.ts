import { DateTime } from "luxon";

export type SnoozeDay = { readonly ok: true; readonly day: DateTime } | { readonly ok: false; readonly message: string };

/**
 * Reads the day typed into the snooze form (`2026-11-27`, as a date input gives it) in
 * the queue's zone. A snooze ends when its day begins, so only a day after today hides
 * anything: today or earlier is refused rather than silently doing nothing.
 */
export function readSnoozeDay(text: string, nowMs: number, zone: string): SnoozeDay {
	const value = text.trim();
	if (value === "") return { ok: false, message: "Pick the day the follow-ups should come back." };
	const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone }) : null;
	if (day === null || !day.isValid) return { ok: false, message: `"${value}" is not a date. Pick one from the calendar, or write it as 2026-11-27.` };
	const today = DateTime.fromMillis(nowMs, { zone }).startOf("day");
	if (day.startOf("day") <= today) return { ok: false, message: "Pick a day after today: the follow-ups come back when that day begins." };
	return { ok: true, day: day.startOf("day") };
}
