import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";

/** Code taken from an older commit's checkout, with the commit it came from. */
export interface OldCode<T> {
	readonly commit: string;
	readonly exports: T;
}

/**
 * The same parts of the code at an older commit, so that a benchmark can print its figures
 * beside the new ones in one run, on the same machine at the same moment. Set
 * `BENCH_OLD_TREE` to a checkout of that commit (`git worktree add --detach <dir> <commit>`);
 * `source` is an entry module whose imports are relative to that checkout's root, e.g.
 * `export { RecordIndex } from "./src/domain/records/record-index";`. It is bundled with
 * this checkout's packages (left external), into dist/. Null without the variable.
 */
export function loadOldCode<T>(name: string, source: string): OldCode<T> | null {
	const tree = process.env.BENCH_OLD_TREE;
	if (!tree) return null;
	const out = resolve("dist", `old-${name}.cjs`);
	const esbuild = resolve("node_modules/.bin/esbuild");
	execFileSync(esbuild, ["--bundle", "--platform=node", "--format=cjs", "--packages=external", `--outfile=${out}`, "--log-level=warning"], {
		cwd: tree,
		input: source,
		stdio: ["pipe", "inherit", "inherit"],
	});
	const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: tree, encoding: "utf8" }).trim();
	return { commit, exports: createRequire(out)(out) as T };
}
