import { Notice } from "obsidian";
import { runSafely } from "./safely";

/** Long enough to notice a mistake and reach the button; an undo is only useful right after. */
const UNDO_NOTICE_MS = 10_000;

/**
 * A notice saying what was done, with an "Undo" button that runs `undo` once and closes
 * the notice. Built from elements, never from HTML text, since `message` names notes.
 */
export function undoNotice(message: string, undo: () => Promise<void>): Notice {
	let used = false;
	const notice = new Notice(
		createFragment((fragment) => {
			fragment.createSpan({ cls: "ii-queue-notice-text", text: message });
			const button = fragment.createEl("button", { cls: "ii-queue-undo", text: "Undo", attr: { "aria-label": `Undo: ${message}` } });
			button.addEventListener("click", (event) => {
				// The notice hides itself on a click anywhere in it; the undo must run exactly once.
				event.stopPropagation();
				if (used) return;
				used = true;
				notice.hide();
				void runSafely("undo the change", undo);
			});
		}),
		UNDO_NOTICE_MS,
	);
	return notice;
}
