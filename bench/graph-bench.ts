import { DateTime } from "luxon";
import { RecordIndex } from "../src/domain/records/record-index";
import { VaultPaths } from "../src/domain/records/vault-paths";
import { LiveReferralGraph } from "../src/domain/referrals/live-referral-graph";
import { buildReferralGraph } from "../src/domain/referrals/referral-graph";
import { referralsJson } from "../src/domain/referrals/referral-json";
import { median, medianMs, type Row } from "./measure";
import { loadOldCode } from "./old-commit";
import { contactName, syntheticVault, type SyntheticNote } from "./synthetic-vault";

const ZONE = "Europe/Berlin";
const NOW = DateTime.fromISO("2026-11-24T12:00", { zone: ZONE });

/** What users have: a few hundred or a few thousand records among ordinary notes; and the ceiling. */
const SIZES = [
	{ label: "300 records in a 20,000-note vault", records: 300, notes: 20_000 },
	{ label: "3,000 records in a 20,000-note vault", records: 3_000, notes: 20_000 },
	{ label: "30,000 records", records: 30_000, notes: 30_000 },
];

/** `records` records (a third contacts, two thirds interviews, as in the other benchmarks), then ordinary notes up to `notes`. */
function vaultOf(records: number, notes: number): SyntheticNote[] {
	const contacts = Math.round(records / 3);
	const vault = syntheticVault(contacts, records - contacts);
	for (let i = vault.length; i < notes; i++) {
		vault.push({ path: `Notes/${Math.floor(i / 500)}/Note ${i}.md`, frontmatter: i % 3 === 0 ? {} : { tags: ["journal"], created: "2026-03-01" } });
	}
	return vault;
}

/** What the referral map asks of a graph; the old and the new code both answer it. */
interface GraphQueries {
	referredByChain(person: string): unknown;
	referralTree(person: string): unknown;
	stageOf(person: string, now: DateTime): unknown;
	roots(): readonly string[];
	referralForest(starts: readonly string[]): unknown;
	cycles(): unknown;
	topReferrers(now: DateTime, limit: number): unknown;
	fieldCounts(now: DateTime): unknown;
}

interface IndexLike {
	replaceAll(notes: Iterable<readonly [string, unknown]>): void;
	set(path: string, frontmatter: unknown): void;
	flush(): void;
	get(path: string): { kind: string; contact?: { path: string | null } } | undefined;
}

/** One version of the code, wired as its plugin wires it. */
interface GraphCode {
	readonly name: string;
	/** An index over `notes` and the graph that follows it; `painted` runs when the graph has taken a batch in, as the view repaints. */
	follow(notes: SyntheticNote[], painted: (graph: GraphQueries) => void): { index: IndexLike; graph: () => GraphQueries };
	/** `referrals --json` over an index that is already built (the CLI's read is measured in cli-bench). */
	json(notes: SyntheticNote[]): () => void;
}

/** Obsidian's link table stands in for the metadata cache, as in the other benchmarks. */
function indexOptions(paths: { resolve(linkpath: string, source: string): string | null }) {
	return { typeKey: "type", zone: ZONE, defaultDuration: 30, resolve: (l: string, s: string) => paths.resolve(l, s) };
}

function entries(notes: SyntheticNote[]): [string, unknown][] {
	return notes.map((n) => [n.path, n.frontmatter]);
}

const newCode: GraphCode = {
	name: "new",
	follow(notes, painted) {
		const index = new RecordIndex(indexOptions(new VaultPaths(notes.map((n) => n.path))));
		const live = new LiveReferralGraph(index);
		live.onChange((graph) => painted(graph));
		index.replaceAll(entries(notes));
		index.flush();
		return { index, graph: () => live.graph };
	},
	json(notes) {
		const index = new RecordIndex(indexOptions(new VaultPaths(notes.map((n) => n.path))));
		index.replaceAll(entries(notes));
		return () => void referralsJson(buildReferralGraph(index.records()), NOW);
	},
};

/** The older commit's classes, as far as this benchmark uses them. */
interface OldExports {
	RecordIndex: new (options: ReturnType<typeof indexOptions>) => IndexLike & { onChange(listener: (change: unknown) => void): () => void };
	VaultPaths: new (paths: Iterable<string>) => { resolve(linkpath: string, source: string): string | null };
	ReferralGraph: new (index: IndexLike) => GraphQueries & { applyChange(change: unknown): void };
	referralsJson(graph: unknown, now: DateTime): unknown;
}

const OLD_ENTRY = [
	'export { RecordIndex } from "./src/domain/records/record-index";',
	'export { VaultPaths } from "./src/domain/records/vault-paths";',
	'export { ReferralGraph } from "./src/domain/referrals/referral-graph";',
	'export { referralsJson } from "./src/domain/referrals/referral-json";',
].join("\n");

