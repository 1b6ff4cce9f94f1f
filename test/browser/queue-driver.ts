import { QUEUE_VIEW_TYPE, QueueView } from "../../src/ui/queue-view";
import type { App } from "../obsidian-fake";
import { runCommand } from "./fixture";
import { showInSidebar, type Frame } from "./page";

export function queueView(app: App): QueueView {
	const view = app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0]?.view;
	if (!(view instanceof QueueView)) throw new Error("the follow-up queue is not open");
	return view;
}

/** Waits for the browser to draw the next frames (the queue draws its first rows at once, the rest a frame later). */
export async function nextFrames(count = 2): Promise<void> {
	for (let i = 0; i < count; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

/** Opens the queue with its command, as a user would, shows it in a sidebar of the frame, and lets it finish drawing. */
export async function openQueue(app: App, frame: Frame): Promise<QueueView> {
	await runCommand(app, "open-follow-up-queue");
	const view = queueView(app);
	// Obsidian titles the pane; the fake leaves the header empty.
	view.containerEl.querySelector(".view-header-title")?.setText(view.getDisplayText());
	showInSidebar(view.containerEl, frame);
	await nextFrames();
	return view;
}

export function rows(view: QueueView): HTMLElement[] {
	return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-queue-row"));
}

export function titleOf(row: HTMLElement): string {
	return row.querySelector(".ii-queue-title")?.textContent ?? "";
}

export function titles(view: QueueView): string[] {
	return rows(view).map(titleOf);
}

export function rowByTitle(view: QueueView, title: string): HTMLElement {
	const row = rows(view).find((r) => titleOf(r) === title);
	if (!row) throw new Error(`no row "${title}" in: ${titles(view).join(" / ")}`);
	return row;
}

/** The note an item is about, from its id (`kind:path`). */
export function pathOf(row: HTMLElement): string {
	const id = row.getAttribute("data-item-id") ?? "";
	return id.slice(id.indexOf(":") + 1);
}

/** The body of a note: everything after the closing `---` of its properties. */
export function bodyOf(text: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
	return match ? text.slice(match[0].length) : text;
}
