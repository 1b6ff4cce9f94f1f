import { lastInstantOf, startOf } from "../records/interview-schedule";
import { dayEnd } from "../records/wall-time";
import type { Due } from "./item";
import { NEVER, type ContactInput } from "./rule-input";

/**
 * Until when a contact's routine reminders (outreach, keep in touch) wait: a snooze, or
 * a planned `next_follow_up` still ahead, whichever is later.
 */
export function plannedDefers({ contact, snoozedUntil, zone }: ContactInput): number {
	const planned = contact.nextFollowUp;
	return planned === undefined ? snoozedUntil : Math.max(snoozedUntil, startOf(planned, zone));
}

/**
 * Follow up: a planned `next_follow_up` is due then (a date: by the end of that day),
 * unless a contact logged at or after that moment has already taken care of it.
 */
export function followUpItem({ contact, snoozedUntil, zone }: ContactInput): Due | null {
	const planned = contact.nextFollowUp;
	if (planned === undefined) return null;
	const plannedMs = startOf(planned, zone);
	if (contact.lastContact !== undefined && lastInstantOf(contact.lastContact, zone) >= plannedMs) return null;
	const allDay = !planned.hasTime;
	return { kind: "follow_up", dueMs: allDay ? dayEnd(plannedMs, zone) : plannedMs, allDay, shownFrom: snoozedUntil, shownUntil: NEVER };
}
