// `npm run bench`: bundles bench/main.ts for Node and runs it. Prints figures and ratios
// against the targets in the issues; nothing here is asserted by the tests.
import { execFileSync } from "node:child_process";
import esbuild from "esbuild";

await esbuild.build({
	entryPoints: ["bench/main.ts"],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outfile: "dist/bench.mjs",
	// The view benchmark runs the plugin's UI against the in-memory Obsidian, as the tests do.
	alias: { obsidian: "./test/obsidian-fake/index.ts" },
	banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
	logLevel: "warning",
});
execFileSync(process.execPath, ["--expose-gc", "dist/bench.mjs", ...process.argv.slice(2)], { stdio: "inherit" });
