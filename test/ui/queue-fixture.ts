import { vi } from "vitest";
import type InformationalInterviewsPlugin from "../../src/main";
import { QUEUE_VIEW_TYPE, QueueView } from "../../src/ui/queue-view";
import { App, Menu, Modal, Notice, setPlatform } from "../obsidian-fake";
import { exampleVaultApp, fileAt, manifest, runCommand, startPlugin } from "../integration/fixture";

export { runCommand };

/** The zone the queue tests compute in, whatever the machine's. */
export const ZONE = "Europe/Berlin";
/** Noon in Berlin on the day the example vault's story is set (`STORY_DATE`). */
export const STORY_NOON = new Date("2026-11-23T11:00:00Z");
/** The index's batching window (main.ts). */
export const BATCH_MS = 200;

export interface QueueFixture {
	readonly app: App;
	readonly plugin: InformationalInterviewsPlugin;
}

const DATA_JSON = `.obsidian/plugins/${manifest.id}/data.json`;

/**
 * The plugin started over `files` (or the example vault) with every timer faked and the
 * clock at `now`, the settings' zone set to Berlin, and the first index batch delivered.
 */
export async function startQueue(files?: Record<string, string>, now: Date = STORY_NOON): Promise<QueueFixture> {
	vi.useFakeTimers({ now });
	const app = files ? new App({ files }) : exampleVaultApp();
	const saved: unknown = (await app.vault.adapter.exists(DATA_JSON)) ? JSON.parse(await app.vault.adapter.read(DATA_JSON)) : {};
	await app.vault.adapter.mkdir(`.obsidian/plugins/${manifest.id}`);
	await app.vault.adapter.write(DATA_JSON, JSON.stringify({ ...(saved as object), timeZone: ZONE }));
	const plugin = await startPlugin(app);
	plugin.index.flush();
	return { app, plugin };
}

export function queueView(app: App): QueueView {
	const view = app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0]?.view;
	if (!(view instanceof QueueView)) throw new Error("the follow-up queue is not open");
	return view;
}

export async function openQueue(app: App): Promise<QueueView> {
	// In the page, so that focus and the keyboard work as they do in Obsidian.
	if (!app.workspace.containerEl.isConnected) document.body.appendChild(app.workspace.containerEl);
	if (!runCommand(app, "open-follow-up-queue")) throw new Error("the command did not run");
	await app.settle();
	// The first paint draws what fits on screen; the rest, and the field dropdown, follow on the next frame.
	vi.advanceTimersToNextFrame();
	const view = queueView(app);
	// Times as a British English user reads them ("14:30"), whatever the machine's locale.
	view.locale = () => "en-GB";
	view.drawQueue();
	return view;
}

/** Lets pending writes finish, then the index's batch arrive, as the debounce would. */
export async function afterBatch(app: App): Promise<void> {
	await app.settle();
	await vi.advanceTimersByTimeAsync(BATCH_MS);
	await app.settle();
}

/** The groups shown, as `Label (count)`. */
export function groupHeadings(view: QueueView): string[] {
	return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-queue-group:not(.ii-queue-hidden) h3")).map((h) => {
		const count = h.querySelector(".ii-queue-group-count")?.textContent ?? "";
		return `${h.querySelector(".ii-queue-group-label")?.textContent ?? ""} (${count})`;
	});
}

export function groupEl(view: QueueView, label: string): HTMLElement {
	const found = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-queue-group")).find((g) => g.querySelector(".ii-queue-group-label")?.textContent === label);
	if (!found) throw new Error(`no group "${label}"`);
	return found;
}

/** Each row of a group as `title | when`. */
export function rowsOf(view: QueueView, label: string): string[] {
	return Array.from(groupEl(view, label).querySelectorAll<HTMLElement>(".ii-queue-row")).map(
		(row) => `${row.querySelector(".ii-queue-title")?.textContent ?? ""} | ${row.querySelector(".ii-queue-when")?.textContent ?? ""}`,
	);
}

export function rowByTitle(view: QueueView, title: string): HTMLElement {
	const row = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-queue-row")).find((r) => r.querySelector(".ii-queue-title")?.textContent === title);
	if (!row) throw new Error(`no row "${title}" in: ${view.contentEl.textContent ?? ""}`);
	return row;
}

export function hasRow(view: QueueView, title: string): boolean {
	return Array.from(view.contentEl.querySelectorAll(".ii-queue-title")).some((el) => el.textContent === title);
}

export function buttonIn(row: HTMLElement, label: string): HTMLButtonElement {
	const button = Array.from(row.querySelectorAll("button")).find((b) => b.textContent === label || b.getAttribute("aria-label")?.startsWith(label));
	if (!button) throw new Error(`no button "${label}" in the row`);
	return button;
}

/** Waits, a microtask at a time, for work the view started and does not hand to Obsidian (a write after a click). */
export async function until(check: () => boolean, what: string): Promise<void> {
	for (let turn = 0; turn < 500; turn++) {
		if (check()) return;
		await Promise.resolve();
	}
	throw new Error(`timed out waiting for ${what}; notices: ${Notice.messages().join(" / ")}`);
}

function undoButton(): HTMLButtonElement | null {
	const notice = [...Notice.shown].reverse().find((n) => n.element?.querySelector(".ii-queue-undo"));
	return notice?.element?.querySelector<HTMLButtonElement>(".ii-queue-undo") ?? null;
}

/** Clicks "Undo" in the newest notice that offers it, once the action has finished and shown it. */
export async function clickUndo(): Promise<void> {
	await until(() => undoButton() !== null, "a notice that offers to undo");
	undoButton()?.click();
}

export function textOf(app: App, path: string): string {
	return app.vault.contentOf(path) ?? "";
}

/** The body of a note: everything after the closing `---` of its properties. */
export function bodyOf(text: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
	return match ? text.slice(match[0].length) : text;
}

export function frontmatterOf(app: App, path: string): Record<string, unknown> {
	return { ...(app.metadataCache.getFileCache(fileAt(app, path))?.frontmatter ?? {}) };
}

export function keydown(target: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
	target.dispatchEvent(event);
	return event;
}

/** Closes what a test left open (modals, menus, notices), back to a desktop on the real clock. */
export function resetUi(): void {
	Modal.closeAll();
	Menu.shown?.hide();
	Notice.clear();
	setPlatform("desktop");
	vi.useRealTimers();
	document.body.empty();
}
