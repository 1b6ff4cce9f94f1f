import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { fillSkeletonFor, importedNoteText } from "../../../src/domain/import/import-note";
import { planImport, type PlannedContact } from "../../../src/domain/import/import-plan";
import { readImportFile } from "../../../src/domain/import/read-import";
import { parseRecord } from "../../../src/domain/records/records";
import { importFixture, splitNote } from "../../builders/import-files";
import { parseOptions } from "../../builders/records";

function plannedFrom(fixture: string): PlannedContact[] {
	const source = readImportFile(importFixture(fixture), fixture);
	return [...planImport(source.people, source.problems, { format: source.format, folder: "Contacts", known: [], takenNames: [] }).create];
}

describe("importedNoteText", () => {
	it("writes flat contact properties, the connection date as a date, and the built-in skeleton", () => {
		const [priya] = plannedFrom("linkedin-connections.csv");
		if (!priya) throw new Error("no plan");
		const note = importedNoteText(priya, "type");
		const { properties, body } = splitNote(note);
		expect(properties).toEqual({
			type: "contact",
			name: "Priya Raman",
			organization: "Northwind Health",
			role: "Senior UX Researcher",
			email: "priya.raman@example.org",
			linkedin: "https://www.linkedin.com/in/priya-raman-4b1a2c",
			met_via: "LinkedIn",
			connected: "2024-11-12",
		});
		expect(note).toContain("\nconnected: 2024-11-12\n");
		expect(body).toContain("## Conversation log");
	});

	it("is read back by the plugin as the contact it describes", () => {
		const [priya] = plannedFrom("iphone-contacts.vcf");
		if (!priya) throw new Error("no plan");
		const record = parseRecord(priya.path, splitNote(importedNoteText(priya, "type")).properties, parseOptions());
		expect(record).toMatchObject({ kind: "contact", name: "Priya Raman", email: "Priya.Raman@Example.org", phone: "+1 (415) 555-0134" });
	});

	it("puts other emails, phones, units, websites and notes in the body", () => {
		const [priya] = plannedFrom("iphone-contacts.vcf");
		if (!priya) throw new Error("no plan");
		expect(splitNote(importedNoteText(priya, "type")).body).toContain(
			[
				"## Imported details",
				"",
				"- Other email: priya.home@example.net",
				"- Other phone: +1 415 555 0199",
				"- Department: User Research, Mobile Apps",
				"- Website: https://priyaraman.example.net",
				"- Notes: Met at the UX Lisbon meetup, table 4. Studied at Porto; happy to introduce me to her manager.",
				"  Ask about research ops.",
			].join("\n"),
		);
	});

	it("keeps hostile cells as plain text: no extra keys, no formulas run, no HTML, links or embeds", () => {
		const notes = plannedFrom("hostile.csv").map((p) => importedNoteText(p, "type"));
		const parsed = notes.map(splitNote);
		for (const { properties } of parsed) {
			expect(Object.keys(properties).sort()).toEqual(expect.arrayContaining(["email", "name", "type"]));
			expect(properties.type).toBe("contact");
			expect(properties).not.toHaveProperty("status");
			expect(properties).not.toHaveProperty("injected");
		}
		expect(parsed.map((p) => p.properties.name)).toEqual([
			'=HYPERLINK("http://evil.example","Click")',
			"../../.obsidian/plugins/evil",
			"Lee status: closed",
			"a/b\\\\c:d*e?f<g>h|i",
			"evil Name",
			"CON",
			"---",
		]);
		expect(parsed[0]?.properties.organization).toBe("+cmd|' /C calc'!A0");
		const body = parsed[2]?.body ?? "";
		expect(body).toContain("\\<img src\\=x onerror\\=alert(1)\\> \\[\\[Secret note\\]\\] !\\[\\[Secret\\]\\] \\%\\%hidden\\%\\%");
		// Every markup character is escaped, so none starts a tag, a link or a comment.
		expect(body.split("## Background")[0]).not.toMatch(/(?<!\\)[<[%]/);
		expect(parsed[6]?.properties.organization).toBe("--- type: interview");
	});

	it("uses the user's skeleton: its body, its placeholders and its own properties where the contact has none", () => {
		const [priya] = plannedFrom("linkedin-connections.csv");
		if (!priya) throw new Error("no plan");
		const skeleton = { body: "\n# {{contact.name}} at {{contact.organization}}\n", frontmatter: { tags: ["networking"], status: "active", name: "overridden?" } };
		const filled = fillSkeletonFor(skeleton, priya, { me: { name: "Sam", email: "", signature: "" }, today: DateTime.fromISO("2026-11-24", { zone: "UTC" }) });
		const { properties, body } = splitNote(importedNoteText(priya, "type", filled));
		expect(body).toBe("\n# Priya Raman at Northwind Health\n");
		expect(properties).toMatchObject({ name: "Priya Raman", tags: ["networking"], status: "active" });
	});
});
