/** Vault paths as Obsidian writes them: `/`-separated, no leading or trailing slash. */

/**
 * Obsidian's `normalizePath`: one kind of slash, none doubled, none at either end,
 * non-breaking spaces made plain and Unicode in NFC, so that two spellings of one path
 * compare equal. The vault root is `/`.
 */
export function normalizePath(path: string): string {
	let result = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	if (result === "") result = "/";
	return result.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

/** The folder part of a path; "" for a file at the root. */
export function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

/** The last segment of a path. */
export function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** `Jordan Lee.md` → { basename: "Jordan Lee", extension: "md" }; a leading dot is part of the name. */
export function splitName(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** Joins a folder path ("" or "/" for the root) and a name. */
export function joinPath(folder: string, name: string): string {
	return folder === "" || folder === "/" ? name : `${folder}/${name}`;
}
