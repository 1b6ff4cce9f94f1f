import type { DateTime } from "luxon";
import { isBooked, statusesAt } from "./person-stage";
import { countSpelling, fieldsOfNote, forEachField, preferredSpelling } from "../records/career-fields";
import type { RecordLookup, VaultRecord } from "../records/record-types";
import { compareKeys } from "./referral-cycles";
import type { PersonKey } from "./referral-edges";
import type { ReferralGraph } from "./referral-graph";

/** One or two conversations are not enough to judge a field; below this many the overview warns. */
export const ENOUGH_INTERVIEWS_PER_FIELD = 3;

export interface ReferrerCount {
	readonly person: PersonKey;
	/** Other people this person referred you to. */
	readonly referrals: number;
	/** How many of those have an interview scheduled, confirmed or held. */
	readonly interviews: number;
}

/**
 * Who opened the most doors: everyone who referred someone else, most referrals first,
 * then most interviews that came of them. Referring oneself is a data slip, not a door.
 */
export function topReferrers(people: Iterable<PersonKey>, graph: Pick<ReferralGraph, "referralsOf" | "interviewsOf">, now: DateTime, limit = Number.POSITIVE_INFINITY): ReferrerCount[] {
	const counts: ReferrerCount[] = [];
	for (const person of people) {
		const referred = graph.referralsOf(person).filter((p) => p !== person);
		if (referred.length === 0) continue;
		const interviews = referred.filter((p) => graph.interviewsOf(p).some((i) => isBooked(i, now))).length;
		counts.push({ person, referrals: referred.length, interviews });
	}
	counts.sort((a, b) => b.referrals - a.referrals || b.interviews - a.interviews || compareKeys(a.person, b.person));
	return counts.slice(0, limit);
}

export interface FieldCount {
	/** The field as most notes spell it; spellings that differ only in case or spaces count together. */
	readonly field: string;
	/** Interviews held in this field. */
	readonly held: number;
	/** Fewer than three held: too few to judge the field by. */
	readonly tooFew: boolean;
}

export interface FieldSummary {
	/** Most interviews first; every field named on a contact or an interview appears, even with none held. */
	readonly fields: readonly FieldCount[];
	/** Interviews held where neither the interview nor its contact names a field. */
	readonly heldWithoutField: number;
}

/**
 * Interviews held per career field: the interview's own `field`, else its contact's.
 * An interview that names two fields counts for both.
 */
export function fieldCounts(records: readonly VaultRecord[], lookup: RecordLookup, now: DateTime): FieldSummary {
	// By field key: how many notes spell the field each way, and the interviews held in it.
	const byKey = new Map<string, { spellings: Map<string, number>; held: number }>();
	const statusOf = statusesAt(now);
	let heldWithoutField = 0;
	for (const record of records) {
		const held = record.kind === "interview" && statusOf(record) === "done" ? 1 : 0;
		const named = fieldsOfNote(record, lookup);
		// A note that names no field is held without one; a `field` left blank counts in neither tally.
		if (named.length === 0) heldWithoutField += held;
		forEachField(named, (spelling, key) => {
			let entry = byKey.get(key);
			if (entry === undefined) byKey.set(key, (entry = { spellings: new Map(), held: 0 }));
			countSpelling(entry.spellings, spelling, 1);
			entry.held += held;
		});
	}
	const fields = [...byKey.values()].map(({ spellings, held }) => ({ field: preferredSpelling(spellings), held, tooFew: held < ENOUGH_INTERVIEWS_PER_FIELD }));
	fields.sort((a, b) => b.held - a.held || compareKeys(a.field.toLowerCase(), b.field.toLowerCase()));
	return { fields, heldWithoutField };
}
