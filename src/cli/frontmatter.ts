import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { describeValue } from "../domain/records/problems";

export type FrontmatterResult =
	| { readonly ok: true; readonly frontmatter: Record<string, unknown> }
	| { readonly ok: false; readonly message: string };

/**
 * What the YAML engine hands back to gray-matter. Boxed because gray-matter turns a
 * null result into `{}` and its types claim an object: the box keeps exactly what the
 * YAML said, so that a list or a scalar can be reported instead of slipping through.
 */
class ParsedYaml {
	constructor(readonly value: unknown) {}
}

/** Thrown by the engines that would run code; never caught by gray-matter. */
class RefusedLanguage extends Error {}

/**
 * CORE_SCHEMA: `2026-11-24` stays a string, as in Obsidian's metadata cache, and no
 * YAML tag can build anything but plain data.
 */
function parseYaml(text: string): ParsedYaml {
	return new ParsedYaml(load(text, { schema: CORE_SCHEMA }));
}

function codeRefusal(language: string): string {
	return `front matter in ${language} is not read, for safety; use YAML`;
}

function refuse(language: string): () => never {
	return () => {
		throw new RefusedLanguage(codeRefusal(language));
	};
}

/**
 * Passed on every call. Options also switch off gray-matter's content cache (it caches
 * only calls without options), which would otherwise keep every note of the vault in
 * memory. The engines replace gray-matter's own: its `javascript` engine calls `eval`,
 * and its YAML engine is an older js-yaml with the default schema.
 */
export const SAFE_MATTER_OPTIONS = Object.freeze({
	language: "yaml",
	engines: Object.freeze({
		yaml: parseYaml,
		yml: parseYaml,
		json: refuse("JSON"),
		js: refuse("JavaScript"),
		javascript: refuse("JavaScript"),
		coffee: refuse("CoffeeScript"),
		coffeescript: refuse("CoffeeScript"),
		cson: refuse("CoffeeScript"),
	}),
});

/** Languages gray-matter would run as code, by the name written after the opening `---`. */
const CODE_LANGUAGES: ReadonlyMap<string, string> = new Map([
	["js", "JavaScript"],
	["javascript", "JavaScript"],
	["coffee", "CoffeeScript"],
	["coffeescript", "CoffeeScript"],
	["cson", "CoffeeScript"],
]);

const YAML_LANGUAGES: ReadonlySet<string> = new Set(["", "yaml", "yml"]);

const OPEN = "---";
const CLOSE = "\n---";
const BYTE_ORDER_MARK = 0xfeff;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== "object" || value === null) return false;
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

function yamlErrorMessage(error: YAMLException): string {
	// The text given to the engine starts right after the opening `---`, on the note's
	// first line, so js-yaml's zero-based line is the note's one-based line.
	const line = error.mark ? `line ${error.mark.line + 1}: ` : "";
	return `front matter is not valid YAML (${line}${error.reason})`;
}

/**
 * Reads the properties of one note from its text, as Obsidian would see them: the block
 * between a first line `---` and the next line starting with `---`. A note without that
 * block has no properties. Never throws and never runs anything: a block in JavaScript,
 * CoffeeScript or any language but YAML is refused before gray-matter sees it, and the
 * engines above refuse it again should that check ever be bypassed.
 */
export function readFrontmatter(noteText: string): FrontmatterResult {
	const text = noteText.charCodeAt(0) === BYTE_ORDER_MARK ? noteText.slice(1) : noteText;
	// `----` is a horizontal rule, not a delimiter (gray-matter agrees).
	if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === "-") return { ok: true, frontmatter: {} };

	const firstLineEnd = text.indexOf("\n");
	const language = (firstLineEnd < 0 ? text.slice(OPEN.length) : text.slice(OPEN.length, firstLineEnd)).trim().toLowerCase();
	const codeLanguage = CODE_LANGUAGES.get(language);
	if (codeLanguage !== undefined) return { ok: false, message: codeRefusal(codeLanguage) };
	if (!YAML_LANGUAGES.has(language)) return { ok: false, message: `front matter in ${describeValue(language)} is not read; use YAML` };

	// Without a closing line Obsidian sees no properties (gray-matter would read the whole note).
	const close = firstLineEnd < 0 ? -1 : text.indexOf(CLOSE, firstLineEnd);
	if (close < 0) return { ok: true, frontmatter: {} };

	try {
		// Only the block goes to gray-matter: the body is never looked at, however large.
		const data: unknown = matter(text.slice(0, close + CLOSE.length), SAFE_MATTER_OPTIONS).data;
		// gray-matter returns a plain `{}` without calling the engine when the block is empty.
		const value = data instanceof ParsedYaml ? data.value : data;
		if (value === null || value === undefined) return { ok: true, frontmatter: {} };
		if (!isPlainObject(value)) {
			return { ok: false, message: `front matter must be properties (key: value lines), not ${describeValue(value)}` };
		}
		return { ok: true, frontmatter: value };
	} catch (error) {
		if (error instanceof YAMLException) return { ok: false, message: yamlErrorMessage(error) };
		if (error instanceof RefusedLanguage) return { ok: false, message: error.message };
		return { ok: false, message: `front matter could not be read (${error instanceof Error ? error.message : String(error)})` };
	}
}
