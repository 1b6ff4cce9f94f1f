import type { DateTime } from "luxon";
import type { Problem } from "../records/problems";
import type { ContactRecord, InterviewRecord, VaultRecord } from "../records/record-types";
import { fieldCounts, topReferrers, type FieldSummary, type ReferrerCount } from "./network-summary";
import { lastInterviewHeld, personStage, type PersonStage } from "./person-stage";
import { circlesAndRoots, compareKeys, type CirclesAndRoots, type ReferralLinks } from "./referral-cycles";
import { fallbackName, intervieweeOf, pathOfKey, referralsStatedIn, unresolvedLinksIn, type EdgeSource, type PersonKey, type StatedReferral, type UnresolvedLink } from "./referral-edges";
import { disagreementProblem } from "./referral-problems";
import { DEFAULT_MAX_NODES, referralForest, referrerChain, type ReferralForest, type ReferralTreeNode, type ReferrerChain } from "./referral-tree";

/** A referral between two people with every note that states it. */
export interface ReferralEdge {
	readonly from: PersonKey;
	readonly to: PersonKey;
	readonly sources: readonly EdgeSource[];
}

/** A node of the map as a view shows it. */
export interface PersonInfo {
	readonly key: PersonKey;
	/** The note, or null when the link names a note that does not exist. */
	readonly path: string | null;
	readonly name: string;
	/** Undefined for someone who is "not yet a contact": no note, or a note of another kind. */
	readonly contact: ContactRecord | undefined;
}

export interface ChainToOrigin extends ReferrerChain {
	/** `met_via` of the person the chain ends at, when it ends at someone found without a referral. */
	readonly metVia: string | undefined;
}

/** How many nodes a tree may have: about what a view can show at once. */
export interface TreeOptions {
	readonly maxNodes?: number;
}

/** One person on the map and what the notes say about them. */
interface Person {
	contact: ContactRecord | undefined;
	/** Whom they referred: sorted, each once. */
	referrals: PersonKey[];
	/** Every statement of who referred them, sorted by referrer, then note and field. */
	readonly referredBy: StatedReferral[];
	/** Interviews with them, in the index's order. */
	readonly interviews: InterviewRecord[];
}

const NOBODY: readonly never[] = Object.freeze([]);

const byPath = (a: { path: string }, b: { path: string }): number => compareKeys(a.path, b.path);
const byReferrerThenNote = (a: StatedReferral, b: StatedReferral): number => compareKeys(a.from, b.from) || byPath(a, b) || compareKeys(a.field, b.field);

/**
 * The referral map of a set of records, derived in one pass: who referred whom (an edge
 * Y → X from X's `referred_by` and from an interview with Y whose `referrals` lists X),
 * with people who have no note yet kept as `missing:` people. The plugin derives it anew
 * after every batch of index changes, and the command line once; both call this.
 */
export function buildReferralGraph(records: readonly VaultRecord[]): ReferralGraph {
	const people = new Map<PersonKey, Person>();
	const personAt = (key: PersonKey): Person => {
		let person = people.get(key);
		if (person === undefined) people.set(key, (person = { contact: undefined, referrals: [], referredBy: [], interviews: [] }));
		return person;
	};
	for (const record of records) {
		if (record.kind === "contact") personAt(record.path).contact = record;
		else {
			const interviewee = intervieweeOf(record);
			if (interviewee !== null) personAt(interviewee).interviews.push(record);
		}
		for (const referral of referralsStatedIn(record)) {
			personAt(referral.from).referrals.push(referral.to);
			personAt(referral.to).referredBy.push(referral);
		}
	}
	// Most people have one referrer and a referral or two: lists of one are sorted already.
	for (const person of people.values()) {
		if (person.referrals.length > 1) person.referrals = [...new Set(person.referrals)].sort(compareKeys);
		if (person.referredBy.length > 1) person.referredBy.sort(byReferrerThenNote);
	}
	return new ReferralGraph(people, records);
}

/**
 * The referral map at one moment: a plain map of people, never changed once built. What
 * only the overview and the command line need (everyone sorted, circles, roots) is worked
 * out when first asked for.
 */
export class ReferralGraph implements ReferralLinks {
	private sorted: PersonKey[] | null = null;
	private circles: CirclesAndRoots | null = null;

	constructor(
		private readonly map: ReadonlyMap<PersonKey, Person>,
		private readonly records: readonly VaultRecord[],
	) {}

	/** Whether someone is on the map: a contact, or named by a referral or an interview. */
	has(person: PersonKey): boolean {
		return this.map.has(person);
	}

	/** Everyone on the map, sorted by key. */
	people(): readonly PersonKey[] {
		return (this.sorted ??= [...this.map.keys()].sort(compareKeys));
	}

	peopleCount(): number {
		return this.map.size;
	}

	person(key: PersonKey): PersonInfo {
		const contact = this.map.get(key)?.contact;
		return { key, path: pathOfKey(key), name: contact?.name ?? fallbackName(key), contact };
	}

