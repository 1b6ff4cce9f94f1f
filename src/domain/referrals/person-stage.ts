import type { DateTime } from "luxon";
import { effectiveInterviewStatus as statusAt } from "../records/interview-schedule";
import type { ContactRecord, InterviewRecord, InterviewStatus } from "../records/record-types";

/** How far things have gone with a person, as the referral map shows it. */
export const PERSON_STAGES = ["not_contacted", "contacted", "scheduled", "interviewed", "staying_in_touch"] as const;
export type PersonStage = (typeof PERSON_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<PersonStage, string>> = {
	not_contacted: "not contacted",
	contacted: "contacted",
	scheduled: "scheduled",
	interviewed: "interviewed",
	staying_in_touch: "staying in touch",
};

function zoneOf(now: DateTime): string {
	return now.zoneName ?? "UTC";
}

/**
 * An interview's status at `now`, in `now`'s zone. There is one definition, the follow-up
 * queue's (interview-schedule.ts), so that the map and the queue always agree on whether
 * a conversation took place: a written `done`, `requested`, `cancelled` or `no_show`
 * stands; otherwise it is scheduled (or confirmed) until the interview is over and done
 * after, also when the note still says `scheduled`; with no date it is only requested.
 */
export function effectiveInterviewStatus(interview: InterviewRecord, now: DateTime): InterviewStatus {
	return statusAt(interview, now.toMillis(), zoneOf(now));
}

/** Interviews' statuses at one moment, for asking about many of them: the clock is read once. */
export function statusesAt(now: DateTime): (interview: InterviewRecord) => InterviewStatus {
	const millis = now.toMillis();
	const zone = zoneOf(now);
	return (interview) => statusAt(interview, millis, zone);
}

/** The interview took place. */
export function isHeld(interview: InterviewRecord, now: DateTime): boolean {
	return effectiveInterviewStatus(interview, now) === "done";
}

/** The interview is agreed or took place: a referral that "became an interview". */
export function isBooked(interview: InterviewRecord, now: DateTime): boolean {
	const status = effectiveInterviewStatus(interview, now);
	return status === "scheduled" || status === "confirmed" || status === "done";
}

/**
 * A person's stage, the furthest that applies:
 * - `staying_in_touch`: the contact has `stay_in_touch: true` (they agreed to hear from you again);
 * - `interviewed`: an interview with them was held (`done`, written or because it is over);
 * - `scheduled`: an interview is `scheduled` or `confirmed` and not over yet;
 * - `contacted`: there is any sign of outreach — `contacted`, `replied` or `last_contact` is set,
 *   or an interview note exists that is only `requested`, `cancelled` or a `no_show`;
 * - `not_contacted`: none of these, which includes everyone who has no contact note yet and no interview.
 * The contact's `status` (paused, closed) is left out: it silences the queue, it does not undo what happened.
 */
export function personStage(contact: ContactRecord | undefined, interviews: readonly InterviewRecord[], now: DateTime): PersonStage {
	if (contact?.stayInTouch) return "staying_in_touch";
	let booked = false;
	for (const interview of interviews) {
		const status = effectiveInterviewStatus(interview, now);
		if (status === "done") return "interviewed";
		if (status === "scheduled" || status === "confirmed") booked = true;
	}
	if (booked) return "scheduled";
	if (interviews.length > 0) return "contacted";
	if (contact && (contact.contacted || contact.replied || contact.lastContact)) return "contacted";
	return "not_contacted";
}

/** The start of the latest interview held with someone, for "last interview" in the map. */
export function lastInterviewHeld(interviews: readonly InterviewRecord[], now: DateTime): InterviewRecord | undefined {
	let latest: InterviewRecord | undefined;
	for (const interview of interviews) {
		if (!interview.date || !isHeld(interview, now)) continue;
		if (!latest?.date || interview.date.start.toMillis() > latest.date.start.toMillis()) latest = interview;
	}
	return latest;
}
