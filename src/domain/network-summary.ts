import type { DateTime } from "luxon";
import { isBooked, statusesAt } from "./person-stage";
import type { InterviewRecord, VaultRecord } from "./record-types";
import { compareKeys } from "./referral-cycles";
import type { PersonKey } from "./referral-edges";

/** One or two conversations are not enough to judge a field; below this many the overview warns. */
export const ENOUGH_INTERVIEWS_PER_FIELD = 3;

export interface ReferrerCount {
	readonly person: PersonKey;
	/** Other people this person referred you to. */
	readonly referrals: number;
	/** How many of those have an interview scheduled, confirmed or held. */
	readonly interviews: number;
}

interface ReferralsView {
	/** Everyone who referred someone, in any order. */
	referrers(): Iterable<PersonKey>;
	referralsOf(person: PersonKey): readonly PersonKey[];
	interviewsOf(person: PersonKey): readonly InterviewRecord[];
}

/**
 * Who opened the most doors: everyone who referred someone else, most referrals first,
 * then most interviews that came of them. Referring oneself is a data slip, not a door.
 * Interviews are looked up only for people who can still make the cut: with a limit of
 * ten, those with at least as many referrals as the tenth.
 */
export function topReferrers(graph: ReferralsView, now: DateTime, limit = Number.POSITIVE_INFINITY): ReferrerCount[] {
	const made: { person: PersonKey; referred: readonly PersonKey[] }[] = [];
	for (const person of graph.referrers()) {
		const referred = graph.referralsOf(person).filter((p) => p !== person);
		if (referred.length > 0) made.push({ person, referred });
	}
	made.sort((a, b) => b.referred.length - a.referred.length);
	const cut = made[limit - 1]?.referred.length ?? 0;
	const counts: ReferrerCount[] = [];
	for (const { person, referred } of made) {
		if (referred.length < cut) break;
		const interviews = referred.filter((p) => graph.interviewsOf(p).some((i) => isBooked(i, now))).length;
		counts.push({ person, referrals: referred.length, interviews });
	}
	counts.sort((a, b) => b.referrals - a.referrals || b.interviews - a.interviews || compareKeys(a.person, b.person));
	return counts.slice(0, limit);
}

export interface FieldCount {
	/** The field as written; spellings that differ only in case count together. */
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

interface FieldEntry {
	label: string;
	held: number;
}

class FieldTally {
	private readonly byKey = new Map<string, FieldEntry>();
	/** Each spelling as written, to its entry: a vault repeats a few spellings many times over. */
	private readonly bySpelling = new Map<string, FieldEntry>();

	entryOf(field: string): FieldEntry {
		let entry = this.bySpelling.get(field);
		if (entry !== undefined) return entry;
		const label = field.trim();
		const key = label.toLowerCase();
		entry = this.byKey.get(key);
		if (entry === undefined) this.byKey.set(key, (entry = { label, held: 0 }));
		// The same label whatever order the notes came in.
		else if (compareKeys(label, entry.label) < 0) entry.label = label;
		this.bySpelling.set(field, entry);
		return entry;
	}

	result(): FieldCount[] {
		const counts = [...this.byKey.values()].map(({ label, held }) => ({ field: label, held, tooFew: held < ENOUGH_INTERVIEWS_PER_FIELD }));
		return counts.sort((a, b) => b.held - a.held || compareKeys(a.field.toLowerCase(), b.field.toLowerCase()));
	}
}

/**
 * Interviews held per career field: the interview's own `field`, else its contact's.
 * An interview that names two fields counts for both.
 */
export function fieldCounts(records: readonly VaultRecord[], get: (path: string) => VaultRecord | undefined, now: DateTime): FieldSummary {
	const tally = new FieldTally();
	const statusOf = statusesAt(now);
	let heldWithoutField = 0;
	for (const record of records) {
		if (record.kind === "contact") {
			for (const field of record.fields) tally.entryOf(field);
			continue;
		}
		const contactPath = record.contact?.path;
		const contact = contactPath ? get(contactPath) : undefined;
		const fields = record.fields.length > 0 ? record.fields : contact?.kind === "contact" ? contact.fields : [];
		const held = statusOf(record) === "done" ? 1 : 0;
		if (fields.length === 0) heldWithoutField += held;
		else if (fields.length === 1) tally.entryOf(fields[0] as string).held += held;
		else {
			// Two spellings of one field count once.
			const counted = new Set<FieldEntry>();
			for (const field of fields) counted.add(tally.entryOf(field));
			for (const entry of counted) entry.held += held;
		}
	}
	return { fields: tally.result(), heldWithoutField };
}
