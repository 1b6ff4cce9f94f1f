import type * as obsidian from "obsidian";
import { findMarkdownLinks, findWikilinks } from "./links";
import { readFrontmatter } from "./yaml";

/** Offsets to Obsidian's line/column positions for one text. */
class Positions {
	private readonly lineStarts: number[] = [0];

	constructor(text: string) {
		for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
	}

	loc(offset: number): obsidian.Loc {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low, col: offset - (this.lineStarts[low] ?? 0), offset };
	}

	pos(start: number, end: number): obsidian.Pos {
		return { start: this.loc(start), end: this.loc(end) };
	}
}

/**
 * A link for every wikilink in a string property or list item, keyed the way Obsidian
 * keys them: `referred_by`, `referrals.1`, `nested.key`.
 */
export function frontmatterLinksOf(frontmatter: Record<string, unknown>): obsidian.FrontmatterLinkCache[] {
	const links: obsidian.FrontmatterLinkCache[] = [];
	const visit = (key: string, value: unknown): void => {
		if (typeof value === "string") {
			for (const found of findWikilinks(value)) links.push({ key, link: found.link, original: found.original, displayText: found.displayText });
		} else if (Array.isArray(value)) {
			value.forEach((item, i) => visit(`${key}.${i}`, item));
		} else if (typeof value === "object" && value !== null) {
			for (const [sub, item] of Object.entries(value)) visit(`${key}.${sub}`, item);
		}
	};
	for (const [key, value] of Object.entries(frontmatter)) visit(key, value);
	return links;
}

/** Blanks out inline code, keeping offsets, so that links inside it are not found. */
function withoutInlineCode(line: string): string {
	return line.replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length));
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;

/**
 * What Obsidian's metadata cache records for a note, for the parts a plugin commonly
 * reads: properties, their links, body links and embeds (outside code), headings.
 * Invalid YAML gives a cache without `frontmatter`, as in Obsidian.
 */
export function buildCache(content: string): obsidian.CachedMetadata {
	const cache: obsidian.CachedMetadata = {};
	const positions = new Positions(content);
	const parsed = readFrontmatter(content);
	let bodyStart = 0;
	if (parsed.info.exists) {
		cache.frontmatterPosition = positions.pos(0, parsed.info.to + 3);
		bodyStart = parsed.info.contentStart;
		if (parsed.ok && parsed.data) {
			cache.frontmatter = parsed.data;
			const links = frontmatterLinksOf(parsed.data);
			if (links.length > 0) cache.frontmatterLinks = links;
		}
	}

	const links: obsidian.LinkCache[] = [];
	const embeds: obsidian.EmbedCache[] = [];
	const headings: obsidian.HeadingCache[] = [];
	let fence: string | null = null;
	let offset = bodyStart;
	for (const line of content.slice(bodyStart).split("\n")) {
		const lineStart = offset;
		offset += line.length + 1;
		const fenceMatch = FENCE.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1] ?? "";
			if (fence === null) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const heading = HEADING.exec(line.replace(/\r$/, ""));
		if (heading) headings.push({ heading: heading[2] ?? "", level: heading[1]?.length ?? 1, position: positions.pos(lineStart, lineStart + line.length) });
		const searchable = withoutInlineCode(line);
		for (const found of [...findWikilinks(searchable), ...findMarkdownLinks(searchable)].sort((a, b) => a.index - b.index)) {
			const start = lineStart + found.index;
			const ref: obsidian.ReferenceCache = {
				link: found.link,
				original: found.original,
				displayText: found.displayText,
				position: positions.pos(start, start + found.original.length),
			};
			(found.embed ? embeds : links).push(ref);
		}
	}
	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (headings.length > 0) cache.headings = headings;
	return cache;
}
