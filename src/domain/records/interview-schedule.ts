import type { When } from "./dates";
import type { InterviewRecord, InterviewStatus } from "./record-types";
import { dayStartAfter, instantOf, wallMillis } from "./wall-time";

const MINUTE = 60_000;

/* Moments are epoch milliseconds, with `when.hasTime` telling an instant from a whole day. */

/** Where a contract date begins on the queue's calendar: its instant, or its day's local midnight. */
export function startOf(when: When, zone: string): number {
	const start = when.start;
	// A whole day read in this zone starts at its local midnight already (the parse used the same rule).
	if (when.hasTime || start.zoneName === zone) return start.toMillis();
	// A whole day read in another zone is taken by its date, so that it is that day in the queue's zone.
	return instantOf(wallMillis(start.year, start.month, start.day), zone);
}

/** Where a contract date is over: an instant at once, a whole day at its last millisecond. */
export function lastInstantOf(when: When, zone: string): number {
	const start = startOf(when, zone);
	return when.hasTime ? start : dayStartAfter(start, 1, zone) - 1;
}

/** Whether (startMs, allDay) is later than (otherMs, otherAllDay): by start, and on a tie the one with a time, being more exact. */
export function isLater(startMs: number, allDay: boolean, otherMs: number, otherAllDay: boolean): boolean {
	return startMs > otherMs || (startMs === otherMs && !allDay && otherAllDay);
}

/** When an interview starts (local midnight for one written without a time), or null without a date. */
export function interviewStart(interview: InterviewRecord, zone: string): number | null {
	return interview.date === undefined ? null : startOf(interview.date, zone);
}

/**
 * When an interview is over: start + duration, or for a whole-day interview the next
 * midnight (we cannot know when in the day it took place).
 */
export function interviewEnd(interview: InterviewRecord, startMs: number, zone: string): number {
	return interview.date?.hasTime === false ? dayStartAfter(startMs, 1, zone) : startMs + interview.duration * MINUTE;
}

/** When an interview happens, on the queue's calendar. */
export interface InterviewTimes {
	readonly startMs: number;
	readonly endMs: number;
	readonly allDay: boolean;
}

export function interviewTimes(interview: InterviewRecord, zone: string): InterviewTimes | null {
	const startMs = interviewStart(interview, zone);
	if (startMs === null) return null;
	return { startMs, endMs: interviewEnd(interview, startMs, zone), allDay: interview.date?.hasTime === false };
}

/**
 * An appointment that was agreed: written as scheduled, confirmed or done, or with no
 * status but a date. Requested, cancelled and missed interviews, and undated ones
 * without a status, produce no reminders and do not count as talking to the person.
 */
export function isAgreed(interview: InterviewRecord): boolean {
	const status = interview.status;
	if (status === undefined) return interview.date !== undefined;
	return status === "scheduled" || status === "confirmed" || status === "done";
}

export function isConfirmed(interview: InterviewRecord): boolean {
	return interview.status === "confirmed" || interview.confirmed !== undefined;
}

/**
 * The status an interview has at `nowMs`. A written `done`, `requested`, `cancelled` or
 * `no_show` stands. Otherwise the clock decides: before the start it is scheduled (or
 * confirmed), once it is over it is done — also when the note still says `scheduled`,
 * since nobody goes back to change that. While it runs it keeps its scheduled status.
 * Without a date an interview is only requested, unless the note says otherwise.
 */
export function effectiveInterviewStatus(interview: InterviewRecord, nowMs: number, zone: string): InterviewStatus {
	const written = interview.status;
	if (written === "done" || written === "requested" || written === "cancelled" || written === "no_show") return written;
	const startMs = interviewStart(interview, zone);
	if (startMs === null) return written ?? "requested";
	if (nowMs >= interviewEnd(interview, startMs, zone)) return "done";
	return isConfirmed(interview) ? "confirmed" : "scheduled";
}
