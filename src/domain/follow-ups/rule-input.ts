import { interviewEnd, interviewStart, startOf } from "../records/interview-schedule";
import type { ContactRecord, InterviewRecord } from "../records/record-types";
import type { RuleOffsets } from "../settings";
import { dayEnd, dayStartAfter, plusDays } from "../records/wall-time";

export const ALWAYS = Number.NEGATIVE_INFINITY;
export const NEVER = Number.POSITIVE_INFINITY;

/** What the interview rules read: the interview, when it is, and the settings. */
export interface InterviewInput {
	readonly interview: InterviewRecord;
	readonly startMs: number;
	/** Start + duration; for a whole-day interview, the next midnight. */
	readonly endMs: number;
	/** Written without a time: the whole day. */
	readonly allDay: boolean;
	/** Its items are hidden until then (`snooze_until`). */
	readonly snoozedUntil: number;
	readonly rules: RuleOffsets;
	readonly zone: string;
}

/** What the contact rules read: the contact, the interviews that lead to them, and the settings. */
export interface ContactInput {
	readonly contact: ContactRecord;
	/** Interviews whose `contact` leads to this contact. */
	readonly interviews: readonly InterviewRecord[];
	/** Interviews whose `referrals` list this contact. */
	readonly referrers: readonly InterviewRecord[];
	readonly snoozedUntil: number;
	readonly rules: RuleOffsets;
	readonly zone: string;
}

/**
 * A date-only snooze hides the note's items until that day begins ("snooze until
 * Friday" brings them back on Friday morning); a date-time until that instant.
 */
export function snoozeEnd(snooze: ContactRecord["snoozeUntil"], zone: string): number {
	return snooze === undefined ? ALWAYS : startOf(snooze, zone);
}

/**
 * The deadline `days` after a moment: a time moves by calendar days to the same wall
 * time; a whole day moves to another whole day, ending at its last millisecond (a
 * fraction of a day rounds up, giving more time).
 */
export function deadlineAfter(ms: number, allDay: boolean, days: number, zone: string): number {
	return allDay ? dayEnd(dayStartAfter(ms, Math.ceil(days), zone), zone) : plusDays(ms, days, zone);
}

/** When an interview was, as a touch: its end, or its whole day's start when it had no time. */
export interface Moment {
	readonly ms: number;
	readonly allDay: boolean;
}

/** An interview's start and end, or null without a date. */
export function interviewMoments(interview: InterviewRecord, zone: string): { startMs: number; endMs: number; allDay: boolean } | null {
	const startMs = interviewStart(interview, zone);
	if (startMs === null) return null;
	return { startMs, endMs: interviewEnd(interview, startMs, zone), allDay: interview.date?.hasTime === false };
}
