import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { dump } from "js-yaml";
import matter from "gray-matter";
import { run } from "../src/cli/run";
import { medianMsAsync, verdict, type Row } from "./measure";
import { syntheticVault } from "./synthetic-vault";

/** Writes the synthetic vault as Markdown files with a short body each; returns its folder. */
function writeVaultToDisk(contacts: number, interviews: number): string {
	const root = mkdtempSync(join(tmpdir(), "ii-bench-vault-"));
	for (const note of syntheticVault(contacts, interviews)) {
		const file = join(root, note.path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `---\n${dump(note.frontmatter)}---\n# Notes\n\nWhat we talked about, in a few lines.\n`);
	}
	return root;
}

function markdownFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: "utf8" })
		.filter((name) => name.endsWith(".md"))
		.map((name) => join(folder, name));
}

/** The baseline: read every file and parse its front matter with gray-matter, nothing else. */
function readAndParse(folder: string): void {
	for (const file of markdownFiles(folder)) matter(readFileSync(file, "utf8"), {});
}

export async function cliBenchmarks(): Promise<Row[]> {
	const root = writeVaultToDisk(10_000, 20_000);
	try {
		const silent = { stdout: () => undefined, stderr: () => undefined };
		const checkMs = await medianMsAsync(async () => void (await run(["check", root, "--json"], silent)), 3);
		const baselineMs = await medianMsAsync(async () => readAndParse(root), 3);
		const ratio = checkMs / baselineMs;
		return [
			{ measure: "CLI check, 30,000 notes on disk", value: `${checkMs.toFixed(0)} ms`, target: "", verdict: "" },
			{ measure: "read + gray-matter parse of every file", value: `${baselineMs.toFixed(0)} ms`, target: "", verdict: "" },
			{ measure: "  ratio check / read + parse", value: ratio.toFixed(2), target: "<= 1.5", verdict: verdict(ratio <= 1.5) },
		];
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
