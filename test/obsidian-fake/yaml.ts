import type * as obsidian from "obsidian";
import { CORE_SCHEMA, dump, load } from "js-yaml";

/**
 * YAML as Obsidian reads it: the YAML 1.2 core schema, so dates stay strings
 * (`2026-11-24`), `yes` is text and duplicate keys are an error. Obsidian returns null
 * for an empty document; js-yaml says undefined.
 */
export function parseYaml(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA }) ?? null;
}

/**
 * YAML as Obsidian writes it: block style, no line folding, double quotes where quotes
 * are needed (`"[[Jordan Lee]]"`), empty values for null, no anchors.
 */
export function stringifyYaml(obj: unknown): string {
	return dump(obj, {
		schema: CORE_SCHEMA,
		lineWidth: -1,
		noRefs: true,
		noCompatMode: true,
		quotingType: '"',
		styles: { "!!null": "empty" },
	});
}

const OPENING = /^---\r?\n/;
const CLOSING = /---(\r?\n|$)/g;

/**
 * Obsidian's `getFrontMatterInfo`: a block opens with `---` on the very first line and
 * closes with the next line that starts with `---` followed by a line break or the end of
 * the text. `frontmatter` is the text between (with its final line break), `from`/`to`
 * bound it, and `contentStart` is just past the closing line.
 */
export function getFrontMatterInfo(content: string): obsidian.FrontMatterInfo {
	const none: obsidian.FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const opening = OPENING.exec(content);
	if (!opening) return none;
	const from = opening[0].length;
	CLOSING.lastIndex = from;
	for (let match = CLOSING.exec(content); match; match = CLOSING.exec(content)) {
		if (match.index === from || content[match.index - 1] === "\n") {
			return { exists: true, frontmatter: content.slice(from, match.index), from, to: match.index, contentStart: CLOSING.lastIndex };
		}
		// `a---` inside a line is not a closing fence; keep looking from the next character.
		CLOSING.lastIndex = match.index + 1;
	}
	return none;
}

export type ParsedFrontmatter =
	| { readonly ok: true; readonly info: obsidian.FrontMatterInfo; readonly data: Record<string, unknown> | null }
	| { readonly ok: false; readonly info: obsidian.FrontMatterInfo; readonly error: Error };

function isMapping(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A note's properties: null when it has no block (or an empty one), an error when the
 * block is not valid YAML or not a mapping of keys to values.
 */
export function readFrontmatter(content: string): ParsedFrontmatter {
	const info = getFrontMatterInfo(content);
	if (!info.exists) return { ok: true, info, data: null };
	let value: unknown;
	try {
		value = parseYaml(info.frontmatter);
	} catch (error) {
		return { ok: false, info, error: error instanceof Error ? error : new Error(String(error)) };
	}
	if (value === null) return { ok: true, info, data: null };
	if (!isMapping(value)) return { ok: false, info, error: new Error("The properties block is not a list of key: value pairs.") };
	return { ok: true, info, data: value };
}
