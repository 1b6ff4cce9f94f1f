import { describe, expect, it } from "vitest";
import { declaresRecordKind, unreadablePropertiesProblem } from "../../../src/domain/records/unreadable-properties";

describe("declaresRecordKind", () => {
	it("finds the type line of a block that is otherwise broken", () => {
		expect(declaresRecordKind("type: contact\nname: Jordan: Lee\n", "type")).toBe(true);
		expect(declaresRecordKind('  "type" :  "Interview"\n\tdate: [\n', "type")).toBe(true);
		expect(declaresRecordKind("type: [contact]\nname: {\n", "type")).toBe(true);
		expect(declaresRecordKind("kind: contact\r\nname: {\r\n", "kind")).toBe(true);
	});

	it("leaves other notes with broken blocks alone", () => {
		expect(declaresRecordKind("type: recipe\nname: {\n", "type")).toBe(false);
		expect(declaresRecordKind("kind: contact\nname: {\n", "type")).toBe(false);
		expect(declaresRecordKind("summary: a contact: see type: contact\n", "type")).toBe(false);
	});
});

describe("unreadablePropertiesProblem", () => {
	it("names the file, the block and the first line of the reason, cut when long", () => {
		const problem = unreadablePropertiesProblem("Contacts/Jordan Lee.md", `bad indentation of a mapping entry (2:11)\n\n 1 | type: contact\n${"x".repeat(10)}`);
		expect(problem).toEqual({
			path: "Contacts/Jordan Lee.md",
			field: "frontmatter",
			message: "the properties are not valid YAML (bad indentation of a mapping entry (2:11)), so this note is left out of the queue and the map until they are fixed",
		});
		expect(unreadablePropertiesProblem("a.md", "y".repeat(500)).message.length).toBeLessThan(250);
	});
});
