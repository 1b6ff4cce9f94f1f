import { DateTime } from "luxon";
import { RecordIndex } from "../src/domain/records/record-index";
import { ReferralGraph } from "../src/domain/referrals/referral-graph";
import { referralsJson } from "../src/domain/referrals/referral-json";
import { VaultPaths } from "../src/domain/records/vault-paths";
import { median, medianMs, verdict, type Row } from "./measure";
import { contactName, syntheticVault, type SyntheticNote } from "./synthetic-vault";

const NOW = DateTime.fromISO("2026-11-24T12:00", { zone: "Europe/Berlin" });

/** The index is the graph's input, built outside the measurement (index-bench measures it). */
function indexOf(notes: SyntheticNote[]): RecordIndex {
	const paths = new VaultPaths(notes.map((n) => n.path));
	const index = new RecordIndex({ typeKey: "type", zone: "Europe/Berlin", defaultDuration: 30, resolve: (l, s) => paths.resolve(l, s) });
	index.replaceAll(notes.map((n) => [n.path, n.frontmatter] as const));
	return index;
}

/** A vault of `people` contacts with two interviews each, as in index-bench. */
function vaultOf(people: number): SyntheticNote[] {
	return syntheticVault(people, people * 2);
}

/** A change that moves edges: a contact gets another referrer, an interview another referral. */
function edited(note: SyntheticNote, k: number, people: number): Record<string, unknown> {
	const other = `[[${contactName((k * 7_919) % people)}]]`;
	if (note.frontmatter.type === "contact") return { ...note.frontmatter, referred_by: other };
	return { ...note.frontmatter, referrals: [other] };
}

interface UpdateCost {
	/** The index taking in the note (`set`), for scale: the graph's share should stay small. */
	indexUs: number;
	/** `applyChange` alone. */
	graphUs: number;
	/** `applyChange` plus what the view of the changed person asks for: chain, tree, stage. */
	viewUs: number;
}

/** An index and its graph that go on taking note changes, one batch at a time. */
class ChangingVault {
	private readonly index: RecordIndex;
	private readonly graph: ReferralGraph;
	private done = 0;

	constructor(
		private readonly notes: SyntheticNote[],
		private readonly people: number,
	) {
		this.index = indexOf(notes);
		this.graph = new ReferralGraph(this.index);
	}

	/** Mean cost of one note change reaching the graph over the next `updates` changes, in microseconds; the index's own work is not counted. */
	batch(updates: number): UpdateCost {
		const { index, graph, notes } = this;
		let indexMs = 0;
		let graphMs = 0;
		let viewMs = 0;
		let active = "";
		const stop = index.onChange((change) => {
			const start = performance.now();
			graph.applyChange(change);
			const applied = performance.now();
			const person = active;
			graph.referredByChain(person);
			graph.referralTree(person);
			graph.stageOf(person, NOW);
			graphMs += applied - start;
			viewMs += performance.now() - start;
		});
		for (let i = 0; i < updates; i++) {
			const k = this.done++;
			const note = notes[(k * 104_729) % notes.length] as SyntheticNote;
			const fm = edited(note, k, this.people);
			const start = performance.now();
			index.set(note.path, fm);
			indexMs += performance.now() - start;
			const record = index.get(note.path);
			active = record?.kind === "interview" ? (record.contact?.path ?? note.path) : note.path;
			index.flush();
		}
		stop();
		const perUpdateUs = (ms: number) => (ms / updates) * 1000;
		return { indexUs: perUpdateUs(indexMs), graphUs: perUpdateUs(graphMs), viewUs: perUpdateUs(viewMs) };
	}
}

function medianOf(runs: UpdateCost[]): UpdateCost {
	return { indexUs: median(runs.map((r) => r.indexUs)), graphUs: median(runs.map((r) => r.graphUs)), viewUs: median(runs.map((r) => r.viewUs)) };
}

/**
 * Change costs at two sizes, robust to a busy machine: both vaults stay built, and short
 * batches alternate between them (the order flipping each round), so that a burst of
 * other work lands on both alike; each size's figure is the median of its batches.
 */
function changeCosts(small: ChangingVault, big: ChangingVault, rounds = 15, updates = 400): { small: UpdateCost; big: UpdateCost } {
	small.batch(updates);
	big.batch(updates);
	const smallRuns: UpdateCost[] = [];
	const bigRuns: UpdateCost[] = [];
	for (let round = 0; round < rounds; round++) {
		if (round % 2 === 0) {
			smallRuns.push(small.batch(updates));
			bigRuns.push(big.batch(updates));
		} else {
			bigRuns.push(big.batch(updates));
			smallRuns.push(small.batch(updates));
		}
	}
	return { small: medianOf(smallRuns), big: medianOf(bigRuns) };
}

