import type { DateTime } from "luxon";
import { fieldCounts, topReferrers, type FieldSummary, type ReferrerCount } from "./network-summary";
import { lastInterviewHeld, personStage, type PersonStage } from "./person-stage";
import type { Problem } from "../records/problems";
import type { IndexChange, RecordIndex } from "../records/record-index";
import type { ContactRecord, InterviewRecord } from "../records/record-types";
import { compareKeys, type ReferralLinks } from "./referral-cycles";
import { contributionOf, fallbackName, pathOfKey, type PersonKey, type StatedReferral, type UnresolvedLink } from "./referral-edges";
import { ReferralStore, type ReferralEdge } from "./referral-store";
import { DEFAULT_MAX_NODES, referralForest, referrerChain, type ReferralForest, type ReferralTreeNode, type ReferrerChain } from "./referral-tree";
import { disagreementProblem } from "./referral-problems";
import { WholeReferrals } from "./referral-whole";

/** Sources in note order, so the result does not depend on the order changes arrived in. */
function withSortedSources(edge: ReferralEdge): ReferralEdge {
	const sources = [...edge.sources].sort((a, b) => compareKeys(a.path, b.path) || compareKeys(a.field, b.field));
	return { from: edge.from, to: edge.to, sources };
}

/** The part of the record index the graph reads. */
export type GraphSource = Pick<RecordIndex, "records" | "get" | "byContact">;

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

export interface ReferralTree {
	readonly root: ReferralTreeNode;
	readonly nodes: number;
	readonly more: number;
}

export interface TreeOptions {
	/** Most nodes to build; about what a view can show at once. */
	readonly maxNodes?: number;
}

/**
 * The referral map: who referred whom, from contacts' `referred_by` and interviews'
 * `referrals`, with people who have no note yet kept as `missing:` nodes. Built once from
 * the record index, then kept current by `applyChange`, which re-reads only the changed
 * records, so a view of one person stays cheap in a vault of any size.
 */
export class ReferralGraph implements ReferralLinks {
	private store: ReferralStore;
	/** Everyone at once, for circles, roots and the overview; made when asked for, dropped at the next change. */
	private whole: WholeReferrals | null = null;

	constructor(private readonly source: GraphSource) {
		this.store = this.rebuilt();
	}

	/** Reads every record again (settings changed, or a fresh start). */
	rebuild(): void {
		this.store = this.rebuilt();
		this.whole = null;
	}

	private rebuilt(): ReferralStore {
		const store = new ReferralStore(this.source);
		for (const record of this.source.records()) store.add(record);
		return store;
	}

	/**
	 * Takes in one batch of index changes: only the records named in it are read again.
	 * A removed note needs nothing: what it stated is no longer in the index, and the
	 * store drops its entries when it next reads them.
	 */
	applyChange(change: IndexChange): void {
		for (const path of change.updated) {
			const record = this.source.get(path);
			if (record) this.store.note(record);
		}
		if (change.removed.size > 0 || change.updated.size > 0) this.whole = null;
	}

	/** Whether someone is on the map: a contact, or named by a referral or an interview. */
	has(person: PersonKey): boolean {
		if (this.store.names(person)) return true;
		const path = pathOfKey(person);
		return path !== null && (this.source.get(path)?.kind === "contact" || this.source.byContact(path).length > 0);
	}

	/** Everyone on the map, sorted by key. */
	people(): readonly PersonKey[] {
		return this.wholeGraph().people();
	}

	/** How many people are on the map. */
	peopleCount(): number {
		return this.wholeGraph().size;
	}

	person(key: PersonKey): PersonInfo {
		const path = pathOfKey(key);
		const record = path === null ? undefined : this.source.get(path);
		const contact = record?.kind === "contact" ? record : undefined;
		return { key, path, name: contact?.name ?? fallbackName(key), contact };
	}

	referralsOf(person: PersonKey): readonly PersonKey[] {
		return this.store.referralsOf(person).sort(compareKeys);
	}

	referrersOf(person: PersonKey): readonly PersonKey[] {
		const statements = this.store.statementsInto(person);
		if (statements.length === 0) return [];
		if (statements.length === 1) return [(statements[0] as StatedReferral).from];
		return [...new Set(statements.map((s) => s.from))].sort(compareKeys);
	}

	/** The edges into a person, each with the notes that state it. */
	edgesInto(person: PersonKey): readonly ReferralEdge[] {
		return this.store
			.edgesInto(person)
			.map(withSortedSources)
			.sort((a, b) => compareKeys(a.from, b.from));
	}

	/** Every edge once, sorted by referrer and then referred person. */
	edges(): ReferralEdge[] {
		return this.people()
			.flatMap((person) => this.store.edgesInto(person))
			.map(withSortedSources).sort((a, b) => compareKeys(a.from, b.from) || compareKeys(a.to, b.to));
	}

