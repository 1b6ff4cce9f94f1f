import { isAgreed } from "../records/interview-schedule";
import type { Due } from "./item";
import { deadlineAfter, interviewMoments, NEVER, type ContactInput } from "./rule-input";

/**
 * Reach out: an active contact you have never been in touch with (no `contacted`, no
 * `last_contact`, no interview) is someone to reach out to, anytime; when an agreed
 * interview referred them, [2 days] after that interview ended (the earliest such
 * introduction; a whole day for an interview without a time).
 */
export function reachOutItem({ contact, interviews, referrers, snoozedUntil, rules, zone }: ContactInput): Due | null {
	if (contact.contacted !== undefined || contact.lastContact !== undefined || interviews.length > 0) return null;
	let dueMs: number | null = null;
	let allDay = false;
	for (const referrer of referrers) {
		if (!isAgreed(referrer)) continue;
		const moments = interviewMoments(referrer, zone);
		if (moments === null) continue;
		const after = moments.allDay ? moments.startMs : moments.endMs;
		const candidate = deadlineAfter(after, moments.allDay, rules.reachOutAfterReferralDays, zone);
		// On a tie, the deadline with a time is the more exact one.
		if (dueMs === null || candidate < dueMs || (candidate === dueMs && !moments.allDay)) {
			dueMs = candidate;
			allDay = moments.allDay;
		}
	}
	return { kind: "reach_out", dueMs, allDay, shownFrom: snoozedUntil, shownUntil: NEVER };
}
