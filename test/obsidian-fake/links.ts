/** Link text as Obsidian splits it: `Jordan Lee#Career path` → path and `#Career path`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** The part of link text that names a file. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

/** One `[[...]]` or `[...](...)` found in text. */
export interface FoundLink {
	readonly embed: boolean;
	/** Where the name is: `Jordan Lee#Heading`, without the alias. */
	readonly link: string;
	readonly original: string;
	readonly displayText: string;
	/** Offset of `original` within the searched text. */
	readonly index: number;
}

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^[\]\n]*)\]\(([^()\n]+)\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Wikilinks in a piece of text; `[[Name|Alias]]` has the link `Name` and shows `Alias`. */
export function findWikilinks(text: string): FoundLink[] {
	const found: FoundLink[] = [];
	for (const match of text.matchAll(WIKILINK)) {
		const inner = match[2] ?? "";
		const pipe = inner.indexOf("|");
		const link = (pipe >= 0 ? inner.slice(0, pipe) : inner).trim();
		const displayText = pipe >= 0 ? inner.slice(pipe + 1) : inner;
		found.push({ embed: match[1] === "!", link, original: match[0], displayText, index: match.index });
	}
	return found;
}

/** Markdown links to notes (web addresses and in-page anchors are not links between notes). */
export function findMarkdownLinks(text: string): FoundLink[] {
	const found: FoundLink[] = [];
	for (const match of text.matchAll(MARKDOWN_LINK)) {
		let target = (match[3] ?? "").trim();
		if (target.startsWith("<") && target.endsWith(">")) target = target.slice(1, -1);
		if (target === "" || target.startsWith("#") || URL_SCHEME.test(target)) continue;
		let link = target;
		try {
			link = decodeURI(target);
		} catch {
			// A stray % stays as written, as Obsidian leaves it.
		}
		found.push({ embed: match[1] === "!", link, original: match[0], displayText: match[2] ?? "", index: match.index });
	}
	return found;
}
