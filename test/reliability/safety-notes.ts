import fc from "fast-check";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "../obsidian-fake";

/*
 * Notes to write into: properties the plugin knows nothing about (nested, listed, typed,
 * oddly named) and bodies whose every byte must survive (Windows line ends, rules that
 * look like a properties fence, no final line break, control characters, a long text).
 */

/** A property value that survives a YAML round trip unchanged (no -0, NaN or Infinity). */
const plainValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		fc.string({ unit: "grapheme", maxLength: 20 }),
		fc.constantFrom("2026-11-24", "true", "null", "a: b # not a comment", "[[Ana]]", "line one\nline two", "  padded  ", "---"),
		fc.integer(),
		fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
		fc.boolean(),
		fc.constant(null),
		fc.array(tie("value"), { maxLength: 3 }),
		fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie("value"), { maxKeys: 3 }),
	),
})).value;

/** Keys no rule reads; a write must leave them and their values exactly as they were. */
export const unknownProperties: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
	fc.oneof(fc.constantFrom("tags", "aliases", "rating", "Custom Key", "ключ", "😀", "cssclasses", "Type"), fc.string({ minLength: 1, maxLength: 8 })),
	plainValue,
	{ maxKeys: 4 },
);

/** A body; the parts are joined as they are, so line ends and fences meet in every way. */
export const body: fc.Arbitrary<string> = fc
	.array(
		fc.oneof(
			fc.string({ unit: "binary", maxLength: 30 }),
			fc.constantFrom("\r\n", "\n", "\r", "---\n", "---", "\n---\nrule\n---\n", "# Heading\n", "  trailing  \t\n", "\u0000", "🙂", "```yaml\nkey: value\n```\n", "[[Ana]]"),
			fc.integer({ min: 1_000, max: 30_000 }).map((n) => "z".repeat(n)),
		),
		{ maxLength: 6 },
	)
	.map((parts) => parts.join(""));

/** A note's text with these properties (as Obsidian writes them) and this body. */
export function noteText(properties: Record<string, unknown>, text: string): string {
	return `---\n${stringifyYaml(properties)}---\n${text}`;
}

/** A note split as Obsidian splits it: its properties and everything after the closing fence. */
export function split(text: string): { properties: Record<string, unknown>; body: string } {
	const info = getFrontMatterInfo(text);
	if (!info.exists) return { properties: {}, body: text };
	const parsed = parseYaml(info.frontmatter);
	const properties = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
	return { properties, body: text.slice(info.contentStart) };
}

/** The properties named, and only those, from an object. */
export function pick(properties: Record<string, unknown>, keys: Iterable<string>): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const key of keys) if (Object.prototype.hasOwnProperty.call(properties, key)) result[key] = properties[key];
	return result;
}