/** Median and best time of building the graph over an index that is already built. */
function buildTimes(index: RecordIndex, runs: number): { medianMs: number; bestMs: number } {
	const times: number[] = [];
	medianMs(() => {
		const start = performance.now();
		void new ReferralGraph(index);
		times.push(performance.now() - start);
	}, runs);
	// The warm-up run is not counted.
	times.shift();
	return { medianMs: median(times), bestMs: Math.min(...times) };
}

function notesLabel(notes: number): string {
	return notes.toLocaleString("en-US");
}

export function graphBenchmarks(): Row[] {
	const rows: Row[] = [];
	// Issue 7's sizes, in notes: a third contacts, two thirds interviews, as in index-bench.
	for (const notes of [3_000, 30_000, 100_000]) {
		const people = Math.round(notes / 3);
		const { medianMs: ms, bestMs } = buildTimes(indexOf(syntheticVault(people, notes - people)), 9);
		rows.push({ measure: `referral graph build, ${notesLabel(notes)} notes (median; best)`, value: `${ms.toFixed(1)} ms; ${bestMs.toFixed(1)} ms`, target: "", verdict: "" });
	}

	const bigPeople = 30_000;
	const big = vaultOf(bigPeople);
	const bigIndex = indexOf(big);
	const built = buildTimes(bigIndex, 9);
	const buildMs = built.medianMs;
	rows.push({ measure: "referral graph build, 30,000 people + 60,000 interviews (median)", value: `${buildMs.toFixed(1)} ms`, target: "<= 50 ms", verdict: verdict(buildMs <= 50) });
	rows.push({ measure: "  best of the same runs", value: `${built.bestMs.toFixed(1)} ms`, target: "", verdict: "" });
	// The index reads the same notes; the ratio says how the graph compares on any machine.
	const indexMs = medianMs(() => void indexOf(big), 3);
	rows.push({ measure: "  index build of the same vault (its input, for scale)", value: `${indexMs.toFixed(1)} ms`, target: "", verdict: "" });
	rows.push({ measure: "  ratio graph build / index build", value: (buildMs / indexMs).toFixed(3), target: "", verdict: "" });

	const graph = new ReferralGraph(bigIndex);
	const overview = (g: ReferralGraph): void => {
		g.referralForest(g.roots());
		g.cycles();
		g.topReferrers(NOW, 10);
		g.fieldCounts(NOW);
	};
	const overviewMs = medianMs(() => overview(new ReferralGraph(bigIndex)), 3);
	rows.push({ measure: "  network overview from scratch (build, roots, circles, 300-node forest, top referrers, fields)", value: `${overviewMs.toFixed(1)} ms`, target: "", verdict: "" });
	const repaintMs = medianMs(() => overview(graph), 3);
	rows.push({ measure: "  network overview again, no change in between", value: `${repaintMs.toFixed(1)} ms`, target: "", verdict: "" });
	const jsonMs = medianMs(() => void referralsJson(graph, NOW), 3);
	rows.push({ measure: "  referrals JSON for 30,000 people", value: `${jsonMs.toFixed(1)} ms`, target: "", verdict: "" });

	const smallPeople = 3_000;
	const costs = changeCosts(new ChangingVault(vaultOf(smallPeople), smallPeople), new ChangingVault(big, bigPeople));
	const smallCost = costs.small;
	const bigCost = costs.big;
	const graphRatio = bigCost.graphUs / smallCost.graphUs;
	const viewRatio = bigCost.viewUs / smallCost.viewUs;
	rows.push({ measure: "one note change reaching the graph, 3,000 people", value: `${smallCost.graphUs.toFixed(1)} µs`, target: "", verdict: "" });
	rows.push({ measure: "one note change reaching the graph, 30,000 people", value: `${bigCost.graphUs.toFixed(1)} µs`, target: "", verdict: "" });
	rows.push({ measure: "  ratio 30,000 / 3,000", value: graphRatio.toFixed(2), target: "<= 1.5", verdict: verdict(graphRatio <= 1.5) });
	rows.push({
		measure: "  index.set of the same changes, 3,000 / 30,000 people (for scale)",
		value: `${smallCost.indexUs.toFixed(1)} / ${bigCost.indexUs.toFixed(1)} µs`,
		target: "",
		verdict: "",
	});
	rows.push({ measure: "change + active person's view (chain, tree, stage), 3,000 people", value: `${smallCost.viewUs.toFixed(1)} µs`, target: "", verdict: "" });
	rows.push({ measure: "change + active person's view (chain, tree, stage), 30,000 people", value: `${bigCost.viewUs.toFixed(1)} µs`, target: "", verdict: "" });
	rows.push({ measure: "  ratio 30,000 / 3,000", value: viewRatio.toFixed(2), target: "<= 1.5", verdict: verdict(viewRatio <= 1.5) });
	return rows;
}
