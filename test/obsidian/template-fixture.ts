import type { Editor, FuzzyMatch, FuzzySuggestModal } from "obsidian";
import InformationalInterviewsPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { App, loadPlugin, MarkdownView, Modal, Notice, SuggestModal } from "../obsidian-fake";

export interface Fixture {
	app: App;
	plugin: InformationalInterviewsPlugin;
}

/** A vault with these files and the plugin loaded, started and indexed. */
export async function vaultWith(files: Record<string, string>): Promise<Fixture> {
	Notice.clear();
	Modal.closeAll();
	const app = new App({ files });
	const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
	plugin.settings.myName = "Sam Rivera";
	plugin.settings.myEmail = "sam@example.org";
	plugin.settings.signature = "Kind regards,\nSam Rivera";
	app.finishLayout();
	await app.settle();
	return { app, plugin };
}

/** Opens a note in the active leaf and returns its editor, as the user clicking it would. */
export async function openInEditor(app: App, path: string): Promise<{ view: MarkdownView; editor: Editor }> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	await app.workspace.getLeaf(false).openFile(file);
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (!view) throw new Error(`${path} did not open in a markdown view`);
	return { view, editor: view.editor as unknown as Editor };
}

/**
 * Plugin pickers are typed against Obsidian's classes; at run time they extend the fake's,
 * whose test hooks (`typeQuery`, `chooseSuggestion`) take them as such.
 */
export function asFakePicker<T>(picker: FuzzySuggestModal<T>): SuggestModal<FuzzyMatch<T>> {
	if (!(picker instanceof SuggestModal)) throw new TypeError("expected a picker built on the obsidian fake");
	return picker;
}

export const CONTACT = [
	"---",
	"type: contact",
	"organization: Northwind Health",
	"role: Data analyst",
	"field: health informatics",
	"email: jordan@example.org",
	"outreach_method: phone",
	"---",
	"",
	"## Background",
	"",
	"Met at the alumni evening.",
	"",
	"## Questions to ask them",
	"",
	"",
	"## Conversation log",
	"",
	"- 2026-11-01: called, left a message",
	"",
].join("\n");
