import type { RecordIndex } from "../records/record-index";
import type { InterviewRecord, VaultRecord } from "../records/record-types";
import { contributionOf, intervieweeOf, isReferralField, personKeyOf, type EdgeSource, type PersonKey, type StatedReferral } from "./referral-edges";

/** A referral between two people with every note that states it. */
export interface ReferralEdge {
	readonly from: PersonKey;
	readonly to: PersonKey;
	readonly sources: readonly EdgeSource[];
}

/** The part of the record index the store reads. */
export type StoreSource = Pick<RecordIndex, "get" | "byContact">;

/*
 * Nearly every person has one referrer and a handful of referrals. A map entry holds the
 * value itself while there is one and a list from the second on: a vault of 30,000 people
 * then carries tens of thousands fewer small arrays for the garbage collector to trace.
 */
type OneOrMany<V> = V | V[];

function addTo<V>(map: Map<string, OneOrMany<V>>, key: string, value: V): void {
	const held = map.get(key);
	if (held === undefined) map.set(key, value);
	else if (Array.isArray(held)) held.push(value);
	else map.set(key, [held, value]);
}

/** As `addTo`, unless the value is there already. */
function addOnce<V>(map: Map<string, OneOrMany<V>>, key: string, value: V): void {
	const held = map.get(key);
	if (held === value || (Array.isArray(held) && held.includes(value))) return;
	addTo(map, key, value);
}

const NONE: readonly string[] = Object.freeze([]);

/** The paths that still hold, dropping the others from the map for good. */
function stillStated(map: Map<string, OneOrMany<string>>, key: PersonKey, states: (path: string) => boolean): readonly string[] {
	const held = map.get(key);
	if (held === undefined) return NONE;
	const list = Array.isArray(held) ? held : [held];
	// Nearly always nothing is stale: check before copying.
	if (list.every(states)) return list;
	const kept = list.filter(states);
	if (kept.length === 0) map.delete(key);
	else map.set(key, kept.length === 1 ? (kept[0] as string) : kept);
	return kept;
}

function hasStated(map: Map<string, OneOrMany<string>>, key: PersonKey, states: (path: string) => boolean): boolean {
	return stillStated(map, key, states).length > 0;
}

/**
 * Where to look for the referrals that name a person. The statements themselves stay in
 * the records (the index has them); the store only keeps, for each person, the notes that
 * may name them, which a full build fills with one map entry per stated referral and no
 * other allocation.
 *
 * Entries are checked against the current record when read: a changed note adds its new
 * entries, and the old ones are dropped the first time a read finds the note no longer
 * states them. A change then touches only the people its note names now, and the store
 * needs no record of what each note said before, which a full build would have to write.
 */
export class ReferralStore {
	/** Contacts whose `referred_by` names the person. */
	private readonly referredBy = new Map<PersonKey, OneOrMany<string>>();
	/** Interviews whose `referrals` name the person. */
	private readonly namedIn = new Map<PersonKey, OneOrMany<string>>();
	/** Interviews whose referrals come from the person (their contact), only those with referrals. */
	private readonly referringInterviews = new Map<PersonKey, OneOrMany<string>>();
	/** Interviews with someone who has no note yet, by that `missing:` person. */
	private readonly withoutNote = new Map<PersonKey, OneOrMany<string>>();

	constructor(private readonly source: StoreSource) {}

	/** Takes in a record that is not in the store yet (a full build knows it is not). */
	add(record: VaultRecord): void {
		this.enter(record, addTo);
	}

	/** Takes in a record that was added or changed; entries it no longer states are dropped when read. */
	note(record: VaultRecord): void {
		this.enter(record, addOnce);
	}

	private enter(record: VaultRecord, add: typeof addTo): void {
		if (record.kind === "contact") {
			if (record.referredBy) add(this.referredBy, personKeyOf(record.referredBy), record.path);
			return;
		}
		const contact = record.contact;
		// An interview without a readable contact states no referral: nobody to draw it from.
		if (!contact) return;
		if (contact.path === null) add(this.withoutNote, personKeyOf(contact), record.path);
		if (record.referrals.length === 0) return;
		add(this.referringInterviews, personKeyOf(contact), record.path);
		for (const { field, link } of record.links) {
			if (!isReferralField(field)) continue;
			const to = personKeyOf(link);
			// A person named twice by one interview is one entry (this record's last one, if any).
			const held = this.namedIn.get(to);
			if (held === record.path || (Array.isArray(held) && held[held.length - 1] === record.path)) continue;
			add(this.namedIn, to, record.path);
		}
	}

