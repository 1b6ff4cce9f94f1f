import { DateTime } from "luxon";
import { RecordIndex } from "../src/domain/record-index";
import { ReferralGraph } from "../src/domain/referral-graph";
import { referralsJson } from "../src/domain/referral-json";
import { VaultPaths } from "../src/domain/vault-paths";
import { medianMs, verdict, type Row } from "./measure";
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

/** Mean cost of one note change reaching the graph, in microseconds; the index's own work is not counted. */
function updateCost(notes: SyntheticNote[], people: number, updates = 3_000): UpdateCost {
	const index = indexOf(notes);
	const graph = new ReferralGraph(index);
	let indexMs = 0;
	let graphMs = 0;
	let viewMs = 0;
	let active = "";
	index.onChange((change) => {
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
	for (let k = 0; k < updates; k++) {
		const note = notes[(k * 104_729) % notes.length] as SyntheticNote;
		const fm = edited(note, k, people);
		const start = performance.now();
		index.set(note.path, fm);
		indexMs += performance.now() - start;
		const record = index.get(note.path);
		active = record?.kind === "interview" ? (record.contact?.path ?? note.path) : note.path;
		index.flush();
	}
	const perUpdateUs = (ms: number) => (ms / updates) * 1000;
	return { indexUs: perUpdateUs(indexMs), graphUs: perUpdateUs(graphMs), viewUs: perUpdateUs(viewMs) };
}

function bestOf(runs: UpdateCost[]): UpdateCost {
	const best = (pick: (r: UpdateCost) => number) => Math.min(...runs.map(pick));
	return { indexUs: best((r) => r.indexUs), graphUs: best((r) => r.graphUs), viewUs: best((r) => r.viewUs) };
}

export function graphBenchmarks(): Row[] {
	const rows: Row[] = [];
	const bigPeople = 30_000;
	const big = vaultOf(bigPeople);
	const bigIndex = indexOf(big);

	const buildTimes: number[] = [];
	const buildMs = medianMs(() => {
		const start = performance.now();
		void new ReferralGraph(bigIndex);
		buildTimes.push(performance.now() - start);
	}, 9);
	rows.push({ measure: "referral graph build, 30,000 people + 60,000 interviews (median)", value: `${buildMs.toFixed(1)} ms`, target: "<= 50 ms", verdict: verdict(buildMs <= 50) });
	rows.push({ measure: "  best of the same runs", value: `${Math.min(...buildTimes).toFixed(1)} ms`, target: "", verdict: "" });
	// The index reads the same notes; the ratio says how the graph compares on any machine.
	const indexMs = medianMs(() => void indexOf(big), 3);
	rows.push({ measure: "  index build of the same vault (its input, for scale)", value: `${indexMs.toFixed(1)} ms`, target: "", verdict: "" });
	rows.push({ measure: "  ratio graph build / index build", value: (buildMs / indexMs).toFixed(3), target: "", verdict: "" });

	const graph = new ReferralGraph(bigIndex);
	const overviewMs = medianMs(() => {
		const fresh = new ReferralGraph(bigIndex);
		fresh.referralForest(fresh.roots());
		fresh.topReferrers(NOW, 10);
		fresh.fieldCounts(NOW);
	}, 3);
	rows.push({ measure: "  network overview from scratch (build, roots, 300-node forest, top referrers, fields)", value: `${overviewMs.toFixed(1)} ms`, target: "", verdict: "" });
	const jsonMs = medianMs(() => void referralsJson(graph, NOW), 3);
	rows.push({ measure: "  referrals JSON for 30,000 people", value: `${jsonMs.toFixed(1)} ms`, target: "", verdict: "" });

	const smallPeople = 3_000;
	const small = vaultOf(smallPeople);
	// Alternating the sizes spreads a busy machine's noise over both alike.
	const smallRuns: UpdateCost[] = [];
	const bigRuns: UpdateCost[] = [];
	for (let run = 0; run < 4; run++) {
		smallRuns.push(updateCost(small, smallPeople));
		bigRuns.push(updateCost(big, bigPeople));
	}
	const smallCost = bestOf(smallRuns);
	const bigCost = bestOf(bigRuns);
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
