import { describe, expect, it } from "vitest";
import { MAX_INDENT_DEPTH } from "../../../src/cli/format/referral-text";
import { run } from "../../../src/cli/run";
import { captureIO, note, snapshot, writeVault } from "../vault-builder";

const CLOCK = ["--now", "2026-11-24T12:00", "--zone", "Europe/Berlin"];

async function referrals(root: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(["referrals", root, ...CLOCK, ...flags], capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

/**
 * Jordan (found via the alumni office) referred Priya in two ways and suggested Casey,
 * who has no note; Sam was referred by Alex Kim, who has no note either; Ada and Ben
 * name each other as referrer.
 */
function smallVault(): string {
	return writeVault({
		"Contacts/Jordan Lee.md": note(["type: contact", "organization: Northwind Health", "met_via: alumni office", "field: UX research", "contacted: 2026-11-02"]),
		"Contacts/Priya Raman.md": note(["type: contact", 'referred_by: "[[Jordan Lee]]"']),
		"Contacts/Sam Ng.md": note(["type: contact", 'referred_by: "[[Alex Kim]]"']),
		"Contacts/Ada.md": note(["type: contact", 'referred_by: "[[Ben]]"']),
		"Contacts/Ben.md": note(["type: contact", 'referred_by: "[[Ada]]"']),
		"Interviews/2026-11-20 Jordan Lee.md": note(["type: interview", 'contact: "[[Jordan Lee]]"', "date: 2026-11-20T15:00", 'referrals: ["[[Priya Raman]]", "[[Casey Kim]]"]']),
	});
}

describe("referrals", () => {
	it("prints the trees from each starting point, circles, top referrers, fields and missing people", async () => {
		const result = await referrals(smallVault());
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe(
			[
				"Referral map (7 people)",
				"Ada · not contacted",
				"  Ben · not contacted",
				"    Ada · not contacted (circle: shown above)",
				"Jordan Lee · interviewed · Northwind Health · found via alumni office",
				"  Priya Raman · not contacted",
				"  Casey Kim (not yet a contact)",
				"Alex Kim (not yet a contact)",
				"  Sam Ng · not contacted",
				"",
				"Circles (1)",
				"Ada → Ben → Ada",
				"",
				"Who opened the most doors",
				"Name        Referrals  Became interviews",
				"----------  ---------  -----------------",
				"Jordan Lee  2          0",
				"Ada         1          0",
				"Ben         1          0",
				"Alex Kim    1          0",
				"",
				"Interviews held per field",
				"Field        Held  Note",
				"-----------  ----  --------------------------",
				"UX research  1     too few to judge the field",
				"",
				"Links to people without a note (2)",
				'Contacts/Sam Ng.md: referred_by: "Alex Kim" has no note yet',
				'Interviews/2026-11-20 Jordan Lee.md: referrals[1]: "Casey Kim" has no note yet',
				"",
			].join("\n"),
		);
	});

	it("prints exactly the JSON shape of DESIGN.md", async () => {
		const result = await referrals(smallVault(), "--json");
		const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual(["people", "cycles", "unresolved"]);
		expect(parsed).toEqual({
			people: [
				{ path: "Contacts/Ada.md", name: "Ada", referred_by: "Contacts/Ben.md", referrals: ["Contacts/Ben.md"], stage: "not_contacted" },
				{ path: "Contacts/Ben.md", name: "Ben", referred_by: "Contacts/Ada.md", referrals: ["Contacts/Ada.md"], stage: "not_contacted" },
				{ path: "Contacts/Jordan Lee.md", name: "Jordan Lee", referred_by: null, referrals: ["Contacts/Priya Raman.md"], stage: "interviewed" },
				{ path: "Contacts/Priya Raman.md", name: "Priya Raman", referred_by: "Contacts/Jordan Lee.md", referrals: [], stage: "not_contacted" },
				{ path: "Contacts/Sam Ng.md", name: "Sam Ng", referred_by: null, referrals: [], stage: "not_contacted" },
			],
			cycles: [["Contacts/Ada.md", "Contacts/Ben.md"]],
			unresolved: [
				{ path: "Contacts/Sam Ng.md", field: "referred_by", link: "Alex Kim" },
				{ path: "Interviews/2026-11-20 Jordan Lee.md", field: "referrals[1]", link: "Casey Kim" },
			],
		});
		for (const person of parsed.people as Record<string, unknown>[]) expect(Object.keys(person)).toEqual(["path", "name", "referred_by", "referrals", "stage"]);
	});

	it("reads the vault without changing it", async () => {
		const root = smallVault();
		const before = snapshot(root);
		await referrals(root);
		await referrals(root, "--json");
		expect(snapshot(root)).toEqual(before);
	});

	it("prints a chain of 1,000 people, one a line, indented up to a cap and numbered past it", async () => {
		const files: Record<string, string> = { "Contacts/P0.md": note(["type: contact"]) };
		for (let i = 1; i < 1000; i++) files[`Contacts/P${i}.md`] = note(["type: contact", `referred_by: "[[P${i - 1}]]"`]);
		const result = await referrals(writeVault(files));
		expect(result.code).toBe(0);
		const lines = result.stdout.split("\n");
		expect(lines[0]).toBe("Referral map (1000 people)");
		expect(lines[1]).toBe("P0 · not contacted");
		expect(lines[2]).toBe("  P1 · not contacted");
		expect(lines[1000]).toBe(`${"  ".repeat(MAX_INDENT_DEPTH)}[999] P999 · not contacted`);
	});

	it("shows control characters in names as replacement characters, not as terminal commands", async () => {
		const root = writeVault({ "Contacts/x.md": note(["type: contact", 'name: "Evil\\u001b[31m Name"']) });
		const result = await referrals(root);
		expect(result.stdout).toContain("Evil\uFFFD[31m Name · not contacted");
		expect(result.stdout).not.toContain("\u001b");
	});

	it("prints an empty map for a vault without contacts", async () => {
		const result = await referrals(writeVault({}));
		expect(result.stdout.split("\n").slice(0, 4)).toEqual(["Referral map (0 people)", "", "Circles (0)", ""]);
	});

	it("is listed in the usage text", async () => {
		const capture = captureIO();
		await run(["--help"], capture.io);
		expect(capture.stdout()).toMatch(/^ {2}referrals +who referred whom/m);
	});
});
