import type { QuestionSet } from "./question-bank";

/** Markdown task items, one per line, so that each question can be ticked off during the talk. */
export function checklist(items: readonly string[]): string {
	return items.map((item) => `- [ ] ${item.replace(/\s*\r?\n\s*/g, " ")}`).join("\n");
}

/** A question set as a titled checklist, for an interview note's questions section. */
export function questionSetSection(set: QuestionSet, headingLevel = 3): string {
	return `${"#".repeat(headingLevel)} ${set.title}\n\n${checklist(set.questions)}`;
}

/**
 * Fits a block of Markdown in at the cursor: it starts on a line of its own and leaves
 * the text after the cursor on a line of its own, so a list never runs into a sentence.
 * `before` and `after` are the parts of the cursor's line on either side of it.
 */
export function blockAtCursor(block: string, before: string, after: string): string {
	const body = block.replace(/^\n+|\n+$/g, "");
	const head = before.trim() === "" ? "" : "\n";
	const tail = after.trim() === "" ? "" : "\n";
	return `${head}${body}${tail}`;
}
