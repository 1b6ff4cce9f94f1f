import { MarkdownView, Notice, type Editor, type TFile } from "obsidian";
import { fillTemplate } from "../domain/templates/fill-template";
import { missingProperties } from "../domain/templates/frontmatter-merge";
import { overLimitBy, renderedLength, type MessageTemplate } from "../domain/templates/message-template";
import { describeUnresolved, type UnresolvedPlaceholder } from "../domain/templates/placeholders";
import { contextLookup, type TemplateContext } from "../domain/templates/template-context";
import { templateContextFor } from "../obsidian/active-record";
import { addMissingProperties, insertBlock } from "../obsidian/note-writer";
import type { PluginContext } from "../obsidian/plugin-host";
import { runSafely } from "./safely";

export interface RenderedMessage {
	readonly text: string;
	/** The template's own properties with their placeholders filled. */
	readonly properties: Record<string, unknown>;
	readonly unresolved: readonly UnresolvedPlaceholder[];
	/** Characters over the channel's limit; 0 when it fits. */
	readonly overBy: number;
}

/**
 * Fills a template for the note `file` (the current note), body and properties alike.
 * `overrides` replace parts of what the note says, for callers that know better (the
 * referral map knows a referrer that only an interview's `referrals` names).
 */
export function renderMessage(host: PluginContext, file: TFile | null, template: MessageTemplate, overrides: Partial<TemplateContext> = {}): RenderedMessage {
	const filled = fillTemplate(template, contextLookup({ ...templateContextFor(host, file), ...overrides }));
	return { text: filled.body, properties: filled.properties, unresolved: filled.unresolved, overBy: overLimitBy(template, filled.body) };
}

/** Says what the user must still do to a rendered message: fill placeholders, shorten it. */
export function announceProblems(template: MessageTemplate, rendered: RenderedMessage): void {
	const unresolved = describeUnresolved(rendered.unresolved);
	if (unresolved !== "") new Notice(unresolved, 10_000);
	if (rendered.overBy > 0) {
		new Notice(
			`${template.title}: ${renderedLength(rendered.text)} characters, ${rendered.overBy} more than the ${template.maxLength ?? 0} allowed. Shorten it before sending.`,
			10_000,
		);
	}
}

/**
 * Gives the note the template's properties it does not have. An open editor saves first:
 * the properties are written to the file, and unsaved typing must not be lost to that.
 */
export async function mergeTemplateProperties(host: PluginContext, file: TFile, properties: Readonly<Record<string, unknown>>): Promise<string[]> {
	const missing = missingProperties(host.app.metadataCache.getFileCache(file)?.frontmatter, properties);
	if (Object.keys(missing).length === 0) return [];
	const view = host.app.workspace.getActiveViewOfType(MarkdownView);
	if (view?.file === file) await view.save();
	return addMissingProperties(host.app, file, missing);
}

/** Inserts a rendered template at the cursor (one undoable change), then merges its properties. */
export async function insertMessage(host: PluginContext, editor: Editor, file: TFile | null, template: MessageTemplate): Promise<void> {
	const rendered = renderMessage(host, file, template);
	insertBlock(editor, rendered.text);
	announceProblems(template, rendered);
	if (!file) return;
	// The text is in the note by now: a failure here concerns only the properties, and says so.
	await runSafely("add the template's properties (the message itself was inserted)", async () => {
		await mergeTemplateProperties(host, file, rendered.properties);
	});
}
