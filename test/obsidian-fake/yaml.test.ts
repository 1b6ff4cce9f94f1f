import { describe, expect, it } from "vitest";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "./index";

describe("getFrontMatterInfo", () => {
	it("bounds the YAML between the fences and points past the closing line", () => {
		const text = "---\ntype: contact\n---\n# Body\n";
		const info = getFrontMatterInfo(text);
		expect(info).toEqual({ exists: true, frontmatter: "type: contact\n", from: 4, to: 18, contentStart: 22 });
		expect(text.slice(info.contentStart)).toBe("# Body\n");
	});

	it("accepts an empty block and a closing fence at the end of the text", () => {
		expect(getFrontMatterInfo("---\n---\nbody")).toMatchObject({ exists: true, frontmatter: "", contentStart: 8 });
		expect(getFrontMatterInfo("---\na: 1\n---")).toMatchObject({ exists: true, frontmatter: "a: 1\n", contentStart: 12 });
	});

	it("handles CRLF line ends", () => {
		const text = "---\r\na: 1\r\n---\r\nbody";
		const info = getFrontMatterInfo(text);
		expect(info.exists).toBe(true);
		expect(text.slice(info.contentStart)).toBe("body");
	});

	it("finds no block unless the very first line is the fence and a later line closes it", () => {
		for (const text of ["\n---\na: 1\n---\n", "# Title\n---\na: 1\n---\n", "---\na: 1\n", "---\na: b---\n"]) {
			expect(getFrontMatterInfo(text)).toEqual({ exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 });
		}
	});

	it("ignores `---` inside a line", () => {
		const info = getFrontMatterInfo("---\na: x---\nb: 2\n---\nbody");
		expect(info.frontmatter).toBe("a: x---\nb: 2\n");
	});
});

describe("parseYaml and stringifyYaml", () => {
	it("keeps dates and yes/no as strings, like Obsidian's metadata cache", () => {
		expect(parseYaml("date: 2026-11-24\nwhen: 2026-11-24T15:00\nok: yes\nn: 3\nb: true\ne:")).toEqual({
			date: "2026-11-24",
			when: "2026-11-24T15:00",
			ok: "yes",
			n: 3,
			b: true,
			e: null,
		});
	});

	it("returns null for an empty document and throws on duplicate keys", () => {
		expect(parseYaml("")).toBeNull();
		expect(() => parseYaml("a: 1\na: 2")).toThrow();
	});

	it("writes links in double quotes and round-trips values", () => {
		const value = { contact: "[[Jordan Lee]]", referrals: ["[[A]]", "[[B|b]]"], date: "2026-11-24", count: 3, note: "a: b", empty: null };
		const text = stringifyYaml(value);
		expect(text).toContain('contact: "[[Jordan Lee]]"\n');
		expect(text).toContain('  - "[[B|b]]"\n');
		expect(text).toContain("date: 2026-11-24\n");
		expect(parseYaml(text)).toEqual(value);
	});
});
