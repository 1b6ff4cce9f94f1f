import { getFrontMatterInfo, Notice, parseYaml, TFile, type App } from "obsidian";
import { applyWrite, type FrontmatterWrite } from "../domain/follow-ups/follow-up-actions";

/** What running a write came to. */
export type WriteResult =
	/** The note changed; `undo` puts back exactly what was there, given to `undoWrite`. */
	| { readonly status: "written"; readonly undo: Undo }
	/** The note already said so: nothing was written. */
	| { readonly status: "unchanged" }
	/** The note could not be written; a notice has said why. */
	| { readonly status: "failed" };

/**
 * How to take a write back: `restore` puts back what was there; `left` is what the write
 * left in each key it touched (`undefined`: the key was removed), so that an undo can
 * tell whether the key has been edited since and must be left alone.
 */
export interface Undo {
	readonly restore: FrontmatterWrite;
	readonly left: Readonly<Record<string, unknown>>;
}

/** What an undo came to: `changedSince` names the keys edited after the write, which were left as they are. */
export type UndoResult = { readonly status: "undone" | "failed"; readonly changedSince: readonly string[] };

/** Property values as YAML gives them (text, numbers, booleans, lists): equal when they print the same. */
function sameValue(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function valueOf(frontmatter: Record<string, unknown>, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(frontmatter, key) ? frontmatter[key] : undefined;
}

function isNoop(write: FrontmatterWrite): boolean {
	return Object.keys(write.set).length === 0 && write.remove.length === 0;
}

/**
 * Whether the write would change the note's properties as they are in the file now. A
 * write that changes nothing is not run at all, so that pressing a button twice leaves
 * the file alone rather than having Obsidian write the same properties again. The file is
 * read, not the metadata cache, which can lag behind an edit made a moment ago.
 */
async function wouldChange(app: App, file: TFile, write: FrontmatterWrite): Promise<boolean> {
	const info = getFrontMatterInfo(await app.vault.read(file));
	if (!info.exists) return true;
	let current: unknown;
	try {
		current = parseYaml(info.frontmatter);
	} catch {
		return true; // let processFrontMatter meet the broken YAML and report it
	}
	if (typeof current !== "object" || current === null || Array.isArray(current)) return true;
	// A shallow copy is enough: writes set and remove top-level keys only.
	return !isNoop(applyWrite({ ...(current as Record<string, unknown>) }, write));
}

/**
 * Runs a write through `processFrontMatter`: only the properties it names change, the
 * rest of the properties and the body stay as they were. Never throws: a missing note or
 * properties that are not valid YAML end in a notice that names the note, and the file is
 * left untouched.
 */
export async function writeFrontmatter(app: App, write: FrontmatterWrite): Promise<WriteResult> {
	const file = noteAt(app, write.path);
	if (file === null) return { status: "failed" };
	if (!(await wouldChange(app, file, write))) return { status: "unchanged" };
	const done: { undo?: Undo } = {};
	const ran = await processProperties(app, file, (frontmatter) => {
		const restore = applyWrite(frontmatter, write);
		const left: Record<string, unknown> = {};
		for (const key of [...Object.keys(restore.set), ...restore.remove]) left[key] = valueOf(frontmatter, key);
		done.undo = { restore, left };
	});
	if (!ran) return { status: "failed" };
	if (done.undo === undefined || isNoop(done.undo.restore)) return { status: "unchanged" };
	return { status: "written", undo: done.undo };
}

/**
 * Takes a write back, key by key, only where the note still holds what the write left:
 * a property edited since (by hand, by another action, by sync) is the user's newer fact
 * and stays; its key is returned in `changedSince`.
 */
export async function undoWrite(app: App, undo: Undo): Promise<UndoResult> {
	const { restore, left } = undo;
	const file = noteAt(app, restore.path);
	if (file === null) return { status: "failed", changedSince: [] };
	const changedSince: string[] = [];
	const ran = await processProperties(app, file, (frontmatter) => {
		changedSince.length = 0;
		const unchanged = (key: string): boolean => {
			if (sameValue(valueOf(frontmatter, key), left[key])) return true;
			changedSince.push(key);
			return false;
		};
		const set = Object.fromEntries(Object.entries(restore.set).filter(([key]) => unchanged(key)));
		const remove = restore.remove.filter(unchanged);
		applyWrite(frontmatter, { path: restore.path, set, keepExistingDate: [], remove });
	});
	return { status: ran ? "undone" : "failed", changedSince };
}

function noteAt(app: App, path: string): TFile | null {
	const file = app.vault.getAbstractFileByPath(path);
	if (file instanceof TFile) return file;
	new Notice(`Could not update ${path}: the note no longer exists.`);
	return null;
}

/** `processFrontMatter` that never throws: false, after a notice naming the note, when the properties could not be read. */
async function processProperties(app: App, file: TFile, change: (frontmatter: Record<string, unknown>) => void): Promise<boolean> {
	try {
		await app.fileManager.processFrontMatter(file, change);
		return true;
	} catch (error) {
		// Obsidian throws before writing anything, typically because the YAML does not parse.
		console.error(`Informational Interviews: could not update the properties of ${file.path}`, error);
		new Notice(`Could not update "${file.basename}": its properties could not be read. Check that they are valid YAML, then try again.`);
		return false;
	}
}
