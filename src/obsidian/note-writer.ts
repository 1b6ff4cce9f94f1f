import { getFrontMatterInfo, TFile, TFolder, type App, type Editor, type EditorPosition } from "obsidian";
import { blockAtCursor } from "../domain/templates/checklist";
import { cleanFolder, distinctName, nameKey, sanitizeFileName } from "../domain/templates/file-names";
import { isBlank } from "../domain/templates/frontmatter-merge";

/** Creates `folder` and any missing parent, one level at a time; "" is the vault root. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	let path = "";
	for (const segment of cleanFolder(folder).split("/")) {
		if (segment === "") continue;
		path = path === "" ? segment : `${path}/${segment}`;
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`"${path}" is a file, so it cannot hold new notes. Choose another folder in the settings.`);
		await app.vault.createFolder(path);
	}
}

/** Note names already in `folder`, compared without regard to case like most file systems do. */
function takenNames(app: App, folder: string): Set<string> {
	const taken = new Set<string>();
	const node = folder === "" ? app.vault.getRoot() : app.vault.getFolderByPath(folder);
	for (const child of node?.children ?? []) {
		if (child instanceof TFile) taken.add(nameKey(child.extension === "md" ? child.basename : child.name));
		else taken.add(nameKey(child.name));
	}
	return taken;
}

/** The path a new note with this name would get: sanitized, inside `folder`, and not taken yet. */
export function freeNotePath(app: App, folder: string, name: string, fallback: string): string {
	const base = cleanFolder(folder);
	const taken = takenNames(app, base);
	const fileName = distinctName(sanitizeFileName(name, fallback), (candidate) => taken.has(nameKey(candidate)));
	return base === "" ? `${fileName}.md` : `${base}/${fileName}.md`;
}

/**
 * Creates a note in `folder` (making the folder when needed) under a free, safe name.
 * The content is made for the final path, so that links in it can be written relative to it.
 */
export async function createNoteIn(app: App, folder: string, name: string, fallback: string, content: (path: string) => string): Promise<TFile> {
	await ensureFolder(app, folder);
	const path = freeNotePath(app, folder, name, fallback);
	return app.vault.create(path, content(path));
}

export async function openNote(app: App, file: TFile): Promise<void> {
	await app.workspace.getLeaf(false).openFile(file);
}

/** Where the note's body starts, just after its properties block; null when it has none. */
function bodyStart(editor: Editor): EditorPosition | null {
	const info = getFrontMatterInfo(editor.getValue());
	return info.exists ? editor.offsetToPos(info.contentStart) : null;
}

function isBefore(a: EditorPosition, b: EditorPosition): boolean {
	return a.line < b.line || (a.line === b.line && a.ch < b.ch);
}

/**
 * Puts a block of Markdown at the cursor (replacing a selection) as one editor change, so
 * that a single undo takes it back out and nothing else in the note moves. Never above or
 * inside the properties block: text there would stop the note being a contact, or break
 * its YAML. A cursor (or a selection that starts) at the top of the note or in the
 * properties inserts right after them instead, replacing nothing.
 */
export function insertBlock(editor: Editor, block: string): void {
	const start = bodyStart(editor);
	const from = editor.getCursor("from");
	if (start !== null && isBefore(from, start)) {
		const after = editor.getLine(start.line).slice(start.ch);
		const before = editor.getLine(start.line).slice(0, start.ch);
		editor.replaceRange(blockAtCursor(block, before, after), start, start);
		return;
	}
	const to = editor.getCursor("to");
	const before = editor.getLine(from.line).slice(0, from.ch);
	const after = editor.getLine(to.line).slice(to.ch);
	editor.replaceSelection(blockAtCursor(block, before, after));
}

/**
 * Adds properties the note does not have yet. The check is repeated inside
 * `processFrontMatter`, on the file as it is at that moment, so a value written in
 * between is never overwritten. Returns the keys written.
 */
export async function addMissingProperties(app: App, file: TFile, properties: Readonly<Record<string, unknown>>): Promise<string[]> {
	const written: string[] = [];
	if (Object.keys(properties).length === 0) return written;
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		for (const [key, value] of Object.entries(properties)) {
			if (!isBlank(frontmatter[key])) continue;
			frontmatter[key] = value;
			written.push(key);
		}
	});
	return written;
}
