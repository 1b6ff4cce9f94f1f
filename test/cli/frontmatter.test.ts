import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { readFrontmatter, SAFE_MATTER_OPTIONS, type FrontmatterResult } from "../../src/cli/frontmatter";

type Pwned = typeof globalThis & { __pwned?: unknown };

function properties(result: FrontmatterResult): Record<string, unknown> {
	if (!result.ok) throw new Error(`expected properties, got the problem: ${result.message}`);
	return result.frontmatter;
}

function problem(result: FrontmatterResult): string {
	if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.frontmatter)}`);
	return result.message;
}

describe("readFrontmatter", () => {
	afterEach(() => {
		delete (globalThis as Pwned).__pwned;
	});

	it("reads YAML properties and keeps dates as text, as Obsidian's cache does", () => {
		const fm = properties(readFrontmatter("---\ntype: contact\ncontacted: 2026-11-24\ndate: 2026-11-24T15:00\nreferred_by: \"[[Jordan Lee]]\"\n---\n# Body"));
		expect(fm).toEqual({ type: "contact", contacted: "2026-11-24", date: "2026-11-24T15:00", referred_by: "[[Jordan Lee]]" });
	});

	it.each([
		["no front matter", "# Just a note\n"],
		["an empty file", ""],
		["an empty block", "---\n---\nbody"],
		["only comments", "---\n# nothing yet\n---\n"],
		["a null document", "---\n~\n---\n"],
		["a horizontal rule with no closing line", "---\nSome text under a rule\n"],
		["four dashes", "----\ntype: contact\n----\n"],
		["a lone delimiter", "---"],
	])("gives no properties for %s", (_, text) => {
		expect(properties(readFrontmatter(text))).toEqual({});
	});

	it("accepts a byte order mark and Windows line ends", () => {
		expect(properties(readFrontmatter("\uFEFF---\r\ntype: contact\r\nname: Ana\r\n---\r\nbody"))).toEqual({ type: "contact", name: "Ana" });
	});

	it("accepts a block that names YAML", () => {
		expect(properties(readFrontmatter("---yaml\ntype: contact\n---\n"))).toEqual({ type: "contact" });
		expect(properties(readFrontmatter("--- yml\ntype: contact\n---\n"))).toEqual({ type: "contact" });
	});

	it.each(["js", "javascript", " JS ", "JavaScript"])("never runs a ---%s block, and says why", (language) => {
		const text = `---${language}\n{ type: (globalThis.__pwned = "yes", "contact") }\n---\n`;
		expect(problem(readFrontmatter(text))).toBe("front matter in JavaScript is not read, for safety; use YAML");
		expect((globalThis as Pwned).__pwned).toBeUndefined();
	});

	it("never runs JavaScript written as a function body either", () => {
		const text = "---js\nglobalThis.__pwned = 1; return { type: 'contact' };\n---\n";
		expect(problem(readFrontmatter(text))).toMatch(/JavaScript is not read, for safety/);
		expect((globalThis as Pwned).__pwned).toBeUndefined();
	});

	it.each(["js", "javascript", "JS", "coffee", "coffeescript", "cson", "json"])(
		"gives gray-matter an engine for %s that refuses, should the check before it ever be bypassed",
		(language) => {
			const text = `---${language}\n{ type: (globalThis.__pwned = "yes", "contact") }\n---\n`;
			expect(() => matter(text, SAFE_MATTER_OPTIONS)).toThrow(/is not read, for safety; use YAML/);
			expect((globalThis as Pwned).__pwned).toBeUndefined();
		},
	);

	it("refuses CoffeeScript too", () => {
		expect(problem(readFrontmatter("---coffee\ntype: 'contact'\n---\n"))).toBe("front matter in CoffeeScript is not read, for safety; use YAML");
	});

	it.each(["toml", "json", "constructor", "__proto__", "toString"])("reports a block in %s instead of reading it", (language) => {
		expect(problem(readFrontmatter(`---${language}\n{"type": "contact"}\n---\n`))).toBe(`front matter in "${language.toLowerCase()}" is not read; use YAML`);
	});

	it("reports malformed YAML with its line in the note", () => {
		const message = problem(readFrontmatter("---\ntype: contact\nname: Ana\n  role: [unclosed\n---\n"));
		expect(message).toMatch(/^front matter is not valid YAML \(line 4: /);
	});

	it("reports a duplicated key", () => {
		expect(problem(readFrontmatter("---\ntype: contact\ntype: interview\n---\n"))).toMatch(/line 3: duplicated mapping key/);
	});

	it("does not build anything from YAML tags", () => {
		const text = "---\ntype: !!js/function 'function () { globalThis.__pwned = 1 }'\n---\n";
		expect(problem(readFrontmatter(text))).toMatch(/not valid YAML .*unknown tag/);
		expect((globalThis as Pwned).__pwned).toBeUndefined();
	});

	it.each([
		["a list", "---\n- type: contact\n---\n", "a list of 1"],
		["a scalar", "---\njust words\n---\n", '"just words"'],
		["a number", "---\n42\n---\n", "42"],
	])("reports front matter that is %s", (_, text, described) => {
		expect(problem(readFrontmatter(text))).toBe(`front matter must be properties (key: value lines), not ${described}`);
	});

	it("keeps a __proto__ key as plain data", () => {
		const fm = properties(readFrontmatter("---\n__proto__: {polluted: true}\ntype: contact\n---\n"));
		expect(fm.type).toBe("contact");
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it("never fills gray-matter's content cache", () => {
		const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
		for (let i = 0; i < 3; i++) readFrontmatter("---\ntype: contact\n---\nbody");
		expect(Object.keys(cache)).toEqual([]);
	});

	it("reads the block of a huge note without looking at the body", () => {
		const body = "All work and no play. ".repeat(500_000);
		expect(properties(readFrontmatter(`---\ntype: contact\n---\n${body}`))).toEqual({ type: "contact" });
	});
});
