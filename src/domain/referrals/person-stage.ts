import type { DateTime } from "luxon";
import { effectiveInterviewStatus as statusAt } from "../records/interview-schedule";
import type { ContactRecord, InterviewRecord, InterviewStatus } from "../records/record-types";
import { stageFacts, type PersonStage } from "../pipeline/stages";

// The stages live with the pipeline board; the map shows the same words.
export { PERSON_STAGES, STAGE_LABELS, type PersonStage } from "../pipeline/stages";

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

/** A person's stage at `now` (see `stageFacts` for the rules); paused and closed are left out. */
export function personStage(contact: ContactRecord | undefined, interviews: readonly InterviewRecord[], now: DateTime): PersonStage {
	return stageFacts(contact, interviews, statusesAt(now)).stage;
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
