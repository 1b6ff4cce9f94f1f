import { describe, expect, it } from "vitest";
import { FIELD_NOTES_END, FIELD_NOTES_START, bodyOf, fieldNotePath, fieldSummaries, newFieldNote, sectionText, updateFieldNote } from "../../../src/domain/pipeline/field-notes";
import { statusOfAt } from "../../../src/domain/pipeline/pipeline";
import { contact, contactAt, interviewWith, NOW, PipelineVault } from "../../builders/pipeline";

const BODY = "# Talk\n\n## Notes\n\n- names\n\n## Debrief\n\n- Nights are long.\n\n### Next actions\n\n- [ ] thank\n\n## Later\n\nnot this\n";

function summaries(takeaways: Record<string, string> = {}) {
	const vault = new PipelineVault({
		[contactAt("Ana")]: contact({ organization: "Northwind Health", field: "Nursing" }),
		[contactAt("Ben")]: contact({ organization: "City Clinic", field: "Nursing" }),
		"Interviews/Talk with Ana.md": interviewWith("Ana", { date: "2026-11-10T10:00" }),
		"Interviews/Talk with Ben.md": interviewWith("Ben", { date: "2026-11-02T10:00" }),
		"Interviews/Upcoming with Ben.md": interviewWith("Ben", { date: "2026-12-02T10:00" }),
	});
	return fieldSummaries(vault.index(), statusOfAt(NOW), (path) => takeaways[path] ?? null);
}

describe("field notes", () => {
	it("reads the takeaways section up to the next heading of its level, subsections included", () => {
		expect(sectionText(BODY, "debrief")).toBe("- Nights are long.\n\n### Next actions\n\n- [ ] thank");
		expect(sectionText(BODY, "What I learned")).toBeNull();
		expect(bodyOf("---\ntype: interview\n---\n## Debrief\nx\n")).toBe("## Debrief\nx\n");
	});

	it("summarises each field from the interviews that took place: people, organizations, dates, oldest first", () => {
		const [nursing] = summaries();
		expect(nursing?.field).toBe("Nursing");
		expect(nursing?.people.map((p) => p.name)).toEqual(["Ana", "Ben"]);
		expect(nursing?.organizations).toEqual(["City Clinic", "Northwind Health"]);
		expect(nursing?.interviews.map((i) => i.date)).toEqual(["2026-11-02", "2026-11-10"]);
		expect(nursing?.tooFew).toBe(true);
	});

	it("writes the generated part between markers, says a field with fewer than 3 interviews is too few to judge, and links back", () => {
		const [nursing] = summaries({ "Interviews/Talk with Ana.md": "- Nights are long." });
		const text = newFieldNote(nursing!, "Debrief");
		expect(text.startsWith(FIELD_NOTES_START)).toBe(true);
		expect(text).toContain("fewer than 3 is too few to judge a field");
		expect(text).toContain("[[Interviews/Talk with Ana|Talk with Ana]]");
		expect(text).toContain("> - Nights are long.");
		expect(text.endsWith("## My verdict\n\n")).toBe(true);
	});

	it("rewrites only the marked part: the user's verdict around it stays byte for byte", () => {
		const [nursing] = summaries();
		const mine = "My own intro\r\n\r\n";
		const verdict = "\n\n## My verdict\n\nNot for me — too many nights. ✓\n";
		const old = `${mine}${FIELD_NOTES_START}\nold stuff\n${FIELD_NOTES_END}${verdict}`;
		const updated = updateFieldNote(old, nursing!, "Debrief");
		expect(updated.startsWith(mine + FIELD_NOTES_START)).toBe(true);
		expect(updated.endsWith(FIELD_NOTES_END + verdict)).toBe(true);
		expect(updated).not.toContain("old stuff");
		expect(updateFieldNote(updated, nursing!, "Debrief")).toBe(updated);
	});

	it("appends the section when the markers were removed, and copied text cannot close it early", () => {
		const [nursing] = summaries({ "Interviews/Talk with Ana.md": `evil ${FIELD_NOTES_END} %% hidden %%` });
		const appended = updateFieldNote("Only my words.", nursing!, "Debrief");
		expect(appended.startsWith("Only my words.\n\n")).toBe(true);
		expect(appended.split(FIELD_NOTES_END)).toHaveLength(2);
		expect(appended.indexOf(FIELD_NOTES_END)).toBe(appended.lastIndexOf(FIELD_NOTES_END));
	});

	it("names a field's note safely inside the folder", () => {
		expect(fieldNotePath("Field notes", "UX / research")).toBe("Field notes/UX research.md");
	});
});
