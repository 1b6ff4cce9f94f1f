import { isConfirmed } from "../records/interview-schedule";
import { dayStart, dayStartAfter } from "../records/wall-time";
import type { Due } from "./item";
import type { InterviewInput } from "./rule-input";

/**
 * Confirm: an interview still ahead and not confirmed is due as the day [1 day] before it
 * begins. Whether a late booking or a late confirmation made that moment pass cannot be
 * told from the note, so it is then due now, never overdue. It shows until the interview starts.
 */
export function confirmItem({ interview, startMs, allDay, snoozedUntil, rules, zone }: InterviewInput): Due | null {
	if (interview.status === "done" || isConfirmed(interview)) return null;
	const startDay = allDay ? startMs : dayStart(startMs, zone);
	const dueMs = dayStartAfter(startDay, -Math.ceil(rules.confirmDaysBefore), zone);
	return { kind: "confirm", dueMs, allDay: false, shownFrom: snoozedUntil, shownUntil: startMs, dueNowWhenLate: true };
}
