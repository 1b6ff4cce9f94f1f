import fc from "fast-check";
import { DateTime } from "luxon";
import { RecordIndex } from "../../src/domain/records/record-index";
import { LiveReferralGraph } from "../../src/domain/referrals/live-referral-graph";
import { buildReferralGraph, type ReferralGraph } from "../../src/domain/referrals/referral-graph";
import { referralsJson } from "../../src/domain/referrals/referral-json";
import { VaultPaths } from "../../src/domain/records/vault-paths";
import { contactProps, interviewProps, parseOptions } from "./records";

type Props = Record<string, unknown>;

/** The clock the graph tests read stages against. */
export const NOW = DateTime.fromISO("2026-11-24T12:00", { zone: "Europe/Berlin" });

/**
 * An in-memory vault with an index and a referral graph that follows it, as the plugin
 * wires them. Writes go through `write`/`remove`/`rename`, which keep the file list, the
 * index and the graph in step; `flush` delivers the batch to the graph.
 */
export class GraphVault {
	readonly notes = new Map<string, Props | undefined>();
	readonly paths = new VaultPaths();
	readonly index = new RecordIndex(parseOptions(this.paths));
	readonly live: LiveReferralGraph;

	constructor(initial: Record<string, Props | undefined> = {}) {
		for (const [path, fm] of Object.entries(initial)) {
			this.notes.set(path, fm);
			this.paths.add(path);
		}
		for (const [path, fm] of this.notes) this.index.set(path, fm);
		this.live = new LiveReferralGraph(this.index);
	}

	/** The graph as of the last batch. */
	get graph(): ReferralGraph {
		return this.live.graph;
	}

	write(path: string, fm: Props | undefined): void {
		const isNew = !this.notes.has(path);
		this.notes.set(path, fm);
		if (isNew) {
			this.paths.add(path);
			this.index.fileSetChanged(path);
		}
		this.index.set(path, fm);
		this.index.flush();
	}

	remove(path: string): void {
		if (!this.notes.has(path)) return;
		this.notes.delete(path);
		this.paths.remove(path);
		this.index.remove(path);
		this.index.fileSetChanged(path);
		this.index.flush();
	}

	rename(from: string, to: string): void {
		if (!this.notes.has(from) || this.notes.has(to)) return;
		const fm = this.notes.get(from);
		this.notes.delete(from);
		this.notes.set(to, fm);
		this.paths.remove(from);
		this.paths.add(to);
		this.index.rename(from, to, fm);
		this.index.flush();
	}

	/** A graph built from scratch over the same notes, to compare the live one with. */
	rebuilt(): ReferralGraph {
		const index = new RecordIndex(parseOptions(new VaultPaths(this.notes.keys())));
		for (const [path, fm] of this.notes) index.set(path, fm);
		return buildReferralGraph(index.records());
	}
}

/** Everything a graph answers, as comparable text. */
export function graphSnapshot(graph: ReferralGraph): string {
	return JSON.stringify({
		json: referralsJson(graph, NOW),
		people: graph.people(),
		edges: graph.edges(),
		roots: graph.roots(),
		problems: graph.problems(),
		interviews: graph.people().map((p) => graph.interviewsOf(p).map((i) => i.path)),
	});
}

export function contactPath(name: string): string {
	return `Contacts/${name}.md`;
}

/** `count` contacts where each one referred the next: P0 → P1 → … → P(count-1). */
export function chainNotes(count: number, closeTheCircle = false): Record<string, Props> {
	const notes: Record<string, Props> = {};
	for (let i = 0; i < count; i++) {
		const props: Props = i === 0 ? { met_via: "alumni office" } : { referred_by: `[[P${i - 1}]]` };
		if (i === 0 && closeTheCircle) props.referred_by = `[[P${count - 1}]]`;
		notes[contactPath(`P${i}`)] = contactProps(props);
	}
	return notes;
}

// ---- random vaults for property tests ----

/** Names with a contact note, and names that are only ever linked to. */
export const NOTE_NAMES = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay"];
export const MISSING_NAMES = ["Gus", "Hal"];

const linkArb = fc.constantFrom(...NOTE_NAMES, ...MISSING_NAMES).map((n) => `[[${n}]]`);

export const contactArb: fc.Arbitrary<Props> = fc
	.record({ referred_by: fc.option(linkArb, { nil: undefined }), stay_in_touch: fc.boolean(), contacted: fc.constantFrom(undefined, "2026-10-01") })
	.map((p) => contactProps(p));

export const interviewArb: fc.Arbitrary<Props> = fc
	.record({
		contact: linkArb,
		referrals: fc.array(linkArb, { maxLength: 3 }),
		date: fc.constantFrom("2026-10-01T10:00", "2026-12-01T10:00", undefined),
		status: fc.constantFrom(undefined, "cancelled", "confirmed"),
	})
	.map((p) => interviewProps(p));

/** A random vault: some of the named contacts and a few interviews. */
export const vaultArb: fc.Arbitrary<Record<string, Props>> = fc
	.tuple(fc.subarray(NOTE_NAMES), fc.array(contactArb, { minLength: NOTE_NAMES.length, maxLength: NOTE_NAMES.length }), fc.array(interviewArb, { maxLength: 6 }))
	.map(([names, contacts, interviews]) => {
		const notes: Record<string, Props> = {};
		names.forEach((name, i) => (notes[contactPath(name)] = contacts[i] ?? contactProps()));
		interviews.forEach((fm, i) => (notes[`Interviews/I${i}.md`] = fm));
		return notes;
	});

export type VaultOp =
	| { op: "write"; path: string; fm: Props | undefined }
	| { op: "delete"; path: string }
	| { op: "rename"; from: string; to: string };

const opPathArb = fc.oneof(
	fc.constantFrom(...NOTE_NAMES, ...MISSING_NAMES).map(contactPath),
	fc.constantFrom(...NOTE_NAMES, ...MISSING_NAMES).map((n) => `Archive/${n}.md`),
	fc.integer({ min: 0, max: 5 }).map((i) => `Interviews/I${i}.md`),
);

export const opArb: fc.Arbitrary<VaultOp> = fc.oneof(
	fc.record({ op: fc.constant("write" as const), path: opPathArb, fm: fc.oneof(contactArb, interviewArb, fc.constant(undefined)) }),
	fc.record({ op: fc.constant("delete" as const), path: opPathArb }),
	fc.record({ op: fc.constant("rename" as const), from: opPathArb, to: opPathArb }),
);

export function applyOp(vault: GraphVault, step: VaultOp): void {
	if (step.op === "write") vault.write(step.path, step.fm);
	else if (step.op === "delete") vault.remove(step.path);
	else vault.rename(step.from, step.to);
}