	/** Every statement of who referred this person, in no particular order. */
	statementsInto(person: PersonKey): StatedReferral[] {
		const result: StatedReferral[] = [];
		const own = this.source.get(person);
		if (own?.kind === "contact" && own.referredBy) result.push({ from: personKeyOf(own.referredBy), to: person, path: person, field: "referred_by" });
		for (const path of stillStated(this.namedIn, person, (p) => this.interviewNames(p, person))) {
			for (const referral of this.referralsStatedIn(path)) if (referral.to === person) result.push(referral);
		}
		return result;
	}

	/** The edges into a person, one per referrer, each with every statement of it. */
	edgesInto(person: PersonKey): ReferralEdge[] {
		const edges = new Map<PersonKey, EdgeSource[]>();
		for (const referral of this.statementsInto(person)) {
			const sources = edges.get(referral.from);
			const source = { path: referral.path, field: referral.field };
			if (sources) sources.push(source);
			else edges.set(referral.from, [source]);
		}
		return [...edges].map(([from, sources]) => ({ from, to: person, sources }));
	}

	/** How many different people referred this person. */
	referrerCount(person: PersonKey): number {
		const statements = this.statementsInto(person);
		if (statements.length < 2) return statements.length;
		return new Set(statements.map((s) => s.from)).size;
	}

	/** Whom a person referred, each once, in no particular order. */
	referralsOf(person: PersonKey): PersonKey[] {
		const contacts = stillStated(this.referredBy, person, (p) => this.contactNames(p, person));
		const interviews = stillStated(this.referringInterviews, person, (p) => this.interviewIsWith(p, person, true));
		if (interviews.length === 0) return contacts.length < 2 ? [...contacts] : [...new Set(contacts)];
		const referred = new Set<PersonKey>(contacts);
		for (const path of interviews) {
			const interview = this.source.get(path) as InterviewRecord;
			for (const { field, link } of interview.links) if (isReferralField(field)) referred.add(personKeyOf(link));
		}
		return [...referred];
	}

	/** Interviews with someone who has no note yet. */
	interviewPathsWithoutNote(person: PersonKey): readonly string[] {
		return stillStated(this.withoutNote, person, (p) => this.interviewIsWith(p, person, false));
	}

	/** Whether a referral names this person, or they are someone without a note who has an interview. */
	names(key: PersonKey): boolean {
		return (
			hasStated(this.referredBy, key, (p) => this.contactNames(p, key)) ||
			hasStated(this.namedIn, key, (p) => this.interviewNames(p, key)) ||
			this.interviewPathsWithoutNote(key).length > 0 ||
			hasStated(this.referringInterviews, key, (p) => this.interviewIsWith(p, key, true))
		);
	}

	private referralsStatedIn(path: string): readonly StatedReferral[] {
		const record = this.source.get(path);
		return record ? (contributionOf(record)?.referrals ?? []) : [];
	}

	private contactNames(path: string, referrer: PersonKey): boolean {
		const record = this.source.get(path);
		return record?.kind === "contact" && record.referredBy !== undefined && personKeyOf(record.referredBy) === referrer;
	}

	private interviewNames(path: string, person: PersonKey): boolean {
		const record = this.source.get(path);
		if (record?.kind !== "interview" || intervieweeOf(record) === null) return false;
		return record.links.some(({ field, link }) => isReferralField(field) && personKeyOf(link) === person);
	}

	/** Whether the interview at `path` is with this person, who has no note (or, `withReferrals`, who referred someone in it). */
	private interviewIsWith(path: string, person: PersonKey, withReferrals: boolean): boolean {
		const record = this.source.get(path);
		if (record?.kind !== "interview" || !record.contact) return false;
		if (withReferrals ? record.referrals.length === 0 : record.contact.path !== null) return false;
		return personKeyOf(record.contact) === person;
	}
}
