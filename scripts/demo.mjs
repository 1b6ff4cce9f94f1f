// `npm run demo`: build the plugin and the CLI, install the plugin into example-vault
// (open that folder as a vault in Obsidian to see it enabled), move the example's dates
// so that its story happens around today, and print what the vault holds.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const vault = "example-vault";
// The example vault keeps the default configuration folder name.
const pluginDir = join(vault, ".obsidian", "plugins", "informational-interviews");

function run(command, args) {
	execFileSync(command, args, { stdio: "inherit" });
}

run("npm", ["run", "--silent", "build"]);
run("npm", ["run", "--silent", "build:cli"]);

mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(pluginDir, file));
console.log(`\nInstalled the plugin into ${pluginDir}/`);

run("node", ["scripts/rebase-example-dates.mjs", vault]);

for (const command of ["list", "queue", "referrals"]) {
	console.log(`\n$ informational-interviews ${command} ${vault}\n`);
	run("node", ["dist/cli.mjs", command, vault]);
}
