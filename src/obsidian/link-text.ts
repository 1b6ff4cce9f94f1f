import type { App } from "obsidian";
import { sanitizeFileName } from "../domain/templates/file-names";

/**
 * What to write between `[[` and `]]` to link from a note at `sourcePath` to the note at
 * `targetPath`: Obsidian's shortest unambiguous form, which follows the user's link settings.
 */
export function linktextTo(app: App, targetPath: string, sourcePath: string): string | undefined {
	const file = app.vault.getFileByPath(targetPath);
	return file ? app.metadataCache.fileToLinktext(file, sourcePath, true) : undefined;
}

/**
 * A link to someone who has no note yet: their name as a note name would be written, so
 * that the link resolves once "create contact" makes that note.
 */
export function linktextForName(name: string): string {
	return sanitizeFileName(name, "Unnamed contact");
}
