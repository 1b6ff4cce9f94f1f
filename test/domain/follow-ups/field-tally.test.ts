import { describe, expect, it } from "vitest";
import { FieldTally } from "../../../src/domain/follow-ups/field-tally";

const EVERY_NOTE = (): boolean => true;

function tallyOf(notes: Record<string, readonly string[]>): FieldTally {
	const tally = new FieldTally();
	for (const [path, fields] of Object.entries(notes)) tally.set(path, fields);
	return tally;
}

describe("FieldTally", () => {
	it("offers each field once, in the spelling most notes use, in alphabetical order", () => {
		const tally = tallyOf({ "A.md": ["ux research", "Policy"], "B.md": ["UX research "], "C.md": [" UX research"], "D.md": ["data journalism"] });
		expect(tally.choices(EVERY_NOTE)).toEqual(["data journalism", "Policy", "UX research"]);
	});

	it("breaks a tie between spellings the same way whatever order the notes came in", () => {
		expect(tallyOf({ "A.md": ["ux"], "B.md": ["UX"] }).choices(EVERY_NOTE)).toEqual(["UX"]);
		expect(tallyOf({ "B.md": ["UX"], "A.md": ["ux"] }).choices(EVERY_NOTE)).toEqual(["UX"]);
	});

	it("counts a note naming one field twice once, and ignores blank fields", () => {
		// A.md counts for "law" only: one note each, and the tie goes to "Law".
		const tally = tallyOf({ "A.md": ["law", "Law", "  "], "B.md": ["Law"] });
		expect(tally.choices(EVERY_NOTE)).toEqual(["Law"]);
		tally.set("C.md", ["law"]);
		expect(tally.choices(EVERY_NOTE)).toEqual(["law"]);
	});

	it("follows a note whose fields change or go, and drops a field nobody names", () => {
		const tally = tallyOf({ "A.md": ["Law"], "B.md": ["law"], "C.md": ["law"] });
		expect(tally.choices(EVERY_NOTE)).toEqual(["law"]);
		tally.set("B.md", ["Law", "Policy"]);
		expect(tally.choices(EVERY_NOTE)).toEqual(["Law", "Policy"]);
		tally.set("B.md", []);
		tally.set("C.md", []);
		expect(tally.choices(EVERY_NOTE)).toEqual(["Law"]);
		tally.set("A.md", []);
		expect(tally.choices(EVERY_NOTE)).toEqual([]);
	});

	it("offers only fields named by a note that counts", () => {
		const tally = tallyOf({ "A.md": ["Law"], "B.md": ["Policy"], "C.md": ["Policy"] });
		expect(tally.choices((path) => path !== "A.md")).toEqual(["Policy"]);
		expect(tally.choices((path) => path === "C.md")).toEqual(["Policy"]);
		expect(tally.choices(() => false)).toEqual([]);
	});
});
