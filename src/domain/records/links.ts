import { describeValue } from "./problems";

/** What a link property points at, before and after resolution. */
export interface LinkRef {
	/** The value as written, e.g. `[[Jordan Lee|Jordan]]`. */
	readonly raw: string;
	/** The part Obsidian resolves: no brackets, alias, heading or block reference. */
	readonly linkpath: string;
	/** The note it resolves to (vault path), or null when no such note exists. */
	readonly path: string | null;
}

export type LinkResolver = (linkpath: string, sourcePath: string) => string | null;

const WIKILINK = /^\s*!?\[\[([^\]]*)\]\]\s*$/;
const MARKDOWN_LINK = /^\s*\[[^\]]*\]\(([^)]*)\)\s*$/;

export type LinkText =
	| { ok: true; linkpath: string; bracketed: boolean }
	| { ok: false; message: string };

/** Strips `|alias`, `#heading` and `#^block` from the inside of a link. */
export function linkpathOf(inner: string): string {
	let text = inner;
	const pipe = text.indexOf("|");
	if (pipe >= 0) text = text.slice(0, pipe);
	const hash = text.indexOf("#");
	if (hash >= 0) text = text.slice(0, hash);
	return text.trim();
}

/** The inside of `[[…]]` written without spaces or `!` around it, the usual form, found without a regular expression. */
function plainWikilink(value: string): string | undefined {
	if (!value.startsWith("[[") || !value.endsWith("]]") || value.length < 4) return undefined;
	const inner = value.slice(2, -2);
	return inner.includes("]") ? undefined : inner;
}

/**
 * Reads a link property value. `[[Name]]`, `[[Name|alias]]`, `[[Name#heading]]` and
 * `[text](Name.md)` are links; bare text is accepted as a note name but reported by the
 * caller, since Obsidian neither tracks nor renames it.
 */
export function readLinkText(value: unknown): LinkText {
	if (typeof value !== "string") return { ok: false, message: `expected a link like "[[Jordan Lee]]", got ${describeValue(value)}` };
	const wiki = plainWikilink(value) ?? WIKILINK.exec(value)?.[1];
	if (wiki !== undefined) {
		const linkpath = linkpathOf(wiki);
		return linkpath === "" ? { ok: false, message: `${describeValue(value)} is an empty link` } : { ok: true, linkpath, bracketed: true };
	}
	const md = MARKDOWN_LINK.exec(value);
	if (md) {
		let target = (md[1] ?? "").trim();
		try {
			target = decodeURI(target);
		} catch {
			// keep the encoded form; resolution will then report it missing
		}
		const linkpath = linkpathOf(target);
		return linkpath === "" ? { ok: false, message: `${describeValue(value)} is an empty link` } : { ok: true, linkpath, bracketed: true };
	}
	const linkpath = linkpathOf(value);
	if (linkpath === "") return { ok: false, message: "is empty" };
	return { ok: true, linkpath, bracketed: false };
}

/** The file name part of a linkpath, lower-cased and without `.md`: the key links are matched on. */
export function linkKey(linkpath: string): string {
	const start = linkpath.lastIndexOf("/") + 1;
	let end = linkpath.length;
	// A case-insensitive ".md" ending, tested by character code: this runs for every link of every note.
	if (end - start >= 3 && linkpath.charCodeAt(end - 3) === 46 && (linkpath.charCodeAt(end - 2) | 32) === 109 && (linkpath.charCodeAt(end - 1) | 32) === 100) end -= 3;
	return linkpath.slice(start, end).toLowerCase();
}

/** Vault path → the note's name as shown (`Contacts/Jordan Lee.md` → `Jordan Lee`). */
export function basenameOf(path: string): string {
	const slash = path.lastIndexOf("/");
	const name = slash >= 0 ? path.slice(slash + 1) : path;
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}