	referralsOf(person: PersonKey): readonly PersonKey[] {
		return this.map.get(person)?.referrals ?? NOBODY;
	}

	referrersOf(person: PersonKey): readonly PersonKey[] {
		const stated = this.map.get(person)?.referredBy ?? NOBODY;
		// Sorted by referrer, so a repeat is always next to the first one.
		return stated.map((s) => s.from).filter((from, i, all) => i === 0 || from !== all[i - 1]);
	}

	/** The edges into a person, by referrer, each with the notes that state it. */
	edgesInto(person: PersonKey): readonly ReferralEdge[] {
		const edges: { from: PersonKey; to: PersonKey; sources: EdgeSource[] }[] = [];
		for (const { from, path, field } of this.map.get(person)?.referredBy ?? NOBODY) {
			const last = edges[edges.length - 1];
			if (last?.from === from) last.sources.push({ path, field });
			else edges.push({ from, to: person, sources: [{ path, field }] });
		}
		return edges;
	}

	/** Every edge once, sorted by referrer and then referred person. */
	edges(): ReferralEdge[] {
		return this.people()
			.flatMap((person) => this.edgesInto(person))
			.sort((a, b) => compareKeys(a.from, b.from) || compareKeys(a.to, b.to));
	}

	/**
	 * The referrer to follow upward when there are several: the one the person's own
	 * `referred_by` names (their note is the direct statement), else the first by key.
	 */
	primaryReferrer(person: PersonKey): PersonKey | null {
		const stated = this.map.get(person)?.referredBy ?? NOBODY;
		return (stated.find((s) => s.path === person && s.field === "referred_by") ?? stated[0])?.from ?? null;
	}

	/** Interviews with this person, by path (sorted when asked: a stage does not need the order). */
	interviewsOf(person: PersonKey): readonly InterviewRecord[] {
		return [...(this.map.get(person)?.interviews ?? NOBODY)].sort(byPath);
	}

	stageOf(person: PersonKey, now: DateTime): PersonStage {
		return personStage(this.map.get(person)?.contact, this.map.get(person)?.interviews ?? NOBODY, now);
	}

	lastInterview(person: PersonKey, now: DateTime): InterviewRecord | undefined {
		return lastInterviewHeld(this.interviewsOf(person), now);
	}

	/** Up from a person through their referrers, to someone found without a referral or round a circle. */
	referredByChain(person: PersonKey): ChainToOrigin {
		const chain = referrerChain(person, (p) => this.primaryReferrer(p));
		const top = chain.people[chain.people.length - 1] as PersonKey;
		const metVia = chain.cycleBackTo === null ? this.map.get(top)?.contact?.metVia : undefined;
		return { ...chain, metVia };
	}

	/** Down from a person through whom they referred, within a node budget. */
	referralTree(person: PersonKey, options: TreeOptions = {}): { root: ReferralTreeNode; nodes: number; more: number } {
		const { trees, nodes, more } = this.referralForest([person], options);
		return { root: trees[0] ?? { person, children: [], repeat: null, hidden: 0 }, nodes, more };
	}

	/** The trees below several people at once, sharing one budget; with `roots()` it covers everyone. */
	referralForest(starts: readonly PersonKey[], options: TreeOptions = {}): ReferralForest {
		return referralForest(starts, (p) => this.referralsOf(p), options.maxNodes ?? DEFAULT_MAX_NODES);
	}

	/** Everyone nobody referred, plus one member of each circle that nobody outside it referred. */
	roots(): readonly PersonKey[] {
		return (this.circles ??= circlesAndRoots(this.map.keys(), this)).roots;
	}

	/** Each circle of referrals once, self-references included. */
	cycles(): readonly (readonly PersonKey[])[] {
		return (this.circles ??= circlesAndRoots(this.map.keys(), this)).cycles;
	}

	/** Who opened the most doors, with how many of their referrals became interviews. */
	topReferrers(now: DateTime, limit?: number): ReferrerCount[] {
		return topReferrers(this.map.keys(), this, now, limit);
	}

	/** Interviews held per career field, flagging fields with too few to judge by. */
	fieldCounts(now: DateTime): FieldSummary {
		return fieldCounts(this.records, { get: (path) => this.map.get(path)?.contact }, now);
	}

	/** People whose notes disagree about who referred them: one problem each, both edges kept. */
	problems(): Problem[] {
		return this.people().flatMap((person) => this.problemFor(person) ?? []);
	}

	problemFor(person: PersonKey): Problem | null {
		if (this.referrersOf(person).length < 2) return null;
		return disagreementProblem(this.person(person), this.edgesInto(person), (key) => this.person(key).name);
	}

	/** Links the map reads (`referred_by`, `contact`, `referrals`) that name no note, by note path. */
	unresolved(): UnresolvedLink[] {
		const naming = this.records.map(unresolvedLinksIn).filter((links) => links.length > 0);
		return naming.sort((a, b) => compareKeys((a[0] as UnresolvedLink).path, (b[0] as UnresolvedLink).path)).flat();
	}
}
