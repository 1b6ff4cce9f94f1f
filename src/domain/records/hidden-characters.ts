/**
 * Characters that change how text around them is shown without showing themselves: the
 * bidirectional controls (U+202A–202E embeddings and overrides, U+2066–2069 isolates,
 * U+200E/200F and U+061C marks) and the zero-width ones (U+200B–200D, U+2060–2064,
 * U+FEFF, U+180E). In a name they can reverse what follows (`exe.txt` shown for
 * `txt.exe`) or make two names that look the same differ. Every output that shows a
 * name where nothing isolates it (a terminal, a file name) goes through here.
 */
const HIDDEN = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `text` with every hidden character replaced by `by` (`""` removes them). */
export function replaceHidden(text: string, by: string): string {
	return text.replace(HIDDEN, by);
}
