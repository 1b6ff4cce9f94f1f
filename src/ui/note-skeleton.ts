import { Notice, type TFile } from "obsidian";
import { fillTemplate, type FilledTemplate } from "../domain/templates/fill-template";
import { describeUnresolved } from "../domain/templates/placeholders";
import type { NoteSkeletonKind } from "../domain/templates/template-catalog";
import { contextLookup, type TemplateContext } from "../domain/templates/template-context";
import { templateContextFor } from "../obsidian/active-record";
import type { PluginContext } from "../obsidian/plugin-host";
import { loadNoteSkeleton } from "../obsidian/template-store";
import { mergeTemplateProperties } from "./message-insert";
import { runSafely } from "./safely";
import { reportTemplateProblems } from "./template-problems";

/**
 * The user's skeleton for a new note, filled for it. The new note is not in the index
 * yet, so the placeholders mean what they mean in `from` (an interview's contact note)
 * with `about` on top. Null when there is no such file and the built-in skeleton is used.
 */
export async function userSkeleton(host: PluginContext, kind: NoteSkeletonKind, from: TFile | null, about: Partial<TemplateContext>): Promise<FilledTemplate | null> {
	const { skeleton, problems } = await loadNoteSkeleton(host.app, host.settings.templatesFolder, kind);
	reportTemplateProblems(problems);
	if (!skeleton) return null;
	const filled = fillTemplate(skeleton, contextLookup({ ...templateContextFor(host, from), ...about }));
	const unresolved = describeUnresolved(filled.unresolved);
	if (unresolved !== "") new Notice(unresolved, 10_000);
	return filled;
}

/** Gives a note created from a user's skeleton the skeleton's own properties, where the form left them empty. */
export async function addSkeletonProperties(host: PluginContext, file: TFile, filled: FilledTemplate | null): Promise<void> {
	if (!filled) return;
	// The note exists by now: a failure here concerns only the template's properties, and says so.
	await runSafely("add the template's properties (the note itself was created)", async () => {
		await mergeTemplateProperties(host, file, filled.properties);
	});
}
