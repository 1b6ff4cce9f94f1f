import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import matter from "gray-matter";
import { dump } from "js-yaml";
import manifest from "../manifest.json";
import { run } from "../src/cli/run";
import InformationalInterviewsPlugin from "../src/main";
import { QUEUE_VIEW_TYPE, QueueView } from "../src/ui/queue-view";
import { App, loadPlugin, unloadPlugin } from "../test/obsidian-fake";
import { installDom } from "./queue-view-bench";
import { syntheticVault } from "./synthetic-vault";

/*
 * The engine at the sizes users have, measured through the plugin itself (over the
 * in-memory Obsidian the tests use) and through the command line, so that the very same
 * file measures this commit and an earlier one: `npm run bench -- engine --against DIR`
 * builds it a second time against the sources in DIR (a `git worktree` of the earlier
 * commit) and prints both. Figures are medians of several runs, in milliseconds.
 */

/**
 * The engine's sizes, kept in this file rather than in sizes.ts: `--against` builds this
 * very file against an older commit's sources, whose sizes.ts may differ.
 */
export interface EngineSize {
	readonly label: string;
	readonly records: number;
	/** Every note in the vault: records and ordinary notes with bodies. */
	readonly notes: number;
}

export const ENGINE_SIZES: readonly EngineSize[] = [
	{ label: "300 records in 20,000 notes", records: 300, notes: 20_000 },
	{ label: "3,000 records in 20,000 notes", records: 3_000, notes: 20_000 },
	{ label: "30,000 records (ceiling)", records: 30_000, notes: 30_000 },
];

export interface EngineFigures {
	/** What the plugin does once the layout is ready: both index builds, the first batch to the queue and graph. */
	readonly startMs: number;
	/** One note edited with the queue view open: the index takes it, queue and graph are derived, the view repaints. */
	readonly editMs: number;
	/** `queue --json` over the same notes on disk. */
	readonly cliMs: number;
	/** Reading every file and parsing its front matter with gray-matter, nothing else. */
	readonly readParseMs: number;
	readonly items: number;
}

/** The vault's files: the synthetic records (one contact for two interviews) and ordinary notes with a body. */
function vaultFiles(size: EngineSize): Record<string, string> {
	const contacts = Math.round(size.records / 3);
	const files: Record<string, string> = {};
	for (const note of syntheticVault(contacts, size.records - contacts)) {
		files[note.path] = `---\n${dump(note.frontmatter)}---\n# Notes\n\nWhat we talked about, in a few lines.\n`;
	}
	for (let i = 0; files && Object.keys(files).length < size.notes; i++) {
		files[`Journal/${2000 + (i % 25)}/Note ${i}.md`] = `---\ntags: [journal]\n---\n# Day ${i}\n\nA few paragraphs of an ordinary note, with a [[link]] or two.\n\n- an item\n- another\n`;
	}
	return files;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The plugin started on the vault, its work after layout-ready timed; then edits with the queue view open. */
async function pluginFigures(files: Record<string, string>, starts: number, edits: number): Promise<{ startMs: number; editMs: number; items: number }> {
	const startTimes: number[] = [];
	let items = 0;
	let editMs = Number.NaN;
	for (let run = 0; run < starts; run++) {
		const app = new App({ files });
		const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
		const t0 = performance.now();
		app.finishLayout();
		plugin.index.flush();
		startTimes.push(performance.now() - t0);
		await app.settle();
		plugin.index.flush();
		if (run === starts - 1) {
			const leaf = app.workspace.getRightLeaf(false);
			await leaf.setViewState({ type: QUEUE_VIEW_TYPE });
			const view = leaf.view;
			// Let the view draw its remaining rows (its second frame).
			await new Promise((resolve) => setTimeout(resolve, 50));
			items = view instanceof QueueView ? view.rowCount : 0;
			const contacts = Object.keys(files).filter((path) => path.startsWith("Contacts/"));
			const editTimes: number[] = [];
			for (let k = 0; k < edits; k++) {
				const path = contacts[(k * 7919) % contacts.length] as string;
				const file = app.vault.getFileByPath(path);
				if (!file) continue;
				const text = files[path] as string;
				const edited = text.replace("---\n# Notes", `last_contact: 2026-11-${String(10 + (k % 10)).padStart(2, "0")}T09:00\n---\n# Notes`);
				const t1 = performance.now();
				await app.vault.modify(file, edited);
				await app.metadataCache.settle();
				plugin.index.flush();
				editTimes.push(performance.now() - t1);
			}
			editMs = median(editTimes);
		}
		unloadPlugin(plugin);
	}
	return { startMs: median(startTimes), editMs, items };
}

async function cliFigures(files: Record<string, string>, runs: number): Promise<{ cliMs: number; readParseMs: number }> {
	const root = mkdtempSync(join(tmpdir(), "ii-engine-bench-"));
	try {
		mkdirSync(join(root, ".obsidian"));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const silent = { stdout: () => undefined, stderr: () => undefined };
		const cli: number[] = [];
		const bare: number[] = [];
		for (let i = 0; i <= runs; i++) {
			// Taking turns, so that a slow spell of the machine falls on both alike.
			let t = performance.now();
			await run(["queue", root, "--now", "2026-11-23T09:00", "--zone", "Europe/Berlin", "--json"], silent);
			if (i > 0) cli.push(performance.now() - t);
			t = performance.now();
			for (const name of readdirSync(root, { recursive: true, encoding: "utf8" })) {
				if (name.endsWith(".md")) matter(readFileSync(join(root, name), "utf8"), {});
			}
			if (i > 0) bare.push(performance.now() - t);
		}
		return { cliMs: median(cli), readParseMs: median(bare) };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** Every figure at every size. */
export async function engineFigures(): Promise<EngineFigures[]> {
	if (!("document" in globalThis)) installDom();
	const figures: EngineFigures[] = [];
	// ENGINE_QUICK=1: the judged size only, fewer runs (a busy machine).
	const quick = process.env.ENGINE_QUICK === "1";
	for (const size of ENGINE_SIZES) {
		if (quick && size.records !== 3_000) {
			figures.push({ startMs: Number.NaN, editMs: Number.NaN, cliMs: Number.NaN, readParseMs: Number.NaN, items: 0 });
			continue;
		}
		const files = vaultFiles(size);
		const small = size.records <= 3_000 && !quick;
		const plugin = await pluginFigures(files, small ? 3 : 2, small ? 20 : 10);
		const cli = await cliFigures(files, small ? 3 : 2);
		figures.push({ ...plugin, ...cli });
	}
	return figures;
}
