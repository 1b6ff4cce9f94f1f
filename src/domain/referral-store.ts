import type { EdgeSource, PersonKey, RecordContribution, StatedReferral } from "./referral-edges";

/** A referral between two people with every note that states it. */
export interface ReferralEdge {
	readonly from: PersonKey;
	readonly to: PersonKey;
	readonly sources: readonly EdgeSource[];
}

/*
 * Nearly every person has one referrer and a handful of referrals. A map entry holds the
 * value itself while there is one and a list from the second on: a vault of 30,000 people
 * then carries tens of thousands fewer small arrays for the garbage collector to trace,
 * which is most of what a full build costs. Statements are merged into edges when asked
 * for, which touches only the person asked about.
 */
type OneOrMany<V> = V | V[];

function addTo<V>(map: Map<string, OneOrMany<V>>, key: string, value: V): void {
	const held = map.get(key);
	if (held === undefined) map.set(key, value);
	else if (Array.isArray(held)) held.push(value);
	else map.set(key, [held, value]);
}

function deleteFrom<V>(map: Map<string, OneOrMany<V>>, key: string, value: V): void {
	const held = map.get(key);
	if (held === undefined) return;
	if (!Array.isArray(held)) {
		if (held === value) map.delete(key);
		return;
	}
	const at = held.indexOf(value);
	if (at >= 0) held.splice(at, 1);
	if (held.length === 0) map.delete(key);
}

function listOf<V>(held: OneOrMany<V> | undefined): readonly V[] {
	if (held === undefined) return [];
	return Array.isArray(held) ? held : [held];
}

/**
 * Who referred whom as each record states it, and interviews with people who have no
 * note, kept as the sum of each record's contribution. Adding and retracting a
 * contribution touch only the people it names, so one changed note costs the same in a
 * vault of any size.
 */
export class ReferralStore {
	private readonly contributions = new Map<string, RecordContribution>();
	/** Statements of who referred each person. */
	private readonly incoming = new Map<PersonKey, OneOrMany<StatedReferral>>();
	/** Whom each person referred, once per statement: a person named twice is there twice. */
	private readonly outgoing = new Map<PersonKey, OneOrMany<PersonKey>>();
	/** Interviews whose contact has no note yet, by that `missing:` person. */
	private readonly interviews = new Map<PersonKey, OneOrMany<string>>();

	/** Replaces what the record at `path` contributes (null: it contributes nothing any more). */
	put(path: string, contribution: RecordContribution | null): void {
		this.retract(path);
		if (contribution !== null) this.add(path, contribution);
	}

	/** Adds a record that is not in the store yet (a full build knows it is not). */
	add(path: string, contribution: RecordContribution): void {
		this.contributions.set(path, contribution);
		if (contribution.intervieweeWithoutNote !== null) addTo(this.interviews, contribution.intervieweeWithoutNote, path);
		for (const referral of contribution.referrals) {
			addTo(this.incoming, referral.to, referral);
			addTo(this.outgoing, referral.from, referral.to);
		}
	}

	private retract(path: string): void {
		const old = this.contributions.get(path);
		if (!old) return;
		this.contributions.delete(path);
		if (old.intervieweeWithoutNote !== null) deleteFrom(this.interviews, old.intervieweeWithoutNote, path);
		for (const referral of old.referrals) {
			// Removed by identity: the very object `add` stored.
			deleteFrom(this.incoming, referral.to, referral);
			deleteFrom(this.outgoing, referral.from, referral.to);
		}
	}

	contribution(path: string): RecordContribution | undefined {
		return this.contributions.get(path);
	}

	recordPaths(): IterableIterator<string> {
		return this.contributions.keys();
	}

	/** Every statement of who referred this person, in no particular order. */
	statementsInto(person: PersonKey): readonly StatedReferral[] {
		return listOf(this.incoming.get(person));
	}

	/** The edges into a person, one per referrer, each with every statement of it. */
	edgesInto(person: PersonKey): ReferralEdge[] {
		const edges = new Map<PersonKey, EdgeSource[]>();
		for (const referral of listOf(this.incoming.get(person))) {
			const sources = edges.get(referral.from);
			const source = { path: referral.path, field: referral.field };
			if (sources) sources.push(source);
			else edges.set(referral.from, [source]);
		}
		return [...edges].map(([from, sources]) => ({ from, to: person, sources }));
	}

	/** How many different people referred this person. */
	referrerCount(person: PersonKey): number {
		const statements = listOf(this.incoming.get(person));
		if (statements.length < 2) return statements.length;
		return new Set(statements.map((s) => s.from)).size;
	}

	/** Whom a person referred, each once, in no particular order. */
	referralsOf(person: PersonKey): PersonKey[] {
		const to = this.outgoing.get(person);
		if (to === undefined) return [];
		return Array.isArray(to) ? [...new Set(to)] : [to];
	}

	/** Interviews with someone who has no note yet. */
	interviewPathsWithoutNote(person: PersonKey): readonly string[] {
		return listOf(this.interviews.get(person));
	}

	/** Everyone a referral names, and everyone without a note who has an interview. */
	addPeopleTo(all: Set<PersonKey>): void {
		for (const key of this.incoming.keys()) all.add(key);
		for (const key of this.outgoing.keys()) all.add(key);
		for (const key of this.interviews.keys()) all.add(key);
	}

	names(key: PersonKey): boolean {
		return this.incoming.has(key) || this.outgoing.has(key) || this.interviews.has(key);
	}

	*edges(): IterableIterator<ReferralEdge> {
		for (const person of this.incoming.keys()) yield* this.edgesInto(person);
	}
}
