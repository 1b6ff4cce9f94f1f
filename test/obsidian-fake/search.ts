import type * as obsidian from "obsidian";

/** Merges adjacent matched characters into ranges. */
function ranges(indices: number[]): obsidian.SearchMatches {
	const result: obsidian.SearchMatches = [];
	for (const index of indices) {
		const last = result[result.length - 1];
		if (last && last[1] === index) last[1] = index + 1;
		else result.push([index, index + 1]);
	}
	return result;
}

/**
 * Obsidian's fuzzy search, simplified: every character of the query must appear in
 * order (ignoring case and spaces). Scores are zero or below, higher is better: compact
 * matches that start early win.
 */
export function prepareFuzzySearch(query: string): (text: string) => obsidian.SearchResult | null {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		if (wanted === "") return { score: 0, matches: [] };
		const lower = text.toLowerCase();
		const indices: number[] = [];
		let from = 0;
		for (const char of wanted) {
			const found = lower.indexOf(char, from);
			if (found < 0) return null;
			indices.push(found);
			from = found + 1;
		}
		const first = indices[0] ?? 0;
		const last = indices[indices.length - 1] ?? 0;
		const gaps = last - first + 1 - indices.length;
		return { score: -(gaps + first / 100), matches: ranges(indices) };
	};
}

/** Obsidian's simple search: every word of the query appears somewhere (ignoring case). */
export function prepareSimpleSearch(query: string): (text: string) => obsidian.SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
	return (text) => {
		const lower = text.toLowerCase();
		const matches: obsidian.SearchMatches = [];
		for (const word of words) {
			const found = lower.indexOf(word);
			if (found < 0) return null;
			matches.push([found, found + word.length]);
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score: -(matches[0]?.[0] ?? 0), matches };
	};
}

/**
 * Writes `text` into `el` with matched ranges in `span.suggestion-highlight`. `offset` is
 * added to every range, and ranges are clipped to `text`, as in Obsidian: a negative offset
 * renders the part of a longer searched text that starts at `-offset`.
 */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: obsidian.SearchMatches | null, offset = 0): void {
	let at = 0;
	for (const [start, end] of matches ?? []) {
		const from = Math.max(start + offset, at);
		const to = Math.min(end + offset, text.length);
		if (to <= from) continue;
		if (from > at) el.appendText(text.slice(at, from));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(from, to) });
		at = to;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

export function renderResults(el: HTMLElement, text: string, result: obsidian.SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}
