/**
 * Writes the frontmatter of new notes. Every value goes through here, so a typed name
 * such as `Lee\nstatus: closed` or `"]]` stays one string and cannot add keys or break
 * the block. Plain scalars are used only where YAML cannot read them as anything else,
 * to keep the notes looking like the ones Obsidian writes.
 */
export type YamlValue =
	| { readonly kind: "text"; readonly text: string }
	/** An ISO date or date-time from the record contract, written unquoted. */
	| { readonly kind: "date"; readonly iso: string }
	| { readonly kind: "number"; readonly value: number }
	| { readonly kind: "boolean"; readonly value: boolean }
	| { readonly kind: "list"; readonly items: readonly string[] };

const SAFE_PLAIN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,'&()+_-]*$/u;
/**
 * Plain scalars that a YAML reader resolves to something other than a string, under the
 * YAML 1.2 core schema (Obsidian, js-yaml) or YAML 1.1 (PyYAML, older tools reading the
 * same vault): the union of both specs' resolvers, case-insensitive, as over-quoting costs
 * nothing. Written from the specs' tag regexps, not from examples.
 */
const NOT_A_STRING: readonly RegExp[] = [
	/^(?:y|yes|n|no|true|false|on|off)$/i, // bool (1.1 and 1.2)
	/^(?:~|null)?$/i, // null
	/^[-+]?0b[01_]+$/i, // 1.1 binary int
	/^[-+]?0o?[0-7_]+$/i, // 1.1 octal (0755), 1.2 octal (0o755)
	/^[-+]?0x[\da-f_]+$/i, // hex int
	/^[-+]?(?:\d[\d_]*)?(?:\.[\d_]*)?(?:e[-+]?\d+)?$/i, // decimal int and float, with 1.1's `_`
	/^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/, // 1.1 base 60 (1:20, 190:20:30.15)
	/^[-+]?\.(?:inf|nan)$/i, // infinity, not-a-number
	/^\d{4}-\d{1,2}-\d{1,2}/, // 1.1 timestamp, and the dates Obsidian shows as dates
	/^(?:=|<<)$/, // 1.1 value and merge keys
];
const ISO_WHEN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;
const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** One string as a YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlString(text: string): string {
	const plain = SAFE_PLAIN.test(text) && !/\s$/.test(text) && !NOT_A_STRING.some((pattern) => pattern.test(text));
	return plain ? text : JSON.stringify(text);
}

/**
 * A quoted wikilink, as the record contract asks (`"[[Jordan Lee]]"`). Brackets, pipes
 * and line breaks cannot be part of a link target, so they are removed rather than
 * allowed to end the link early.
 */
export function yamlLink(linktext: string): YamlValue {
	const target = linktext.replace(/[[\]|\r\n]+/g, " ").replace(/\s+/g, " ").trim();
	return { kind: "text", text: `[[${target}]]` };
}

export function yamlKey(key: string): string {
	return SAFE_KEY.test(key) ? key : JSON.stringify(key);
}

function scalar(value: YamlValue): string {
	switch (value.kind) {
		case "text":
			return yamlString(value.text);
		case "date":
			// Anything that is not the contract's shape is written as text, never raw.
			return ISO_WHEN.test(value.iso) ? value.iso : JSON.stringify(value.iso);
		case "number":
			return Number.isFinite(value.value) ? String(value.value) : "null";
		case "boolean":
			return value.value ? "true" : "false";
		case "list":
			return value.items.length === 0 ? "[]" : "";
	}
}

/** A complete `---` block; later entries with the same key are dropped rather than written twice. */
export function frontmatterBlock(entries: readonly (readonly [string, YamlValue])[]): string {
	const out: string[] = ["---"];
	const seen = new Set<string>();
	for (const [key, value] of entries) {
		if (seen.has(key)) continue;
		seen.add(key);
		const head = `${yamlKey(key)}:`;
		if (value.kind === "list" && value.items.length > 0) {
			out.push(head, ...value.items.map((item) => `  - ${yamlString(item)}`));
		} else {
			out.push(`${head} ${scalar(value)}`);
		}
	}
	out.push("---");
	return `${out.join("\n")}\n`;
}

export const text = (value: string): YamlValue => ({ kind: "text", text: value });
export const date = (iso: string): YamlValue => ({ kind: "date", iso });
export const num = (value: number): YamlValue => ({ kind: "number", value });
export const bool = (value: boolean): YamlValue => ({ kind: "boolean", value });
export const list = (items: readonly string[]): YamlValue => ({ kind: "list", items });
