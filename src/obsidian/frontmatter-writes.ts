import { getFrontMatterInfo, Notice, parseYaml, TFile, type App } from "obsidian";
import { applyWrite, type FrontmatterWrite } from "../domain/follow-ups/follow-up-actions";

/** What running a write came to. */
export type WriteResult =
	/** The note changed; `undo` puts back exactly what was there. */
	| { readonly status: "written"; readonly undo: FrontmatterWrite }
	/** The note already said so: nothing was written. */
	| { readonly status: "unchanged" }
	/** The note could not be written; a notice has said why. */
	| { readonly status: "failed" };

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
	const file = app.vault.getAbstractFileByPath(write.path);
	if (!(file instanceof TFile)) {
		new Notice(`Could not update ${write.path}: the note no longer exists.`);
		return { status: "failed" };
	}
	if (!(await wouldChange(app, file, write))) return { status: "unchanged" };
	const done: { undo?: FrontmatterWrite } = {};
	try {
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			done.undo = applyWrite(frontmatter, write);
		});
	} catch (error) {
		// Obsidian throws before writing anything, typically because the YAML does not parse.
		console.error(`Informational Interviews: could not update the properties of ${file.path}`, error);
		new Notice(`Could not update "${file.basename}": its properties could not be read. Check that they are valid YAML, then try again.`);
		return { status: "failed" };
	}
	if (done.undo === undefined || isNoop(done.undo)) return { status: "unchanged" };
	return { status: "written", undo: done.undo };
}
