import fc from "fast-check";

/*
 * Raw note texts as they may sit on disk: front matter blocks in YAML, in other languages
 * and in JavaScript (whose payload sets a global if it ever runs), broken YAML, YAML tags,
 * anchors, byte order marks, Windows line ends, blocks that never close, and any body.
 */

/** The global a JavaScript payload sets; it must stay undefined. */
export const PAYLOAD_GLOBAL = "__iiReliabilityPayloadRan";

export const PAYLOADS = [
	`{ type: (globalThis.${PAYLOAD_GLOBAL} = "object", "contact") }`,
	`globalThis.${PAYLOAD_GLOBAL} = "statement"; return { type: "contact" };`,
	`(function () { globalThis.${PAYLOAD_GLOBAL} = "function"; return {}; })()`,
	`require("node:fs").writeFileSync("pwned.md", "x")`,
];

/** Openers that name a language gray-matter would run as JavaScript. */
const JS_OPENERS = ["---js", "---javascript", "--- JS ", "---JavaScript", "---js\t"];
const OTHER_OPENERS = ["---", "---", "---", "---yaml", "--- yml", "---coffee", "---json", "---toml", "----", "--", "---constructor", "---__proto__"];

const YAML_LINES = [
	"type: contact",
	"type: interview",
	'contact: "[[Ana]]"',
	"referrals:\n  - \"[[Ana]]\"\n  - 42",
	"date: 2026-02-30",
	"date: 2026-11-24T24:00",
	"contacted: 2026-11-24",
	"name: Zoë 🙂",
	"status: done",
	"a: [unclosed",
	"- a list item",
	"anchor: &a [1, 2]\nalias: *a",
	"<<: {merged: 1}",
	"fn: !!js/function 'function () { globalThis.x = 1 }'",
	"undef: !!js/undefined ''",
	"re: !!js/regexp /x/",
	"bin: !!binary aGk=",
	"custom: !thing {a: 1}",
	"? complex key\n: value",
	"\ttab: indented",
	"a: b: c",
	"quote: 'unterminated",
	"type: contact\ntype: interview",
	"__proto__: {polluted: 1}",
	"constructor: {prototype: {polluted: 1}}",
	"big: 1e400",
	"nested: {a: {b: {c: [1, [2, [3]]]}}}",
	"---",
	"...",
];

const newline = fc.constantFrom("\n", "\r\n");

/** Text that may be anything, huge included. */
const anyText = fc.oneof(
	fc.string({ unit: "binary", maxLength: 60 }),
	fc.constantFrom("", "\u0000", "\uD800", "---\n", "# Heading\n\n---\n\nAfter a rule\n"),
	fc.integer({ min: 10_000, max: 200_000 }).map((n) => "y".repeat(n)),
);

export interface RawNote {
	readonly text: string;
	/** The block is JavaScript: the reader must refuse it. */
	readonly javascript: boolean;
}

export const rawNote: fc.Arbitrary<RawNote> = fc
	.record({
		bom: fc.boolean(),
		javascript: fc.boolean(),
		jsOpener: fc.constantFrom(...JS_OPENERS),
		opener: fc.constantFrom(...OTHER_OPENERS),
		payload: fc.constantFrom(...PAYLOADS),
		lines: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...YAML_LINES) }, { weight: 1, arbitrary: anyText }), { maxLength: 5 }),
		closer: fc.constantFrom("---", "---", "...", "---x", ""),
		body: anyText,
		eol: newline,
	})
	.map(({ bom, javascript, jsOpener, opener, payload, lines, closer, body, eol }) => {
		const block = javascript ? [payload] : lines;
		const head = [javascript ? jsOpener : opener, ...block, closer].join(eol);
		return { text: `${bom ? "\uFEFF" : ""}${head}${eol}${body}`, javascript };
	});

/** Note names, some awkward for file systems and links. */
export const NOTE_NAMES = ["N0.md", "Contacts/Ana.md", "Notes/Zoë #1 ^x [a] |b.md", "Notes/ leading space.md", "Notes/trailing dot..md", "Notes/new\nline.md", "日本/語.md"];
