import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

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

const NOTE = [
	"---",
	"type: interview",
	'contact: "[[Jordan Lee]]"',
	"date: 2026-11-24T15:00",
	"confirmed: '2026-11-23'",
	'thank_you_sent: "2026-12-31"',
	"duration: 30",
	"location: Room 2026-11-24, Main St",
	"snooze_until: 2028-02-28 # leap year ahead",
	"referrals:",
	'  - "[[Priya Raman]]"',
	"seen:",
	"  - 2026-01-31",
	"  - 2026-12-31T09:05:30",
	"flow: [2026-02-28, \"2026-03-01T08:00\", not a date]",
	"notes: |",
	"  - 2026-11-24",
	"  met on 2026-11-24",
	"impossible: 2026-02-30",
	"words: next tuesday",
	"---",
	"# Interview on 2026-11-24",
	"",
	"date: 2026-11-24",
	"Follow up 2026-11-30T10:00.",
	"",
].join("\n");

describe("calendar arithmetic", () => {
	it("adds days across months, years and leap days", () => {
		expect(mod.addDaysToIsoDate("2024-02-28", 1)).toBe("2024-02-29");
		expect(mod.addDaysToIsoDate("2024-02-29", 1)).toBe("2024-03-01");
		expect(mod.addDaysToIsoDate("2026-02-28", 1)).toBe("2026-03-01");
		expect(mod.addDaysToIsoDate("2026-12-31", 1)).toBe("2027-01-01");
		expect(mod.addDaysToIsoDate("2027-01-01", -1)).toBe("2026-12-31");
		expect(mod.addDaysToIsoDate("2026-11-24", 400)).toBe("2027-12-29");
		expect(mod.addDaysToIsoDate("2027-03-01", -365)).toBe("2026-03-01");
		expect(mod.addDaysToIsoDate("2026-02-30", 1)).toBeNull();
	});

	it("counts whole calendar days between dates", () => {
		expect(mod.daysBetween("2026-11-23", "2026-11-23")).toBe(0);
		expect(mod.daysBetween("2026-11-23", "2027-12-28")).toBe(400);
		expect(mod.daysBetween("2024-02-28", "2024-03-01")).toBe(2);
		expect(mod.daysBetween("2026-11-23", "2026-11-01")).toBe(-22);
		// A day on which clocks change is still one day.
		expect(mod.daysBetween("2026-03-28", "2026-03-30")).toBe(2);
	});

	it("takes today from the local calendar", () => {
		expect(mod.localToday(new Date(2026, 10, 23, 23, 59))).toBe("2026-11-23");
		expect(mod.localToday(new Date(2027, 0, 1, 0, 0))).toBe("2027-01-01");
	});
});

describe("shiftDatesInFrontmatter", () => {
	it("shifts +400 days across month, year and leap boundaries", () => {
		const { text, shifted } = mod.shiftDatesInFrontmatter(NOTE, 400);
		expect(shifted).toBe(8);
		const front = text.split("\n---\n")[0];
		expect(front).toContain("date: 2027-12-29T15:00\n");
		expect(front).toContain("confirmed: '2027-12-28'\n");
		expect(front).toContain('thank_you_sent: "2028-02-04"\n');
		expect(front).toContain("snooze_until: 2029-04-03 # leap year ahead\n");
		expect(front).toContain("  - 2027-03-07\n");
		expect(front).toContain("  - 2028-02-04T09:05:30\n");
		expect(front).toContain('flow: [2027-04-04, "2027-04-05T08:00", not a date]\n');
	});

	it("goes back as well as forward", () => {
		const there = mod.shiftDatesInFrontmatter(NOTE, 400).text;
		expect(mod.shiftDatesInFrontmatter(there, -400).text).toBe(NOTE);
		expect(mod.shiftDatesInFrontmatter("---\nd: 2024-03-01\n---\n", -1).text).toBe("---\nd: 2024-02-29\n---\n");
	});

	it("leaves the body, other keys, text values and block scalars alone", () => {
		const { text } = mod.shiftDatesInFrontmatter(NOTE, 400);
		const [before, after] = [NOTE.split("\n"), text.split("\n")];
		const changedLines = before.flatMap((line, i) => (line === after[i] ? [] : [line]));
		expect(changedLines).toEqual([
			"date: 2026-11-24T15:00",
			"confirmed: '2026-11-23'",
			'thank_you_sent: "2026-12-31"',
			"snooze_until: 2028-02-28 # leap year ahead",
			"  - 2026-01-31",
			"  - 2026-12-31T09:05:30",
			'flow: [2026-02-28, "2026-03-01T08:00", not a date]',
		]);
		const body = NOTE.slice(NOTE.indexOf("# Interview"));
		expect(text.endsWith(body)).toBe(true);
		expect(text).toContain("location: Room 2026-11-24, Main St\n");
		expect(text).toContain("  - 2026-11-24\n  met on 2026-11-24\n");
		expect(text).toContain("impossible: 2026-02-30\n");
		expect(text).toContain('contact: "[[Jordan Lee]]"\n');
		expect(text.length).toBe(NOTE.length);
	});

	it("keeps CRLF line endings and a missing final newline", () => {
		const crlf = "---\r\ntype: contact\r\ncontacted: 2026-11-13\r\n---\r\nWrote on 2026-11-13";
		expect(mod.shiftDatesInFrontmatter(crlf, 30)).toEqual({
			text: "---\r\ntype: contact\r\ncontacted: 2026-12-13\r\n---\r\nWrote on 2026-11-13",
			shifted: 1,
		});
	});

	it("returns the identical text for 0 days and for notes without frontmatter", () => {
		expect(mod.shiftDatesInFrontmatter(NOTE, 0)).toEqual({ text: NOTE, shifted: 0 });
		const plain = "date: 2026-11-24\n\nNo frontmatter here.\n";
		expect(mod.shiftDatesInFrontmatter(plain, 5)).toEqual({ text: plain, shifted: 0 });
		const unclosed = "---\ndate: 2026-11-24\nnever closed\n";
		expect(mod.shiftDatesInFrontmatter(unclosed, 5)).toEqual({ text: unclosed, shifted: 0 });
	});
});

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

	it("moves the real example vault there and back without changing a byte", () => {
		const vault = tempDir();
		cpSync(exampleVault, vault, { recursive: true });
		const original = snapshot(vault);
		const story = readFileSync(join(vault, ".story-date"), "utf8").trim();
		const later = mod.addDaysToIsoDate(story, 400) ?? "";
		const forward = mod.rebaseVault(vault, { today: later });
		// Every date property in the demo notes (45 when this was written) moves.
		expect(forward.shifted).toBeGreaterThan(40);
		const back = mod.rebaseVault(vault, { today: story });
		expect(back.shifted).toBe(forward.shifted);
		expect(snapshot(vault)).toEqual(original);
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
});
