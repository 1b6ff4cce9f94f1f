import { dump, load, CORE_SCHEMA } from "js-yaml";
import { forgetParsedDates } from "../src/domain/records/dates";
import { RecordIndex } from "../src/domain/records/record-index";
import { VaultPaths } from "../src/domain/records/vault-paths";
import { coldMedianUs, median, medianMs, verdict, type Row } from "./measure";
import { ratioRows, SIZES, vaultOfSize, type BenchSize } from "./sizes";
import type { SyntheticNote } from "./synthetic-vault";

/** Obsidian's own link table stands in for the metadata cache; it is made outside the timing. */
function linkTable(notes: SyntheticNote[]): VaultPaths {
	return new VaultPaths(notes.map((n) => n.path));
}

function buildIndex(notes: SyntheticNote[], paths: VaultPaths): RecordIndex {
	const index = new RecordIndex({ typeKey: "type", zone: "Europe/Berlin", defaultDuration: 30, resolve: (l, s) => paths.resolve(l, s) });
	index.replaceAll(notes.map((n) => [n.path, n.frontmatter] as const));
	return index;
}

/**
 * The least any eager build does: one map entry per note and one link resolved per note.
 * Printed beside the build so that the js-yaml target can be read against it.
 */
function floorMs(notes: SyntheticNote[], paths: VaultPaths): number {
	return medianMs(() => {
		const entries = new Map<string, unknown>();
		for (const note of notes) {
			entries.set(note.path, note.frontmatter);
			const link = note.frontmatter.contact ?? note.frontmatter.referred_by;
			if (typeof link === "string") paths.resolve(link.slice(2, -2), note.path);
		}
	}, 5);
}

/** An index ready for updates, and the next note to edit. */
interface UpdateRig {
	notes: SyntheticNote[];
	index: RecordIndex;
	next: number;
}

function rigOf(notes: SyntheticNote[]): UpdateRig {
	const index = buildIndex(notes, linkTable(notes));
	index.onChange(() => undefined);
	return { notes, index, next: 0 };
}

/**
 * Mean cost of one incremental update in one batch, in microseconds: a note's frontmatter
 * changes and the index takes it in; listeners hear every 50 changes. The edited
 * frontmatter is made before the clock starts, as Obsidian hands it over ready.
 */
function updateBatchUs(rig: UpdateRig, updates = 2000): number {
	const edits: [string, Record<string, unknown>][] = [];
	for (let k = 0; k < updates; k++) {
		const note = rig.notes[(rig.next++ * 7919) % rig.notes.length] as SyntheticNote;
		edits.push([note.path, { ...note.frontmatter, last_contact: k % 2 === 0 ? "2026-11-20T09:00" : "2026-11-21T09:00" }]);
	}
	const start = performance.now();
	for (let k = 0; k < updates; k++) {
		const [path, frontmatter] = edits[k] as [string, Record<string, unknown>];
		rig.index.set(path, frontmatter);
		if (k % 50 === 0) rig.index.flush();
	}
	return ((performance.now() - start) / updates) * 1000;
}

/**
 * Median cost of one update that arrives alone, in microseconds, as an edit does in the
 * app; the note's edit is made before the clock starts, and the batch delivery is timed.
 */
function coldUpdateUs(rig: UpdateRig, updates = 300): number {
	return coldMedianUs(updates, (k) => {
		const note = rig.notes[(rig.next++ * 7919) % rig.notes.length] as SyntheticNote;
		const edit = { ...note.frontmatter, last_contact: k % 2 === 0 ? "2026-11-20T09:00" : "2026-11-21T09:00" };
		return () => {
			rig.index.set(note.path, edit);
			rig.index.flush();
		};
	});
}

/** Heap held by an index over `notes`, scaled to 10,000 notes (needs node --expose-gc). */
function indexMegabytesPer10k(notes: SyntheticNote[], table: VaultPaths): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) return Number.NaN;
	gc();
	const before = process.memoryUsage().heapUsed;
	const index = buildIndex(notes, table);
	gc();
	const after = process.memoryUsage().heapUsed;
	if (index.size === 0) return Number.NaN; // keeps the index alive until measured
	return ((after - before) / 1_048_576) * (10_000 / notes.length);
}

function buildRows(size: BenchSize): Row[] {
	const notes = vaultOfSize(size);
	const table = linkTable(notes);
	const yamlTexts = notes.map((n) => dump(n.frontmatter));
	const buildMs = medianMs(() => void buildIndex(notes, table), 5);
	// A first start has seen none of the vault's dates yet; later builds share them.
	const firstMs = medianMs(() => {
		forgetParsedDates();
		buildIndex(notes, table);
	}, 5);
	const yamlMs = medianMs(() => {
		for (const text of yamlTexts) load(text, { schema: CORE_SCHEMA });
	}, 5);
	const floor = floorMs(notes, table);
	const ratio = buildMs / yamlMs;
	const firstRatio = firstMs / yamlMs;
	return [
		{ measure: `index build, ${size.label} notes from cache-shaped objects`, value: `${buildMs.toFixed(1)} ms`, target: "", verdict: "" },
		{ measure: "  the same on a first start (no date seen before)", value: `${firstMs.toFixed(1)} ms`, target: "", verdict: "" },
		{ measure: "  js-yaml parse of the same frontmatters", value: `${yamlMs.toFixed(1)} ms`, target: "", verdict: "" },
		{ measure: "  ratio index build / js-yaml", value: ratio.toFixed(3), target: "<= 0.1", verdict: verdict(ratio <= 0.1) },
		{ measure: "  ratio first-start build / js-yaml", value: firstRatio.toFixed(3), target: "<= 0.1", verdict: verdict(firstRatio <= 0.1) },
		{ measure: "  floor: a map entry and one link resolved per note, / js-yaml", value: (floor / yamlMs).toFixed(3), target: "", verdict: "" },
	];
}

function updateRows(): Row[] {
	const rigs = SIZES.map((size) => rigOf(vaultOfSize(size)));
	const batches: number[][] = rigs.map(() => []);
	// Sizes take turns, so that a busy machine's noise falls on all of them alike.
	for (let round = 0; round < 9; round++) rigs.forEach((rig, i) => batches[i]?.push(updateBatchUs(rig)));
	const hot = batches.map((b) => median(b.slice(1)));
	const cold = rigs.map((rig) => coldUpdateUs(rig));
	return [
		...ratioRows("one incremental update in a run of 2,000 (bulk changes, e.g. sync; median of 8 batches)", hot),
		...ratioRows("one incremental update arriving alone (an edit; processor caches cold; median of 300)", cold),
	];
}

export function indexBenchmarks(): Row[] {
	const rows = SIZES.flatMap(buildRows);
	for (const size of SIZES.slice(1)) {
		const notes = vaultOfSize(size);
		rows.push({ measure: `index memory per 10,000 notes, at ${size.label} (heap after build, gc'd)`, value: `${indexMegabytesPer10k(notes, linkTable(notes)).toFixed(1)} MB`, target: "", verdict: "" });
	}
	return [...rows, ...updateRows()];
}
