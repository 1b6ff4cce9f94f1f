import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

import { addDaysToIsoDate } from "../../scripts/frontmatter-dates.mjs";
import { asOnStoryDate } from "../builders/example-story";
import { filesFromFolder } from "../obsidian-fake/load-folder";
import * as mod from "../../scripts/rebase-example-dates.mjs";

const scriptPath = fileURLToPath(new URL("../../scripts/rebase-example-dates.mjs", import.meta.url));
const exampleVault = fileURLToPath(new URL("../../example-vault", import.meta.url));

const temps: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), "rebase-example-dates-"));
	temps.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `root` (dot folders included), as relative path → bytes. */
function snapshot(root: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else files.set(relative(root, full), readFileSync(full));
		}
	};
	walk(root);
	return files;
}

function tinyVault(): string {
	const dir = tempDir();
	mkdirSync(join(dir, "Contacts"));
	mkdirSync(join(dir, "Interviews"));
	mkdirSync(join(dir, ".hidden"));
	writeFileSync(join(dir, ".story-date"), "2026-11-23\n");
	writeFileSync(join(dir, "Start here.md"), "# Start here\n\nThe story is set on 2026-11-23.\n");
	writeFileSync(
		join(dir, "Contacts", "Jordan Lee.md"),
		"---\ntype: contact\ncontacted: 2026-11-13\nlast_contact: \"2026-11-20T09:30\"\n---\nMet on 2026-11-13.\n",
	);
	writeFileSync(
		join(dir, "Interviews", "2026-11-24 Jordan Lee.md"),
		'---\ntype: interview\ncontact: "[[Jordan Lee]]"\ndate: 2026-11-24T15:00\n---\nBooked for 2026-11-24.\n',
	);
	// Dot folders (Obsidian's configuration, the trash) are not notes and stay as they are.
	writeFileSync(join(dir, ".hidden", "note.md"), "---\ndate: 2026-11-24\n---\n");
	return dir;
}

describe("rebaseVault", () => {
	it("shifts every note's frontmatter and moves the story date", () => {
		const vault = tinyVault();
		const result = mod.rebaseVault(vault, { today: "2027-12-28" });
		expect(result).toEqual({
			from: "2026-11-23",
			to: "2027-12-28",
			days: 400,
			shifted: 3,
			files: ["Contacts/Jordan Lee.md", "Interviews/2026-11-24 Jordan Lee.md"],
		});
		expect(readFileSync(join(vault, ".story-date"), "utf8")).toBe("2027-12-28\n");
		expect(readFileSync(join(vault, "Contacts", "Jordan Lee.md"), "utf8")).toBe(
			"---\ntype: contact\ncontacted: 2027-12-18\nlast_contact: \"2027-12-25T09:30\"\n---\nMet on 2026-11-13.\n",
		);
		expect(readFileSync(join(vault, ".hidden", "note.md"), "utf8")).toBe("---\ndate: 2026-11-24\n---\n");
		expect(readFileSync(join(vault, "Start here.md"), "utf8")).toBe("# Start here\n\nThe story is set on 2026-11-23.\n");
	});

	it("changes nothing when run a second time on the same day", () => {
		const vault = tinyVault();
		mod.rebaseVault(vault, { today: "2027-01-05" });
		const once = snapshot(vault);
		const again = mod.rebaseVault(vault, { today: "2027-01-05" });
		expect(again).toMatchObject({ days: 0, shifted: 0, files: [] });
		expect(snapshot(vault)).toEqual(once);
	});

	it("writes nothing on a dry run", () => {
		const vault = tinyVault();
		const before = snapshot(vault);
		expect(mod.rebaseVault(vault, { today: "2026-12-01", dryRun: true })).toMatchObject({ days: 8, shifted: 3 });
		expect(snapshot(vault)).toEqual(before);
	});

	it("refuses a vault without a story date, or a bad --today", () => {
		const vault = tempDir();
		expect(() => mod.rebaseVault(vault, { today: "2026-11-23" })).toThrow(/\.story-date/);
		writeFileSync(join(vault, ".story-date"), "2026-11-23\n");
		expect(() => mod.rebaseVault(vault, { today: "tomorrow" })).toThrow(/--today/);
	});

	it("refuses to move example-vault itself, which the tests read as of its story date", () => {
		const before = snapshot(exampleVault);
		expect(() => mod.rebaseVault(exampleVault, { today: "2027-03-30" })).toThrow(/example vault the tests read/);
		expect(() => mod.rebaseVault(join(exampleVault, "Contacts", ".."), { today: "2027-03-30" })).toThrow(/example vault the tests read/);
		expect(snapshot(exampleVault)).toEqual(before);
	});

	it("moves the real example vault there and back without changing a byte", () => {
		const vault = tempDir();
		cpSync(exampleVault, vault, { recursive: true });
		const original = snapshot(vault);
		const story = readFileSync(join(vault, ".story-date"), "utf8").trim();
		const later = addDaysToIsoDate(story, 400) ?? "";
		const forward = mod.rebaseVault(vault, { today: later });
		// Every date property in the demo notes (45 when this was written) moves.
		expect(forward.shifted).toBeGreaterThan(40);
		const back = mod.rebaseVault(vault, { today: story });
		expect(back.shifted).toBe(forward.shifted);
		expect(snapshot(vault)).toEqual(original);
	});

	it("leaves the tests' example vault on its story date, whatever day the demo moved it to", () => {
		const vault = tempDir();
		cpSync(exampleVault, vault, { recursive: true });
		const asTestsSeeIt = (folder: string) => asOnStoryDate(filesFromFolder(folder), readFileSync(join(folder, ".story-date"), "utf8"));
		const expected = asTestsSeeIt(exampleVault);
		expect(mod.rebaseVault(vault, { today: "2027-03-30" }).shifted).toBeGreaterThan(40);
		expect(asTestsSeeIt(vault)).toEqual(expected);
	});
});

describe("command line", () => {
	it("takes a vault folder and --today, and reports what it shifted", () => {
		const vault = tinyVault();
		const run = () => execFileSync(process.execPath, [scriptPath, vault, "--today", "2026-11-30"], { encoding: "utf8" });
		expect(run()).toMatch(/Shifted 3 date values in 2 notes by \+7 days \(story date 2026-11-23 -> 2026-11-30\)/);
		expect(readFileSync(join(vault, "Interviews", "2026-11-24 Jordan Lee.md"), "utf8")).toContain("date: 2026-12-01T15:00\n");
		expect(run()).toMatch(/already set on 2026-11-30/);
	});

	it("needs the folder to move: there is no default that would move example-vault", () => {
		const before = snapshot(exampleVault);
		let failure: { status?: number; stderr?: string } = {};
		try {
			execFileSync(process.execPath, [scriptPath, "--today", "2027-03-30"], { encoding: "utf8", stdio: "pipe" });
		} catch (error) {
			failure = error as typeof failure;
		}
		expect(failure.status).toBe(2);
		expect(failure.stderr).toMatch(/give the vault folder to move/);
		expect(snapshot(exampleVault)).toEqual(before);
	});
});
