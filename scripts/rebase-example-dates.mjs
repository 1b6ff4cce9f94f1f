#!/usr/bin/env node
// Moves a copy of the example vault's story to today (`npm run demo` runs it on demo-vault/).
//
// The example vault is written as if "today" were the date in `example-vault/.story-date`.
// Run on any other day, every interview would be long past and every follow-up overdue.
// This script shifts every ISO date and date-time value in the notes' frontmatter by the
// number of calendar days between the story date and today, then records today as the new
// story date. Only the date text inside the frontmatter changes: bodies, other keys,
// quoting, comments and line endings stay byte for byte the same. Running it twice on the
// same day changes nothing the second time. example-vault itself is refused: the tests
// read it as of its story date, so only a copy of it is ever moved.
//
//   node scripts/rebase-example-dates.mjs <vault-folder> [--today YYYY-MM-DD] [--dry-run]

import { readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { daysBetween, localToday, parseIsoDate, shiftDatesInFrontmatter } from "./frontmatter-dates.mjs";

const STORY_DATE_FILE = ".story-date";
const EXAMPLE_VAULT = join(dirname(fileURLToPath(import.meta.url)), "..", "example-vault");

/** True when `folder` is this repository's example-vault (by its real location, so links and `..` don't hide it). */
function isExampleVault(folder) {
	try {
		return realpathSync(folder) === realpathSync(EXAMPLE_VAULT);
	} catch {
		return false;
	}
}

/** Every `.md` file under `folder`, skipping dot folders such as `.obsidian`. */
export function markdownFiles(folder) {
	const found = [];
	const walk = (dir) => {
		const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(full);
		}
	};
	walk(folder);
	return found;
}

/**
 * Moves a vault's story date to `today`: shifts the frontmatter dates of every note and
 * rewrites `.story-date`. Nothing is written when the story date already is today.
 *
 * @param {string} vault the vault folder
 * @param {{ today?: string, dryRun?: boolean }} [options] `today` as `YYYY-MM-DD`; default the local date
 * @returns {{ from: string, to: string, days: number, shifted: number, files: string[] }}
 *   files: vault-relative paths of the notes that changed
 */
export function rebaseVault(vault, options = {}) {
	if (isExampleVault(vault)) throw new Error(`${vault} is the example vault the tests read: move a copy of it (npm run demo makes one in demo-vault/)`);
	const today = options.today ?? localToday();
	if (!parseIsoDate(today)) throw new Error(`--today must be a date like 2026-11-23, got "${today}"`);
	const storyFile = join(vault, STORY_DATE_FILE);
	let storyText;
	try {
		storyText = readFileSync(storyFile, "utf8");
	} catch {
		throw new Error(`${storyFile} not found: it holds the date the example vault's story is set on`);
	}
	const from = storyText.trim();
	if (!parseIsoDate(from)) throw new Error(`${storyFile} must hold one date like 2026-11-23, got "${from}"`);
	const days = daysBetween(from, today);
	const result = { from, to: today, days, shifted: 0, files: [] };
	if (days === 0) return result;

	// Work everything out first, then write: a failure part-way leaves the vault untouched.
	const changes = [];
	for (const file of markdownFiles(vault)) {
		const before = readFileSync(file, "utf8");
		const after = shiftDatesInFrontmatter(before, days);
		if (after.shifted === 0) continue;
		changes.push({ file, text: after.text });
		result.shifted += after.shifted;
		result.files.push(relative(vault, file).split(sep).join("/"));
	}
	if (options.dryRun) return result;
	for (const change of changes) writeFileSync(change.file, change.text, "utf8");
	writeFileSync(storyFile, `${today}\n`, "utf8");
	return result;
}

function parseArgs(argv) {
	const options = { vault: null, today: undefined, dryRun: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--today") {
			options.today = argv[++i];
			if (options.today === undefined) throw new Error("--today needs a date like 2026-11-23");
		} else if (arg.startsWith("--today=")) options.today = arg.slice("--today=".length);
		else if (arg === "--dry-run") options.dryRun = true;
		else if (arg === "--help" || arg === "-h") options.help = true;
		else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
		else if (options.vault === null) options.vault = arg;
		else throw new Error(`unexpected argument ${arg}`);
	}
	return options;
}

function main() {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`rebase-example-dates: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 2;
		return;
	}
	if (options.help) {
		console.log("usage: node scripts/rebase-example-dates.mjs <vault-folder> [--today YYYY-MM-DD] [--dry-run]");
		return;
	}
	if (options.vault === null) {
		console.error("rebase-example-dates: give the vault folder to move (a copy of example-vault, such as demo-vault)");
		process.exitCode = 2;
		return;
	}
	const vault = resolve(options.vault);
	try {
		const result = rebaseVault(vault, { today: options.today, dryRun: options.dryRun });
		if (result.days === 0) {
			console.log(`${options.vault} already set on ${result.to}: nothing to shift.`);
			return;
		}
		const verb = options.dryRun ? "Would shift" : "Shifted";
		const sign = result.days > 0 ? "+" : "";
		console.log(
			`${verb} ${result.shifted} date value${result.shifted === 1 ? "" : "s"} in ${result.files.length} note${result.files.length === 1 ? "" : "s"} ` +
				`by ${sign}${result.days} day${Math.abs(result.days) === 1 ? "" : "s"} (story date ${result.from} -> ${result.to}).`,
		);
	} catch (error) {
		console.error(`rebase-example-dates: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