	/**
	 * The referrer to follow upward when there are several: the one the person's own
	 * `referred_by` names (their note is the direct statement), else the first by key.
	 */
	primaryReferrer(person: PersonKey): PersonKey | null {
		let first: PersonKey | null = null;
		for (const statement of this.store.statementsInto(person)) {
			if (statement.path === person && statement.field === "referred_by") return statement.from;
			if (first === null || compareKeys(statement.from, first) < 0) first = statement.from;
		}
		return first;
	}

	/** Interviews with this person, by path. */
	interviewsOf(person: PersonKey): InterviewRecord[] {
		return this.interviewsWith(person).sort((a, b) => compareKeys(a.path, b.path));
	}

	/** Interviews with this person, in no particular order (a new array). */
	private interviewsWith(person: PersonKey): InterviewRecord[] {
		const path = pathOfKey(person);
		if (path !== null) return this.source.byContact(path);
		const result: InterviewRecord[] = [];
		for (const interviewPath of this.store.interviewPathsWithoutNote(person)) {
			const record = this.source.get(interviewPath);
			if (record?.kind === "interview") result.push(record);
		}
		return result;
	}

	stageOf(person: PersonKey, now: DateTime): PersonStage {
		return personStage(this.person(person).contact, this.interviewsWith(person), now);
	}

	lastInterview(person: PersonKey, now: DateTime): InterviewRecord | undefined {
		return lastInterviewHeld(this.interviewsOf(person), now);
	}

	/** Up from a person through their referrers, to someone found without a referral or round a circle. */
	referredByChain(person: PersonKey): ChainToOrigin {
		const chain = referrerChain(person, (p) => this.primaryReferrer(p));
		const top = chain.people[chain.people.length - 1] as PersonKey;
		const metVia = chain.cycleBackTo === null ? this.person(top).contact?.metVia : undefined;
		return { ...chain, metVia };
	}

	/** Down from a person through whom they referred, within a node budget. */
	referralTree(person: PersonKey, options: TreeOptions = {}): ReferralTree {
		const forest = referralForest([person], (p) => this.referralsOf(p), options.maxNodes ?? DEFAULT_MAX_NODES);
		const root = forest.trees[0] ?? { person, children: [], repeat: null, hidden: 0 };
		return { root, nodes: forest.nodes, more: forest.more };
	}

	/** The trees below several people at once, sharing one budget; with `roots()` it covers everyone. */
	referralForest(starts: readonly PersonKey[], options: TreeOptions = {}): ReferralForest {
		return referralForest(starts, (p) => this.referralsOf(p), options.maxNodes ?? DEFAULT_MAX_NODES);
	}

	/** Everyone nobody referred, plus one member of each circle that nobody outside it referred. */
	roots(): readonly PersonKey[] {
		return this.wholeGraph().roots();
	}

	/** Each circle of referrals once, self-references included. */
	cycles(): readonly (readonly PersonKey[])[] {
		return this.wholeGraph().cycles();
	}

	/** Who opened the most doors, with how many of their referrals became interviews. */
	topReferrers(now: DateTime, limit?: number): ReferrerCount[] {
		const whole = this.wholeGraph();
		return topReferrers({ referrers: () => whole.referrers(), referralsOf: (p) => whole.referralsOf(p), interviewsOf: (p) => this.interviewsWith(p) }, now, limit);
	}

	/** Interviews held per career field, flagging fields with too few to judge by. */
	fieldCounts(now: DateTime): FieldSummary {
		return fieldCounts(this.source.records(), this.source, now);
	}

	/** People whose notes disagree about who referred them: one problem each, both edges kept. */
	problems(): Problem[] {
		const whole = this.wholeGraph();
		const result: Problem[] = [];
		for (const person of whole.people()) {
			if (whole.referrersOf(person).length < 2) continue;
			const problem = this.problemFor(person);
			if (problem) result.push(problem);
		}
		return result;
	}

	problemFor(person: PersonKey): Problem | null {
		if (this.store.referrerCount(person) < 2) return null;
		return disagreementProblem(this.person(person), this.edgesInto(person), (key) => this.person(key).name);
	}

	/** Links the map reads (`referred_by`, `contact`, `referrals`) that name no note, by note path. */
	unresolved(): UnresolvedLink[] {
		const naming: { path: string; links: readonly UnresolvedLink[] }[] = [];
		for (const record of this.source.records()) {
			const links = contributionOf(record)?.unresolved ?? [];
			if (links.length > 0) naming.push({ path: record.path, links });
		}
		return naming.sort((a, b) => compareKeys(a.path, b.path)).flatMap((n) => n.links);
	}

	private wholeGraph(): WholeReferrals {
		this.whole ??= new WholeReferrals(this.source.records());
		return this.whole;
	}
}
