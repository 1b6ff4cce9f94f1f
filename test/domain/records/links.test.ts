import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkKey, readLinkText } from "../../../src/domain/records/links";

describe("linkKey", () => {
	it("is the file name without folders, .md or case", () => {
		expect(linkKey("Contacts/Jordan Lee.md")).toBe("jordan lee");
		expect(linkKey("JORDAN LEE.MD")).toBe("jordan lee");
		expect(linkKey("Notes/report.md.pdf")).toBe("report.md.pdf");
		expect(linkKey("Folder/.md")).toBe("");
		expect(linkKey("card.png")).toBe("card.png");
	});

	it("agrees with the plain definition for any text", () => {
		const definition = (linkpath: string) => (linkpath.split("/").pop() ?? "").replace(/\.md$/i, "").toLowerCase();
		const text = fc.string({ unit: fc.constantFrom("a", "M", "d", "D", ".", "/", "m", "é", " ") });
		fc.assert(
			fc.property(text, (linkpath) => {
				expect(linkKey(linkpath)).toBe(definition(linkpath));
			}),
		);
	});
});

describe("readLinkText", () => {
	it("reads the usual [[Name]] form and the spaced or embedded forms alike", () => {
		for (const value of ["[[Jordan Lee]]", "  [[Jordan Lee]] ", "![[Jordan Lee]]", "[[Jordan Lee|Jordan]]", "[[Jordan Lee#Notes]]"]) {
			expect(readLinkText(value)).toEqual({ ok: true, linkpath: "Jordan Lee", bracketed: true });
		}
	});

	it("does not take a stray closing bracket for part of the name", () => {
		expect(readLinkText("[[Jordan]] Lee]]")).toEqual({ ok: true, linkpath: "[[Jordan]] Lee]]", bracketed: false });
		expect(readLinkText("[[]]")).toMatchObject({ ok: false });
	});
});
