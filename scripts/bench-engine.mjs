// `npm run bench:engine [-- --against DIR]`: the engine's figures at users' sizes
// (bench/engine-bench.ts), and with --against the same file built against the sources in
// DIR (a `git worktree` of an earlier commit, outside this repository), both printed in one
// table with the targets of issue 13. Nothing here is asserted by the tests.
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import esbuild from "esbuild";

const SIZES = ["300 records in 20,000 notes", "3,000 records in 20,000 notes", "30,000 records (ceiling)"];
const FILES = ["bench/engine-bench.ts", "bench/engine-main.ts", "bench/synthetic-vault.ts"];

async function figures(root, outfile) {
	await esbuild.build({
		entryPoints: [join(root, "bench/engine-main.ts")],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		alias: { obsidian: join(root, "test/obsidian-fake/index.ts") },
		banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
		logLevel: "warning",
	});
	const out = execFileSync(process.execPath, ["--expose-gc", outfile], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
	return JSON.parse(out.trim().split("\n").pop());
}

const at = process.argv.indexOf("--against");
const against = at >= 0 ? resolve(process.argv[at + 1]) : null;
let old = null;
if (against !== null) {
	// The earlier commit has no such benchmark: the same files are put in its tree for the run.
	for (const file of FILES) copyFileSync(file, join(against, file));
	try {
		old = await figures(against, resolve("dist/engine-bench-old.mjs"));
	} finally {
		for (const file of FILES.slice(0, 2)) rmSync(join(against, file), { force: true });
	}
}
const now = await figures(resolve("."), resolve("dist/engine-bench.mjs"));

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "—");
const rows = [];
SIZES.forEach((label, i) => {
	const n = now[i];
	const o = old?.[i];
	const judged3k = i === 1;
	const ceiling = i === 2;
	rows.push([`${label}: start, work after layout-ready`, o && ms(o.startMs), ms(n.startMs), judged3k ? "<= 100 ms" : "", judged3k ? n.startMs <= 100 : null]);
	rows.push([`${label}: one edit -> queue + graph + view`, o && ms(o.editMs), ms(n.editMs), judged3k ? "<= 16 ms" : ceiling ? "<= 150 ms" : "", judged3k ? n.editMs <= 16 : ceiling ? n.editMs <= 150 : null]);
	rows.push([`${label}: CLI queue --json`, o && ms(o.cliMs), ms(n.cliMs), "", null]);
	rows.push([`${label}: read + gray-matter parse`, o && ms(o.readParseMs), ms(n.readParseMs), "", null]);
	const ratio = n.cliMs / n.readParseMs;
	rows.push([`${label}: ratio CLI / read + parse`, o && (o.cliMs / o.readParseMs).toFixed(2), ratio.toFixed(2), judged3k ? "<= 1.0" : "", judged3k ? ratio <= 1.0 : null]);
});
const header = ["measure", "previous", "this commit", "target", "verdict"];
const verdictOf = (n, ok) => (ok === null || n === "—" || n === "NaN" ? "" : ok ? "met" : "MISSED");
const table = [header, ...rows.map(([m, o, n, t, ok]) => [m, o ?? "", n, t, verdictOf(n, ok)])];
const widths = header.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
console.log(`Engine benchmark — node ${process.version}, ${new Date().toISOString()}${against ? `, previous = ${against}` : ""}\n`);
for (const r of table) console.log(r.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
