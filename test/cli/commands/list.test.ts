import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/run";
import { captureIO, note, writeVault } from "../vault-builder";

async function list(root: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(["list", root, ...flags], capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

function smallVault(): string {
	return writeVault({
		"Contacts/Priya Raman.md": note(["type: contact", "organization: Northwind Health", "role: UX Researcher", "field: [UX research, Health]", "contacted: 2026-10-01"]),
		"Contacts/tomas.md": note(["type: contact", "name: Tomás Herrera", "status: paused", 'referred_by: "[[Priya Raman]]"']),
		"Interviews/Later.md": note(["type: interview", 'contact: "[[tomas]]"', "date: 2026-12-02T08:30", "status: scheduled"]),
		"Interviews/Earlier.md": note(["type: interview", 'contact: "[[Priya Raman]]"', "date: 2026-09-29", 'referrals: ["[[tomas]]", "[[Nobody]]"]']),
		"Interviews/Undated.md": note(["type: interview"]),
	});
}

describe("list", () => {
	it("prints contacts, interviews and problems as text tables", async () => {
		const result = await list(smallVault(), "--zone", "Europe/Berlin");
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(
			[
				"Contacts (2)",
				"Name           Organization      Role           Field                Status",
				"-------------  ----------------  -------------  -------------------  ------",
				"Priya Raman    Northwind Health  UX Researcher  UX research, Health  active",
				"Tomás Herrera  —                 —              —                    paused",
				"",
				"Interviews (3)",
				"Date              Contact        Status     Note",
				"----------------  -------------  ---------  ---------------------",
				"2026-09-29        Priya Raman    —          Interviews/Earlier.md",
				"2026-12-02 08:30  Tomás Herrera  scheduled  Interviews/Later.md",
				"—                 —              —          Interviews/Undated.md",
				"",
				"Problems (2)",
				'Interviews/Earlier.md: referrals[1]: links to "Nobody", which is not a note in this vault',
				'Interviews/Undated.md: contact: an interview needs a contact: add contact: "[[Name]]"',
				"",
			].join("\n"),
		);
	});

	it("prints records as JSON with ISO dates and links as vault paths", async () => {
		const result = await list(smallVault(), "--json", "--zone", "Europe/Berlin");
		const parsed = JSON.parse(result.stdout) as {
			zone: string;
			contacts: Record<string, unknown>[];
			interviews: Record<string, unknown>[];
			problems: unknown[];
		};
		expect(parsed.zone).toBe("Europe/Berlin");
		expect(parsed.contacts.map((c) => c.name)).toEqual(["Priya Raman", "Tomás Herrera"]);
		expect(parsed.contacts[0]).toMatchObject({ path: "Contacts/Priya Raman.md", fields: ["UX research", "Health"], contacted: "2026-10-01", referred_by: null });
		expect(parsed.contacts[1]).toMatchObject({ referred_by: "Contacts/Priya Raman.md", status: "paused", organization: null });
		expect(parsed.interviews.map((i) => [i.path, i.date, i.status])).toEqual([
			["Interviews/Earlier.md", "2026-09-29", null],
			["Interviews/Later.md", "2026-12-02T08:30", "scheduled"],
			["Interviews/Undated.md", null, null],
		]);
		expect(parsed.interviews[0]).toMatchObject({ contact: "Contacts/Priya Raman.md", contact_name: "Priya Raman", referrals: ["Contacts/tomas.md"], duration: 30 });
		expect(parsed.problems).toHaveLength(2);
	});

	it("shows an empty vault without failing", async () => {
		const result = await list(writeVault({}));
		expect(result.stdout).toBe(
			["Contacts (0)", "Name  Organization  Role  Field  Status", "----  ------------  ----  -----  ------", "", "Interviews (0)", "Date  Contact  Status  Note", "----  -------  ------  ----", "", "Problems (0)", ""].join("\n"),
		);
	});
});
