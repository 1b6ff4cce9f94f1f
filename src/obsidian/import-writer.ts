import { TFile, type App } from "obsidian";
import type { PlannedContact } from "../domain/import/import-plan";
import type { ImportProblem } from "../domain/import/import-types";
import { cleanFolder } from "../domain/templates/file-names";
import { ensureFolder } from "./note-writer";

export interface WriteOutcome {
	readonly created: TFile[];
	readonly problems: ImportProblem[];
}

/** Names (without `.md`) already used in a folder, folders included, for planning new notes. */
export function namesInVaultFolder(app: App, folder: string): string[] {
	const clean = cleanFolder(folder);
	const node = clean === "" ? app.vault.getRoot() : app.vault.getFolderByPath(clean);
	return (node?.children ?? []).map((child) => (child instanceof TFile && child.extension === "md" ? child.basename : child.name));
}

/** How often the writer lets the window paint the progress bar. */
const BATCH = 25;

/**
 * Creates the planned notes with `vault.create`, one after the other. A path that is
 * taken by now (a note made or synced in since the preview) is left alone and reported:
 * nothing is ever modified or overwritten.
 */
export async function createPlannedNotes(
	app: App,
	folder: string,
	planned: readonly PlannedContact[],
	textOf: (planned: PlannedContact) => string,
	onProgress: (done: number) => void,
): Promise<WriteOutcome> {
	await ensureFolder(app, folder);
	const created: TFile[] = [];
	const problems: ImportProblem[] = [];
	for (const [i, contact] of planned.entries()) {
		if (app.vault.getAbstractFileByPath(contact.path)) {
			problems.push({ line: contact.line, message: `${contact.path} exists by now; it was left as it is and ${contact.contact.name} was not imported` });
		} else {
			try {
				created.push(await app.vault.create(contact.path, textOf(contact)));
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				problems.push({ line: contact.line, message: `${contact.path} could not be created (${reason})` });
			}
		}
		if ((i + 1) % BATCH === 0) {
			onProgress(i + 1);
			await new Promise((resolve) => window.setTimeout(resolve, 0));
		}
	}
	onProgress(planned.length);
	return { created, problems };
}
