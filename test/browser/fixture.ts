import { vi } from "vitest";
import InformationalInterviewsPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { App, loadPlugin, Modal, Notice, stringifyYaml, type TFile } from "../obsidian-fake";
import { exampleVaultFiles, storyNoon } from "./example-vault";

export interface Started {
	readonly app: App;
	readonly plugin: InformationalInterviewsPlugin;
}

/** A note's text: properties as Obsidian writes them, then a body. */
export function note(properties: Record<string, unknown>, body = ""): string {
	return `---\n${stringifyYaml(properties)}---\n${body}`;
}

/**
 * Only `Date` is faked (luxon's `DateTime.now()` reads it): the index's batching timer
 * and the views' debounces keep running on the real clock.
 */
export function freezeClock(at: Date = storyNoon()): void {
	vi.useFakeTimers({ toFake: ["Date"], now: at });
}

/** The real plugin over these files (the example vault by default), after Obsidian has finished starting. */
export async function startPlugin(files: Record<string, string> = exampleVaultFiles()): Promise<Started> {
	const app = new App({ files });
	const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
	app.finishLayout();
	await app.settle();
	// The index batches what the cache reports; the views draw from the whole vault at once.
	plugin.index.flush();
	return { app, plugin };
}

export async function runCommand(app: App, id: string): Promise<void> {
	if (!app.commands.executeCommandById(`${manifest.id}:${id}`)) throw new Error(`the command ${id} did not run`);
	await app.settle();
}

export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}

/** Makes a note the active one, in the main area, as clicking it in the file explorer does. */
export async function activate(app: App, path: string): Promise<void> {
	await app.workspace.getLeaf(false).openFile(fileAt(app, path));
	await app.settle();
}

/** What a test file changes globally, put back. */
export function resetAll(): void {
	Modal.closeAll();
	Notice.clear();
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.empty();
	document.body.className = "";
}
