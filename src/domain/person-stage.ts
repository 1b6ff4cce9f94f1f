import type { DateTime } from "luxon";
import type { ContactRecord, InterviewRecord, InterviewStatus } from "./record-types";

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

/**
 * End of day by start of day. Luxon's zone arithmetic is the slow part of reading dates,
 * and parsed dates are shared between notes (see dates.ts), so one computation serves many.
 */
const dayEnds = new WeakMap<DateTime, number>();

/** The moment an interview is over, in epoch milliseconds: start plus length, or the midnight after a whole day. */
function interviewEndMillis(interview: InterviewRecord): number | undefined {
	const date = interview.date;
	if (!date) return undefined;
	if (date.hasTime) return date.start.toMillis() + interview.duration * 60_000;
	let end = dayEnds.get(date.start);
	if (end === undefined) {
		end = date.start.endOf("day").toMillis() + 1;
		dayEnds.set(date.start, end);
	}
	return end;
}

/**
 * An interview's status at `now`. A written `done`, `requested`, `cancelled` or `no_show`
 * stands. Otherwise the clock decides, as the record contract says for a missing status:
 * scheduled (or confirmed) until the interview is over, done after — also when the note
 * still says `scheduled`, since nobody goes back to change that. With no date it is only
 * requested. The follow-up queue reads interviews the same way (interview-schedule.ts),
 * so the map and the queue agree on whether a conversation took place.
 */
export function effectiveInterviewStatus(interview: InterviewRecord, now: DateTime): InterviewStatus {
	const written = interview.status;
	if (written === "done" || written === "requested" || written === "cancelled" || written === "no_show") return written;
	const end = interviewEndMillis(interview);
	if (end === undefined) return written ?? "requested";
	if (end <= now.toMillis()) return "done";
	return written === "confirmed" || interview.confirmed !== undefined ? "confirmed" : "scheduled";
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
