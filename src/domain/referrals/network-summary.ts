import type { DateTime } from "luxon";
import { isBooked, statusesAt } from "./person-stage";
import { countSpelling, fieldsOfNote, forEachField, preferredSpelling } from "../records/career-fields";
import type { InterviewRecord, RecordLookup, VaultRecord } from "../records/record-types";
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

interface FieldEntry {
	/** How many notes name the field each way. */
	readonly spellings: Map<string, number>;
	held: number;
}

/** A lone field as written: its entry, its trimmed spelling, and how many notes wrote it so. */
interface Written {
	readonly entry: FieldEntry;
	readonly spelling: string;
	notes: number;
}

/** Interviews held per field, with the spellings notes use for it. */
class HeldByField {
	private readonly byKey = new Map<string, FieldEntry>();
	/**
	 * Notes naming one field, by the field as written (null when blank): a vault repeats a
	 * few spellings many times over, and counting them here spares a lookup per note.
	 */
	private readonly byWritten = new Map<string, Written | null>();

	/** One note naming `fields`; `held` is 1 for an interview that took place. */
	add(fields: readonly string[], held: number): void {
		if (fields.length !== 1) {
			forEachField(fields, (spelling, key) => {
				const entry = this.entryOf(key);
				countSpelling(entry.spellings, spelling, 1);
				entry.held += held;
			});
			return;
		}
		const written = fields[0] as string;
		let known = this.byWritten.get(written);
		if (known === undefined) {
			const spelling = written.trim();
			known = spelling === "" ? null : { entry: this.entryOf(spelling.toLowerCase()), spelling, notes: 0 };
			this.byWritten.set(written, known);
		}
		if (known === null) return;
		known.notes++;
		known.entry.held += held;
	}

	/** The counts, once every note was added; call it once, as it adds the lone fields' spellings in. */
	result(): FieldCount[] {
		for (const known of this.byWritten.values()) if (known !== null) countSpelling(known.entry.spellings, known.spelling, known.notes);
		const counts = [...this.byKey.values()].map(({ spellings, held }) => ({ field: preferredSpelling(spellings), held, tooFew: held < ENOUGH_INTERVIEWS_PER_FIELD }));
		return counts.sort((a, b) => b.held - a.held || compareKeys(a.field.toLowerCase(), b.field.toLowerCase()));
	}

	private entryOf(key: string): FieldEntry {
		let entry = this.byKey.get(key);
		if (entry === undefined) this.byKey.set(key, (entry = { spellings: new Map(), held: 0 }));
		return entry;
	}
}

/**
 * Interviews held per career field: the interview's own `field`, else its contact's.
 * An interview that names two fields counts for both.
 */
export function fieldCounts(records: readonly VaultRecord[], lookup: RecordLookup, now: DateTime): FieldSummary {
	const tally = new HeldByField();
	const statusOf = statusesAt(now);
	let heldWithoutField = 0;
	for (const record of records) {
		const fields = fieldsOfNote(record, lookup);
		const held = record.kind === "interview" && statusOf(record) === "done" ? 1 : 0;
		if (fields.length > 0) tally.add(fields, held);
		else heldWithoutField += held;
	}
	return { fields: tally.result(), heldWithoutField };
}
