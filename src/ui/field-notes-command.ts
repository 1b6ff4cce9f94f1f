import { DateTime } from "luxon";
import { Notice, TFile, type App } from "obsidian";
import { bodyOf, DEFAULT_TAKEAWAYS_HEADING, fieldNotePath, fieldSummaries, newFieldNote, sectionText, updateFieldNote } from "../domain/pipeline/field-notes";
import { statusOfAt } from "../domain/pipeline/pipeline";
import { cleanFolder } from "../domain/templates/file-names";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginContext } from "../obsidian/plugin-host";

async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === "" || app.vault.getAbstractFileByPath(folder) !== null) return;
	await app.vault.createFolder(folder);
}

export interface FieldNotesResult {
	readonly created: number;
	readonly updated: number;
	readonly unchanged: number;
}

/**
 * Writes one note per career field: a new note with vault.create, an existing one by
 * rewriting only its marked section through Vault.process, so that the user's verdict
 * and anything else they wrote stays as it is. Interview bodies are read with cachedRead.
 */
export async function compileFieldNotes(host: PluginContext, service: FollowUpService): Promise<FieldNotesResult> {
	const { app, settings } = host;
	const heading = settings.takeawaysHeading.trim() || DEFAULT_TAKEAWAYS_HEADING;
	const now = DateTime.fromMillis(service.now(), { zone: service.zone });
	const statusOf = statusOfAt(now);
	const takeaways = new Map<string, string | null>();
	for (const interview of host.index.interviews()) {
		if (statusOf(interview) !== "done") continue;
		const file = app.vault.getFileByPath(interview.path);
		takeaways.set(interview.path, file ? sectionText(bodyOf(await app.vault.cachedRead(file)), heading) : null);
	}
	const summaries = fieldSummaries(host.index, statusOf, (path) => takeaways.get(path) ?? null);
	const folder = cleanFolder(settings.fieldNotesFolder);
	let created = 0;
	let updated = 0;
	let unchanged = 0;
	for (const summary of summaries) {
		const path = fieldNotePath(folder, summary.field);
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) {
			const before = await app.vault.cachedRead(existing);
			if (updateFieldNote(before, summary, heading) === before) {
				unchanged++;
				continue;
			}
			await app.vault.process(existing, (text) => updateFieldNote(text, summary, heading));
			updated++;
		} else if (existing === null) {
			await ensureFolder(app, folder);
			await app.vault.create(path, newFieldNote(summary, heading));
			created++;
		} else {
			new Notice(`Could not write the field note for ${summary.field}: ${path} is a folder.`);
		}
	}
	return { created, updated, unchanged };
}

export function fieldNotesMessage(result: FieldNotesResult, folder: string): string {
	const total = result.created + result.updated + result.unchanged;
	if (total === 0) return "No interview has taken place yet, so there are no field notes to write.";
	return `Field notes in "${folder}": ${result.created} created, ${result.updated} updated, ${result.unchanged} already up to date.`;
}
