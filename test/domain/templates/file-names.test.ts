import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	cleanFolder,
	distinctName,
	findDuplicate,
	interviewNoteName,
	MAX_NAME_BYTES,
	notePathIn,
	sanitizeFileName,
} from "../../../src/domain/templates/file-names";

describe("sanitizeFileName", () => {
	it.each([
		["Jordan Lee", "Jordan Lee"],
		['a\\b/c:d*e?f"g<h>i|j#k^l[m]n', "a b c d e f g h i j k l m n"],
		["../../x", "x"],
		["/etc/passwd", "etc passwd"],
		["C:\\Windows\\evil", "C Windows evil"],
		[".hidden", "hidden"],
		["...dots", "dots"],
		["trailing. . .", "trailing"],
		["  spaced   out  ", "spaced out"],
		["line\nbreak\ttab\u0000nul", "line break tab nul"],
		["李明", "李明"],
		["Zoë Ångström", "Zoë Ångström"],
		["Иван Петров", "Иван Петров"],
		["محمد علي", "محمد علي"],
		["AT&T (R&D) — O'Brien", "AT&T (R&D) — O'Brien"],
		// Bidi controls and zero-width characters would make a name look like another.
		["Invoice \u202Etxt.exe", "Invoice txt.exe"],
		["\u2066Jordan\u2069 \u2067Lee\u2068", "Jordan Lee"],
		["Jor\u200Bdan\u200D Le\uFEFFe\u2060", "Jordan Lee"],
		// Windows device names, with an extension too, superscript digits and the console's.
		["con", "con_"],
		["con.txt", "con_.txt"],
		["NUL.md", "NUL_.md"],
		["COM¹", "COM¹_"],
		["lpt³.tar.gz", "lpt³_.tar.gz"],
		["CONIN$", "CONIN$_"],
		["conout$.log", "conout$_.log"],
		["Connie", "Connie"],
		["con txt", "con txt"],
	])("%j → %j", (input, output) => {
		expect(sanitizeFileName(input)).toBe(output);
	});

	it("falls back when nothing is left", () => {
		expect(sanitizeFileName("../..", "Untitled contact")).toBe("Untitled contact");
		expect(sanitizeFileName("  ")).toBe("Untitled");
	});

	it("composes decomposed accents so names match what the file system returns", () => {
		expect(sanitizeFileName("E\u0301milie")).toBe("\u00c9milie");
	});

	it("caps the length in bytes without splitting a character", () => {
		const long = sanitizeFileName("名".repeat(500));
		expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(long).toBe("名".repeat(60));
		expect(sanitizeFileName("😀".repeat(100))).toBe("😀".repeat(45));
	});

	it("never returns a forbidden character, a leading dot or a trailing dot or space", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
				const name = sanitizeFileName(input);
				expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\n\r\t]/);
				expect(name).not.toMatch(/^[.\s]|[.\s]$/);
				expect(name.length).toBeGreaterThan(0);
				expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("notePathIn", () => {
	it("puts the note directly in the folder", () => {
		expect(notePathIn("Contacts", "Jordan Lee")).toBe("Contacts/Jordan Lee.md");
		expect(notePathIn("Career/Contacts/", "Jordan Lee")).toBe("Career/Contacts/Jordan Lee.md");
		expect(notePathIn("", "Jordan Lee")).toBe("Jordan Lee.md");
	});

	it.each(["../../x", "/abs/path", "..\\..\\x", "Contacts/../../x", "./x", "~/x", "x/.."])("keeps %j inside the folder", (typed) => {
		const path = notePathIn("Contacts", typed);
		expect(path.startsWith("Contacts/")).toBe(true);
		expect(path.slice("Contacts/".length)).not.toContain("/");
		expect(path).not.toMatch(/(^|\/)\.\.?(\/|$)/);
	});

	it("makes every folder segment one that Windows, macOS and Android can hold", () => {
		expect(cleanFolder("Contacts:2026/Work*In?Progress")).toBe("Contacts 2026/Work In Progress");
		expect(cleanFolder("People/\u202Eelif/con.d/NUL")).toBe("People/elif/con_.d/NUL_");
		expect(notePathIn("C:/x", "A")).toBe("C/x/A.md");
	});

	it("cleans a folder setting that tries to climb out", () => {
		expect(cleanFolder("../Contacts/./x/")).toBe("Contacts/x");
		expect(cleanFolder("\\a\\b")).toBe("a/b");
		expect(cleanFolder("/")).toBe("");
	});

	it("stays inside any folder whatever is typed", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (typed) => {
				const path = notePathIn("People/Contacts", typed);
				expect(path).toMatch(/^People\/Contacts\/[^/]+\.md$/);
			}),
		);
	});
});

describe("duplicates", () => {
	const contacts = [
		{ path: "Contacts/Jordan Lee.md", name: "Jordan Lee" },
		{ path: "Contacts/P Nair.md", name: "Priya Nair" },
	];
	const names = (c: { path: string; name: string }) => [c.name, c.path.replace(/^.*\//, "").replace(/\.md$/, "")];

	it("finds a contact by name or file name, ignoring case and spacing", () => {
		expect(findDuplicate("jordan  LEE", contacts, names)?.path).toBe("Contacts/Jordan Lee.md");
		expect(findDuplicate("priya nair", contacts, names)?.path).toBe("Contacts/P Nair.md");
		expect(findDuplicate("p nair", contacts, names)?.path).toBe("Contacts/P Nair.md");
		expect(findDuplicate("Alex Kim", contacts, names)).toBeUndefined();
	});

	it("gives a distinct name when one is taken", () => {
		const taken = new Set(["jordan lee", "jordan lee 2"]);
		const isTaken = (n: string) => taken.has(n.toLowerCase());
		expect(distinctName("Jordan Lee", isTaken)).toBe("Jordan Lee 3");
		expect(distinctName("Alex Kim", isTaken)).toBe("Alex Kim");
	});

	it("keeps a distinct long name within the cap", () => {
		const long = "a".repeat(MAX_NAME_BYTES);
		const name = distinctName(long, (n) => n === long);
		expect(name).toBe(`${"a".repeat(MAX_NAME_BYTES - 2)} 2`);
	});
});

describe("interviewNoteName", () => {
	it("is the date and the contact's name", () => {
		expect(interviewNoteName("2026-11-24", "Jordan Lee")).toBe("2026-11-24 Jordan Lee");
		expect(interviewNoteName("2026-11-24", "../../Eve: #1")).toBe("2026-11-24 .. .. Eve 1");
	});
});
