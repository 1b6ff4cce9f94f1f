/** A piece of a sentence: plain words, or a name from a note. */
export type SentencePart = string | { readonly name: string };

/**
 * Writes a sentence into `el` with every name in a `<bdi>` element, so that a name in
 * another script, or one holding a stray direction override, cannot reorder the words
 * around it. The text a reader or a screen reader gets is unchanged.
 */
export function appendSentence(el: HTMLElement, parts: readonly SentencePart[]): HTMLElement {
	for (const part of parts) {
		if (typeof part === "string") el.appendText(part);
		else el.createEl("bdi", { text: part.name });
	}
	return el;
}
