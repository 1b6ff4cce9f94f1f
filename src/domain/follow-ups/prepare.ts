import { dayEnd, dayStartAfter, plusDays } from "../records/wall-time";
import type { Due } from "./item";
import type { InterviewInput } from "./rule-input";

/**
 * Prepare: an interview still ahead and not `prepared` is due [2 days] before it starts,
 * at the same time of day (a whole-day interview: by the end of that earlier day, a
 * fraction of a day counting as a whole one). It shows until the interview starts.
 */
export function prepareItem({ interview, startMs, allDay, snoozedUntil, rules, zone }: InterviewInput): Due | null {
	if (interview.status === "done" || interview.prepared) return null;
	const days = rules.prepareDaysBefore;
	const dueMs = allDay ? dayEnd(dayStartAfter(startMs, -Math.ceil(days), zone), zone) : plusDays(startMs, -days, zone);
	return { kind: "prepare", dueMs, allDay, shownFrom: snoozedUntil, shownUntil: startMs };
}
