import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, statSync, writeSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { MAX_IMPORT_BYTES } from "../domain/import/decode-file";
import { NOTE_SKELETONS, templateKey } from "../domain/templates/template-catalog";
import { cleanFolder } from "../domain/templates/file-names";
import { errorCode, UsageError } from "./errors";
import { readFrontmatter } from "./frontmatter";

/**
 * The bytes of the file to import. A file over the limit is not read at all; the
 * domain then reports its size (an empty array of the right length is never allocated).
 */
export function readImportBytes(file: string): Uint8Array {
	let size: number;
	try {
		const stat = statSync(file);
		if (!stat.isFile()) throw new UsageError(`${file} is not a file`);
		size = stat.size;
	} catch (error) {
		if (error instanceof UsageError) throw error;
		const code = errorCode(error);
		throw new UsageError(code === "ENOENT" ? `no file at ${file}` : `cannot read ${file} (${code})`);
	}
	if (size > MAX_IMPORT_BYTES) return new Uint8Array(size);
	return new Uint8Array(readFileSync(file));
}

/** Names (without `.md`) already used in a vault folder, folders included; none when it does not exist yet. */
export function namesInFolder(root: string, folder: string): string[] {
	try {
		return readdirSync(join(root, ...cleanFolder(folder).split("/"))).map((name) => name.replace(/\.md$/i, ""));
	} catch {
		return [];
	}
}

/** The user's `contact-note.md` skeleton, anywhere under the templates folder, split into properties and body. */
export function readContactSkeleton(root: string, templatesFolder: string): { body: string; frontmatter: Record<string, unknown> } | undefined {
	const base = join(root, ...cleanFolder(templatesFolder).split("/"));
	const visit = (dir: string): string | undefined => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return undefined;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const path = join(dir, entry.name);
			if (entry.isFile() && entry.name.toLowerCase().endsWith(".md") && templateKey(entry.name.slice(0, -3)) === NOTE_SKELETONS.contact) return path;
			if (entry.isDirectory()) {
				const found = visit(path);
				if (found) return found;
			}
		}
		return undefined;
	};
	const file = cleanFolder(templatesFolder) === "" ? undefined : visit(base);
	if (!file) return undefined;
	const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
	const read = readFrontmatter(text);
	const close = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	return { body: close ? text.slice(close[0].length) : text, frontmatter: read.ok ? read.frontmatter : {} };
}

/**
 * Writes one new note at a vault path, which must lie inside `folder`. The folder is
 * created when missing and must resolve (links followed) inside the vault; the file is
 * opened with O_EXCL, so an existing file is never overwritten. Returns false when a
 * file of that name appeared since planning.
 */
export function writeNewNote(root: string, folder: string, vaultPath: string, text: string): boolean {
	const clean = cleanFolder(folder);
	if (clean !== "" && !vaultPath.startsWith(`${clean}/`)) throw new Error(`refusing to write ${vaultPath} outside ${clean}`);
	const rootReal = realpathSync(resolve(root));
	const folderAbsolute = join(rootReal, ...clean.split("/"));
	mkdirSync(folderAbsolute, { recursive: true });
	const folderReal = realpathSync(folderAbsolute);
	if (folderReal !== rootReal && !folderReal.startsWith(rootReal + sep)) throw new UsageError(`the folder ${clean} leads outside the vault; nothing was written there`);
	const name = vaultPath.slice(clean === "" ? 0 : clean.length + 1);
	let fd: number;
	try {
		fd = openSync(join(folderReal, name), "wx");
	} catch (error) {
		if (errorCode(error) === "EEXIST") return false;
		throw error;
	}
	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}
	return true;
}
