import { getFrontMatterInfo, parseYaml, TFile, TFolder, type App } from "obsidian";
import type { MessageTemplate } from "../domain/templates/message-template";
import { cleanFolder } from "../domain/templates/file-names";
import { BUILT_IN_MESSAGES, mergeCatalog, NOTE_SKELETONS, templateKey, type NoteSkeletonKind, type UserTemplateFile } from "../domain/templates/template-catalog";

export interface LoadedCatalog {
	readonly templates: MessageTemplate[];
	/** Files that could not be used as they are, said so that the user can fix them. */
	readonly problems: string[];
}

function markdownFilesUnder(folder: TFolder): TFile[] {
	const files: TFile[] = [];
	const visit = (node: TFolder): void => {
		for (const child of node.children) {
			if (child instanceof TFolder) visit(child);
			else if (child instanceof TFile && child.extension === "md") files.push(child);
		}
	};
	visit(folder);
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Splits a template file into its own properties and its body with Obsidian's own
 * frontmatter reader. A block that is not valid YAML is kept out of the note and reported,
 * and the body is still used.
 */
export function splitTemplate(file: TFile, content: string, problems: string[]): UserTemplateFile {
	const info = getFrontMatterInfo(content);
	if (!info.exists) return { basename: file.basename, body: content, frontmatter: {} };
	const body = content.slice(info.contentStart);
	let frontmatter: Record<string, unknown> = {};
	try {
		const parsed: unknown = parseYaml(info.frontmatter);
		if (isPlainObject(parsed)) frontmatter = parsed;
		else if (parsed !== null && parsed !== undefined) problems.push(`${file.path}: the properties are not a list of names and values, so they were ignored.`);
	} catch {
		problems.push(`${file.path}: the properties are not valid YAML, so they were ignored.`);
	}
	return { basename: file.basename, body, frontmatter };
}

function templatesFolderIn(app: App, templatesFolder: string): TFolder | null {
	const path = cleanFolder(templatesFolder);
	return path === "" ? null : app.vault.getFolderByPath(path);
}

/**
 * The user's skeleton for new notes of a kind (`contact-note.md` or `interview-note.md`
 * anywhere in the templates folder), or null when there is none and the built-in is used.
 */
export async function loadNoteSkeleton(app: App, templatesFolder: string, kind: NoteSkeletonKind): Promise<{ skeleton: UserTemplateFile | null; problems: string[] }> {
	const folder = templatesFolderIn(app, templatesFolder);
	const file = folder ? markdownFilesUnder(folder).find((f) => templateKey(f.basename) === NOTE_SKELETONS[kind]) : undefined;
	if (!file) return { skeleton: null, problems: [] };
	const problems: string[] = [];
	try {
		return { skeleton: splitTemplate(file, await app.vault.cachedRead(file), problems), problems };
	} catch {
		return { skeleton: null, problems: [`${file.path}: could not be read, so the built-in note was used.`] };
	}
}

/**
 * The built-in templates with the user's files merged in. The templates folder is
 * optional: when it does not exist the built-ins are used as they are.
 */
export async function loadCatalog(app: App, templatesFolder: string): Promise<LoadedCatalog> {
	const folder = templatesFolderIn(app, templatesFolder);
	if (!folder) return { templates: [...BUILT_IN_MESSAGES], problems: [] };
	const problems: string[] = [];
	const files: UserTemplateFile[] = [];
	for (const file of markdownFilesUnder(folder)) {
		try {
			files.push(splitTemplate(file, await app.vault.cachedRead(file), problems));
		} catch {
			problems.push(`${file.path}: could not be read.`);
		}
	}
	return { templates: mergeCatalog(BUILT_IN_MESSAGES, files), problems };
}
