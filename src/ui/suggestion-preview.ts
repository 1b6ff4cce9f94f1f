import { renderMatches, type SearchMatches } from "obsidian";

/** The lines a preview shows: the text as inserted, without its blank lines, so that it starts with what matters. */
export function previewLines(text: string): string {
	return text
		.split(/\r?\n/)
		.filter((line) => line.trim() !== "")
		.join("\n");
}

/**
 * Renders one part of a suggestion's searchable text with the fuzzy matches highlighted.
 * `start` is where `part` begins in the text the search ran over, so that matches found
 * in a later part land there and not in the first.
 */
export function renderMatchedPart(el: HTMLElement, part: string, matches: SearchMatches, start: number): void {
	renderMatches(el, part, matches, -start);
}

/**
 * A preview of the text a suggestion inserts, under its title; placeholders left unfilled
 * are marked, so the user sees before inserting what they will still have to write.
 */
export function renderPreview(el: HTMLElement, text: string, unfilled: readonly string[] = []): HTMLElement {
	const preview = el.createDiv({ cls: "ii-suggestion-preview" });
	const shown = previewLines(text);
	const marks = [...new Set(unfilled)].filter((mark) => mark !== "");
	let at = 0;
	while (at < shown.length) {
		const next = nextMark(shown, at, marks);
		if (!next) break;
		if (next.index > at) preview.appendText(shown.slice(at, next.index));
		preview.createSpan({ cls: "ii-preview-unfilled", text: next.mark });
		at = next.index + next.mark.length;
	}
	if (at < shown.length) preview.appendText(shown.slice(at));
	return preview;
}

function nextMark(text: string, from: number, marks: readonly string[]): { index: number; mark: string } | undefined {
	let best: { index: number; mark: string } | undefined;
	for (const mark of marks) {
		const index = text.indexOf(mark, from);
		if (index >= 0 && (!best || index < best.index)) best = { index, mark };
	}
	return best;
}
