// `npm run demo`: build the plugin and the CLI, copy example-vault into demo-vault/ (an
// ignored folder, made afresh on every run), move the copy's dates so that its story
// happens around today, install the plugin into the copy, and print what it holds.
// example-vault itself is never written: the tests read it as of its own story date.
//
//   node scripts/demo.mjs [--no-build]   (--no-build: use the main.js and dist/cli.mjs already built)
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { rebaseVault } from "./rebase-example-dates.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(repo, "example-vault");
export const DEMO_VAULT = join(repo, "demo-vault");
// The example vault keeps the default configuration folder name.
const pluginDir = join(DEMO_VAULT, ".obsidian", "plugins", "informational-interviews");
/** Obsidian's own per-device files: a user who opened example-vault has them; the copy starts without. */
const notCopied = new Set([join(source, ".obsidian", "workspace.json"), join(source, ".obsidian", "workspace-mobile.json")]);

/**
 * What the demo prints, one CLI command a line, each run on demo-vault. A new command
 * that shows the vault (the pipeline board, say) is one more entry here.
 */
const SHOWN = ["list", "queue", "pipeline", "referrals"];

function run(command, args) {
	execFileSync(command, args, { stdio: "inherit", cwd: repo });
}

const build = !process.argv.includes("--no-build");
if (build) run("npm", ["run", "--silent", "build"]);

rmSync(DEMO_VAULT, { recursive: true, force: true });
cpSync(source, DEMO_VAULT, {
	recursive: true,
	filter: (path) => !notCopied.has(path),
});

const moved = rebaseVault(DEMO_VAULT);
console.log(`\nCopied example-vault to demo-vault/ and moved its story from ${moved.from} to ${moved.to} (${moved.shifted} dates in ${moved.files.length} notes).`);

mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(repo, file), join(pluginDir, file));
console.log(`Installed the plugin into ${relative(repo, pluginDir)}/: open demo-vault/ as a vault in Obsidian to try it.`);

for (const command of SHOWN) {
	console.log(`\n$ informational-interviews ${command} demo-vault\n`);
	run("node", ["dist/cli.mjs", command, relative(repo, DEMO_VAULT)]);
}
