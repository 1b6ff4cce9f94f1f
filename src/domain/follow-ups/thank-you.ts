import type { Due } from "./item";
import { deadlineAfter, NEVER, type InterviewInput } from "./rule-input";

const HOUR = 3_600_000;

/** When the items for after an interview show: once it is over, or at once when the note says `done`. */
export function heldFrom({ interview, endMs, snoozedUntil }: InterviewInput): number {
	return Math.max(snoozedUntil, interview.status === "done" ? Number.NEGATIVE_INFINITY : endMs);
}

/**
 * Thank you: once an interview is over and no `thank_you_sent` is written, a thank-you is
 * due [24 hours] after it ended (a whole-day interview: by the end of the day that many
 * hours, in whole days, after it).
 */
export function thankYouItem(input: InterviewInput): Due | null {
	const { interview, startMs, endMs, allDay, rules, zone } = input;
	if (interview.thankYouSent !== undefined) return null;
	const dueMs = allDay ? deadlineAfter(startMs, true, rules.thankYouWithinHours / 24, zone) : endMs + rules.thankYouWithinHours * HOUR;
	return { kind: "thank_you", dueMs, allDay, shownFrom: heldFrom(input), shownUntil: NEVER };
}