function oldCodeOf(commit: string, old: OldExports): GraphCode {
	return {
		name: `old ${commit}`,
		follow(notes, painted) {
			const index = new old.RecordIndex(indexOptions(new old.VaultPaths(notes.map((n) => n.path))));
			// As its plugin did: the graph takes each batch in, then the view, also an index listener, repaints.
			const graph = new old.ReferralGraph(index);
			index.onChange((change) => graph.applyChange(change));
			index.onChange(() => painted(graph));
			index.replaceAll(entries(notes));
			index.flush();
			return { index, graph: () => graph };
		},
		json(notes) {
			const index = new old.RecordIndex(indexOptions(new old.VaultPaths(notes.map((n) => n.path))));
			index.replaceAll(entries(notes));
			return () => void old.referralsJson(new old.ReferralGraph(index), NOW);
		},
	};
}

/** A change that moves edges: a contact gets another referrer, an interview another referral. */
function edited(note: SyntheticNote, k: number, people: number): Record<string, unknown> {
	const other = `[[${contactName((k * 7_919) % people)}]]`;
	if (note.frontmatter.type === "contact") return { ...note.frontmatter, referred_by: other };
	return { ...note.frontmatter, referrals: [other] };
}

/** The records of a vault, which the edits pick from. */
function recordsOf(notes: SyntheticNote[]): SyntheticNote[] {
	return notes.filter((n) => n.frontmatter.type === "contact" || n.frontmatter.type === "interview");
}

interface EditCost {
	/** The batch of one edited note reaching the graph and the active person's map (chain, tree, stage). */
	personMs: number[];
	/** Then the network overview from the same graph: roots, circles, the 300-node forest, top referrers, fields. */
	overviewMs: number[];
}

/** A vault that goes on taking edits, each its own batch, as a user's edits arrive. */
class EditedVault {
	private active = "";
	private readonly rig: { index: IndexLike; graph: () => GraphQueries };
	private readonly records: SyntheticNote[];
	private done = 0;
	readonly cost: EditCost = { personMs: [], overviewMs: [] };

	constructor(
		notes: SyntheticNote[],
		code: GraphCode,
		private readonly people: number,
	) {
		this.records = recordsOf(notes);
		this.rig = code.follow(notes, (graph) => {
			if (this.active === "") return;
			graph.referredByChain(this.active);
			graph.referralTree(this.active);
			graph.stageOf(this.active, NOW);
		});
	}

	edits(count: number): void {
		for (let i = 0; i < count; i++) {
			const k = this.done++;
			const note = this.records[(k * 104_729) % this.records.length] as SyntheticNote;
			const { index, graph } = this.rig;
			index.set(note.path, edited(note, k, this.people));
			const record = index.get(note.path);
			this.active = record?.kind === "interview" ? (record.contact?.path ?? note.path) : note.path;
			const start = performance.now();
			index.flush();
			const painted = performance.now();
			const g = graph();
			g.referralForest(g.roots());
			g.cycles();
			g.topReferrers(NOW, 10);
			g.fieldCounts(NOW);
			const end = performance.now();
			// The first edit of a round warms up after the other version ran; it is not counted.
			if (i === 0) continue;
			this.cost.personMs.push(painted - start);
			this.cost.overviewMs.push(end - painted);
		}
	}
}

function ms(value: number): string {
	return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

/** "new 1.2 ms · old 0.3 ms": every version's figure side by side. */
function sideBySide(codes: readonly GraphCode[], values: readonly number[]): string {
	return codes.map((code, i) => `${code.name} ${ms(values[i] as number)}`).join(" · ");
}

function sizeRows(size: (typeof SIZES)[number], codes: readonly GraphCode[]): Row[] {
	const notes = vaultOf(size.records, size.notes);
	const people = Math.round(size.records / 3);
	const vaults = codes.map((code) => new EditedVault(notes, code, people));
	const rounds = size.records >= 30_000 ? 6 : 10;
	// Versions take turns, the order flipping each round, so that a busy machine's noise falls on both alike.
	for (let round = 0; round < rounds; round++) {
		const order = round % 2 === 0 ? vaults : [...vaults].reverse();
		for (const vault of order) vault.edits(6);
	}
	const json = codes.map((code) => {
		const call = code.json(notes);
		return medianMs(call, 5);
	});
	return [
		{ measure: `${size.label}: one edit → graph + the active person's map (median)`, value: sideBySide(codes, vaults.map((v) => median(v.cost.personMs))), target: "", verdict: "" },
		{ measure: "  then the network overview (roots, circles, forest, top referrers, fields)", value: sideBySide(codes, vaults.map((v) => median(v.cost.overviewMs))), target: "", verdict: "" },
		{ measure: "  referrals --json from a built index (CLI)", value: sideBySide(codes, json), target: "", verdict: "" },
	];
}

/** New beside old when `BENCH_OLD_TREE` names a checkout of the older commit (see old-commit.ts). */
export function graphBenchmarks(): Row[] {
	const old = loadOldCode<OldExports>("graph", OLD_ENTRY);
	const codes = old ? [newCode, oldCodeOf(old.commit, old.exports)] : [newCode];
	const rows = SIZES.flatMap((size) => sizeRows(size, codes));
	if (!old) rows.push({ measure: "(set BENCH_OLD_TREE to a checkout of an older commit to compare)", value: "", target: "", verdict: "" });
	return rows;
}
