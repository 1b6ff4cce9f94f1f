import { dump, load, CORE_SCHEMA } from "js-yaml";
import { RecordIndex } from "../src/domain/record-index";
import { VaultPaths } from "../src/domain/vault-paths";
import { medianMs, verdict, type Row } from "./measure";
import { syntheticVault, type SyntheticNote } from "./synthetic-vault";

/** Obsidian's own link table stands in for the metadata cache; it is not part of our build. */
function linkTable(notes: SyntheticNote[]): VaultPaths {
	return new VaultPaths(notes.map((n) => n.path));
}

function buildIndex(notes: SyntheticNote[], paths = linkTable(notes)): RecordIndex {
	const index = new RecordIndex({ typeKey: "type", zone: "Europe/Berlin", defaultDuration: 30, resolve: (l, s) => paths.resolve(l, s) });
	index.replaceAll(notes.map((n) => [n.path, n.frontmatter] as const));
	return index;
}

/** Mean cost of one incremental update (a note's frontmatter changes), in microseconds. */
function updateCostUs(notes: SyntheticNote[], updates = 3000): number {
	const index = buildIndex(notes);
	index.onChange(() => undefined);
	const start = performance.now();
	for (let k = 0; k < updates; k++) {
		const note = notes[(k * 7919) % notes.length] as SyntheticNote;
		index.set(note.path, { ...note.frontmatter, last_contact: "2026-11-20T09:00" });
		if (k % 50 === 0) index.flush();
	}
	return ((performance.now() - start) / updates) * 1000;
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

export function indexBenchmarks(): Row[] {
	const rows: Row[] = [];
	const big = syntheticVault(10_000, 20_000);
	const yamlTexts = big.map((n) => dump(n.frontmatter));

	const table = linkTable(big);
	const buildMs = medianMs(() => void buildIndex(big, table), 5);
	const yamlMs = medianMs(() => {
		for (const text of yamlTexts) load(text, { schema: CORE_SCHEMA });
	}, 5);
	const ratio = buildMs / yamlMs;
	rows.push({ measure: "index build, 30,000 notes from cache-shaped objects", value: `${buildMs.toFixed(1)} ms`, target: "", verdict: "" });
	rows.push({ measure: "js-yaml parse of the same 30,000 frontmatters", value: `${yamlMs.toFixed(1)} ms`, target: "", verdict: "" });
	rows.push({ measure: "  ratio index build / js-yaml", value: ratio.toFixed(3), target: "<= 0.1", verdict: verdict(ratio <= 0.1) });

	rows.push({ measure: "index memory per 10,000 notes (heap after build, gc'd)", value: `${indexMegabytesPer10k(big, table).toFixed(1)} MB`, target: "", verdict: "" });

	const small = syntheticVault(1_000, 2_000);
	const smallUs = Math.min(updateCostUs(small), updateCostUs(small));
	const bigUs = Math.min(updateCostUs(big), updateCostUs(big));
	const updateRatio = bigUs / smallUs;
	rows.push({ measure: "one incremental update at 3,000 notes", value: `${smallUs.toFixed(1)} µs`, target: "", verdict: "" });
	rows.push({ measure: "one incremental update at 30,000 notes", value: `${bigUs.toFixed(1)} µs`, target: "", verdict: "" });
	rows.push({ measure: "  ratio 30,000 / 3,000", value: updateRatio.toFixed(2), target: "<= 1.5", verdict: verdict(updateRatio <= 1.5) });
	return rows;
}
