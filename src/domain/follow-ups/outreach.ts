import { interviewStart, isAgreed, isLater, startOf } from "../records/interview-schedule";
import type { InterviewRecord } from "../records/record-types";
import { dayStart } from "../records/wall-time";
import type { Due } from "./item";
import { deadlineAfter, NEVER, type ContactInput } from "./rule-input";
import { plannedDefers } from "./follow-up";

/** Whether an agreed interview (dated on or after `dayStartMs`, or undated) is arranged. */
function hasInterviewSince(interviews: readonly InterviewRecord[], dayStartMs: number, zone: string): boolean {
	return interviews.some((interview) => {
		if (!isAgreed(interview)) return false;
		const startMs = interviewStart(interview, zone);
		// Agreed without a date (a written status): it is arranged, so it counts.
		return startMs === null || startMs >= dayStartMs;
	});
}

/**
 * Outreach: you `contacted` someone, they have not `replied`, and no interview has been
 * arranged since that day: follow up [7 days] after the first message, or after a later
 * `last_contact`. A future `next_follow_up` holds it back until then. After a message
 * that got no answer, when there is a number, it suggests a phone call.
 */
export function outreachItem(input: ContactInput): Due | null {
	const { contact, interviews, rules, zone } = input;
	const contacted = contact.contacted;
	if (contacted === undefined || contact.replied !== undefined) return null;
	const contactedAllDay = !contacted.hasTime;
	const contactedMs = startOf(contacted, zone);
	if (hasInterviewSince(interviews, contactedAllDay ? contactedMs : dayStart(contactedMs, zone), zone)) return null;
	const last = contact.lastContact;
	const lastMs = last === undefined ? Number.NEGATIVE_INFINITY : startOf(last, zone);
	const fromLast = last !== undefined && isLater(lastMs, !last.hasTime, contactedMs, contactedAllDay);
	const fromMs = fromLast ? lastMs : contactedMs;
	const allDay = fromLast ? !(last?.hasTime ?? false) : contactedAllDay;
	const suggestPhone = contact.phone !== undefined && contact.outreachMethod !== "phone";
	const dueMs = deadlineAfter(fromMs, allDay, rules.outreachWaitDays, zone);
	return { kind: "outreach", dueMs, allDay, shownFrom: plannedDefers(input), shownUntil: NEVER, suggestPhone };
}
