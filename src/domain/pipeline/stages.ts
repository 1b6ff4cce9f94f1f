import type { DateTime } from "luxon";
import { minuteText, type When } from "../records/dates";
import type { ContactRecord, InterviewRecord, InterviewStatus } from "../records/record-types";

/**
 * How far things have gone with a person, in the method's order (DESIGN.md, Stages). The
 * pipeline board has a column for each, and the referral map shows the same words.
 */
export const PERSON_STAGES = ["not_contacted", "contacted", "replied", "scheduled", "interviewed", "thanked", "staying_in_touch"] as const;
export type PersonStage = (typeof PERSON_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<PersonStage, string>> = {
	not_contacted: "not contacted",
	contacted: "contacted",
	replied: "replied",
	scheduled: "scheduled",
	interviewed: "interviewed",
	thanked: "thanked",
	staying_in_touch: "staying in touch",
};

/** The order of a stage in the method: a larger number is further along. */
export function stageRank(stage: PersonStage): number {
	return PERSON_STAGES.indexOf(stage);
}

/** The fact that holds a person in their stage: which note, which property, and what it says. */
export interface StageHolder {
	readonly path: string;
	/** The property (`replied`, `thank_you_sent`…), or `interview` when the interview note itself is the fact. */
	readonly key: string;
	/** What the fact says, for a sentence: a date, `true`, or the interview's status. */
	readonly value: string;
}

export interface StageFacts {
	readonly stage: PersonStage;
	/** When the person entered the stage, from the fact's own date; null when no fact dates it. */
	readonly since: DateTime | null;
	/** Null only for `not_contacted`, which no fact holds. */
	readonly holder: StageHolder | null;
}

/** An interview's status at the moment the caller has in mind. */
export type StatusOf = (interview: InterviewRecord) => InterviewStatus;

function whenText(when: When): string {
	const start = when.start;
	return when.hasTime ? minuteText(start) : (start.toISODate() ?? "");
}

function latestBy(interviews: readonly InterviewRecord[], date: (i: InterviewRecord) => When | undefined): InterviewRecord | undefined {
	let latest: InterviewRecord | undefined;
	let latestMs = -Infinity;
	for (const interview of interviews) {
		const when = date(interview);
		const ms = when === undefined ? -Infinity : when.start.toMillis();
		if (latest === undefined || ms > latestMs) {
			latest = interview;
			latestMs = ms;
		}
	}
	return latest;
}

/**
 * A person's stage, the furthest that applies, with the fact behind it:
 * - `staying_in_touch`: the contact has `stay_in_touch: true` (they agreed to hear from you again);
 * - `thanked`: an interview with them was held and has `thank_you_sent`;
 * - `interviewed`: an interview with them was held (`done`, written or because it is over);
 * - `scheduled`: an interview is `scheduled` or `confirmed` and not over yet;
 * - `replied`: the contact has `replied`;
 * - `contacted`: `contacted` or `last_contact` is set, or an interview note exists that is
 *   only `requested`, `cancelled` or a `no_show`;
 * - `not_contacted`: none of these, which includes everyone who has no contact note yet.
 * The contact's `status` (paused, closed) is left out: it silences the queue, it does not
 * undo what happened; the board shows those people apart.
 */
export function stageFacts(contact: ContactRecord | undefined, interviews: readonly InterviewRecord[], statusOf: StatusOf): StageFacts {
	const held: InterviewRecord[] = [];
	const booked: InterviewRecord[] = [];
	for (const interview of interviews) {
		const status = statusOf(interview);
		if (status === "done") held.push(interview);
		else if (status === "scheduled" || status === "confirmed") booked.push(interview);
	}
	// `stay_in_touch` is a flag without a date: nothing says when it was agreed.
	if (contact?.stayInTouch) return { stage: "staying_in_touch", since: null, holder: { path: contact.path, key: "stay_in_touch", value: "true" } };
	const thanked = latestBy(
		held.filter((i) => i.thankYouSent !== undefined),
		(i) => i.thankYouSent,
	);
	if (thanked?.thankYouSent) return { stage: "thanked", since: thanked.thankYouSent.start, holder: { path: thanked.path, key: "thank_you_sent", value: whenText(thanked.thankYouSent) } };
	const last = latestBy(held, (i) => i.date);
	if (last) return { stage: "interviewed", since: last.date?.start ?? null, holder: { path: last.path, key: "interview", value: last.date ? whenText(last.date) : "done" } };
	const next = latestBy(booked, (i) => i.confirmed);
	if (next) return { stage: "scheduled", since: next.confirmed?.start ?? null, holder: { path: next.path, key: "interview", value: next.date ? whenText(next.date) : statusOf(next) } };
	if (contact?.replied) return { stage: "replied", since: contact.replied.start, holder: { path: contact.path, key: "replied", value: whenText(contact.replied) } };
	if (contact?.contacted) return { stage: "contacted", since: contact.contacted.start, holder: { path: contact.path, key: "contacted", value: whenText(contact.contacted) } };
	if (contact?.lastContact) return { stage: "contacted", since: contact.lastContact.start, holder: { path: contact.path, key: "last_contact", value: whenText(contact.lastContact) } };
	const other = interviews[0];
	if (other) return { stage: "contacted", since: null, holder: { path: other.path, key: "interview", value: statusOf(other) } };
	return { stage: "not_contacted", since: null, holder: null };
}

/** The latest interview that took place and has no `thank_you_sent` yet: what a move to thanked marks. */
export function unthankedInterview(interviews: readonly InterviewRecord[], statusOf: StatusOf): InterviewRecord | undefined {
	return latestBy(
		interviews.filter((i) => i.thankYouSent === undefined && statusOf(i) === "done"),
		(i) => i.date,
	);
}
