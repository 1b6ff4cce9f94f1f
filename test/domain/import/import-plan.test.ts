import { describe, expect, it } from "vitest";
import { importSummary, planImport, type KnownContact, type PlanOptions } from "../../../src/domain/import/import-plan";
import type { ImportedPerson } from "../../../src/domain/import/import-types";
import { readImportFile } from "../../../src/domain/import/read-import";
import { importFixture } from "../../builders/import-files";

function person(line: number, name: string, extra: Partial<ImportedPerson> = {}): ImportedPerson {
	return { line, name, details: [], ...extra };
}

function plan(people: ImportedPerson[], options: Partial<PlanOptions> = {}) {
	return planImport(people, [], { format: "csv", folder: "Contacts", known: [], takenNames: [], ...options });
}

describe("planImport", () => {
	const known: KnownContact[] = [
		{ path: "Contacts/Jordan Lee.md", name: "Jordan Lee", email: "Jordan.Lee@Example.com" },
		{ path: "People/Priya.md", name: "Priya R.", linkedin: "https://www.linkedin.com/in/Priya-Raman-4b1a2c/" },
		{ path: "Contacts/José García.md", name: "José García" },
	];

	it("skips people already in the vault by email, LinkedIn profile or name, ignoring case, accents and spacing", () => {
		const result = plan(
			[
				person(2, "J. Lee", { email: "jordan.lee@example.COM" }),
				person(3, "Priya Raman", { linkedin: "linkedin.com/in/priya-raman-4b1a2c?trk=abc" }),
				person(4, "jose   garcia"),
				person(5, "Ana Silva"),
			],
			{ known },
		);
		expect(result.skipped).toEqual([
			{ line: 2, name: "J. Lee", reason: "already-in-vault", path: "Contacts/Jordan Lee.md", message: "the same email as Contacts/Jordan Lee.md" },
			{ line: 3, name: "Priya Raman", reason: "already-in-vault", path: "People/Priya.md", message: "the same LinkedIn profile as People/Priya.md" },
			{ line: 4, name: "jose   garcia", reason: "already-in-vault", path: "Contacts/José García.md", message: "the same name as Contacts/José García.md" },
		]);
		expect(result.create.map((c) => c.path)).toEqual(["Contacts/Ana Silva.md"]);
	});

	it("skips rows without a name and repeated rows", () => {
		const result = plan([person(2, "Ana"), person(3, ""), person(4, "ANA"), person(5, "Bo", { email: "b@x.org" }), person(6, "Robert", { email: "B@X.org" })]);
		expect(result.skipped.map((s) => [s.line, s.reason, s.message])).toEqual([
			[3, "no-name", "line 3 has no name"],
			[4, "duplicate-row", "the same name as line 2"],
			[6, "duplicate-row", "the same email as line 5"],
		]);
	});

	it("gives a numbered name when the file name is taken, never the taken one", () => {
		const result = plan([person(2, "Sam Lee"), person(3, "Sam  Lee", { email: "other@x.org" })], { takenNames: ["sam lee"] });
		// The second Sam Lee is a different row (name differs only in spacing, so it is a duplicate).
		expect(result.create.map((c) => c.path)).toEqual(["Contacts/Sam Lee 2.md"]);
	});

	it("cleans names that would leave the folder or break a file name", () => {
		const result = plan([person(2, "../../.obsidian/evil"), person(3, "a/b\\c:d"), person(4, "CON")], { folder: "../Contacts/" });
		expect(result.create.map((c) => c.path)).toEqual(["Contacts/obsidian evil.md", "Contacts/a b c d.md", "Contacts/CON_.md"]);
	});

	it("fills met_via and field for the batch where the row has none; LinkedIn's export says LinkedIn", () => {
		const linkedin = plan([person(2, "Ana"), person(3, "Bo", { metVia: "Career fair" })], { format: "linkedin" });
		expect(linkedin.create.map((c) => c.contact.metVia)).toEqual(["LinkedIn", "Career fair"]);
		const batch = plan([person(2, "Ana")], { format: "linkedin", metVia: "Alumni directory", field: "Public health" });
		expect(batch.create[0]?.contact).toMatchObject({ metVia: "Alumni directory", field: "Public health" });
	});

	it("running the plan against the vault it created skips everybody", () => {
		const source = readImportFile(importFixture("linkedin-connections.csv"), "Connections.csv");
		const first = planImport(source.people, source.problems, { format: source.format, folder: "Contacts", known: [], takenNames: [] });
		const nowKnown = first.create.map((c) => ({ path: c.path, name: c.contact.name, email: c.contact.email, linkedin: c.contact.linkedin }));
		const second = planImport(source.people, source.problems, { format: source.format, folder: "Contacts", known: nowKnown, takenNames: first.create.map((c) => c.path) });
		expect(first.create).toHaveLength(6);
		expect(second.create).toEqual([]);
		expect(second.skipped.filter((s) => s.reason === "already-in-vault")).toHaveLength(7);
	});
});

describe("importSummary", () => {
	it("counts what was created and why people were skipped", () => {
		const skipped = [...Array<{ reason: "already-in-vault" }>(11).fill({ reason: "already-in-vault" }), ...Array<{ reason: "no-name" }>(3).fill({ reason: "no-name" })];
		expect(importSummary(212, skipped)).toBe("Created 212 contacts, skipped 14 (already in your vault: 11, no name: 3)");
		expect(importSummary(1, [])).toBe("Created 1 contact");
	});
});
