import { linkKey } from "./links";
import { StringMultimap } from "./string-multimap";

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

function withoutMd(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** Resolves `./` and `../` against a folder; null when it climbs out of the vault. */
function joinRelative(folder: string, relative: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const part of relative.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join("/");
}

/**
 * The set of files in a vault, resolving link paths the way Obsidian's
 * `getFirstLinkpathDest` does: an exact or relative path first, then by name, preferring
 * the linking note's folder and then the shortest path. Matching ignores case.
 * Used by the CLI and by the test fake; the plugin asks Obsidian itself.
 */
export class VaultPaths {
	private readonly byKey = new StringMultimap();
	private readonly lower = new Map<string, string>();

	constructor(paths: Iterable<string> = []) {
		for (const path of paths) this.add(path);
	}

	add(path: string): void {
		this.lower.set(path.toLowerCase(), path);
		this.byKey.add(linkKey(path), path);
	}

	remove(path: string): void {
		this.lower.delete(path.toLowerCase());
		this.byKey.delete(linkKey(path), path);
	}

	has(path: string): boolean {
		return this.lower.has(path.toLowerCase());
	}

	get size(): number {
		return this.lower.size;
	}

	private exact(candidate: string): string | null {
		return this.lower.get(candidate.toLowerCase()) ?? this.lower.get(`${candidate}.md`.toLowerCase()) ?? null;
	}

	resolve(linkpath: string, sourcePath: string): string | null {
		const trimmed = linkpath.trim();
		const target = trimmed.startsWith("/") ? trimmed.replace(/^\/+/, "") : trimmed;
		if (target === "") return null;
		if (trimmed.startsWith("./") || trimmed.startsWith("../")) {
			const joined = joinRelative(folderOf(sourcePath), trimmed);
			return joined === null ? null : this.exact(joined);
		}
		const key = linkKey(target);
		const inFolder = target.includes("/");
		// The common case: a bare name that only one file has.
		const only = inFolder ? undefined : this.byKey.only(key);
		if (only !== undefined) return only;
		if (!this.byKey.has(key)) return inFolder ? this.exact(target) : null;
		const sourceFolder = folderOf(sourcePath);
		const candidates = this.byKey.values(key);
		const wanted = withoutMd(target).toLowerCase();
		let best: string | null = null;
		let bestRank = Number.POSITIVE_INFINITY;
		for (const path of candidates) {
			const bare = withoutMd(path).toLowerCase();
			// An exact path from the vault root wins; then the linking note's folder; then the shortest path.
			let rank: number;
			if (bare === wanted) rank = 0;
			else if (inFolder && !bare.endsWith(`/${wanted}`)) continue;
			else rank = (folderOf(path) === sourceFolder ? 1 : 2) * 1e6 + path.length;
			if (rank < bestRank || (rank === bestRank && best !== null && path < best)) {
				best = path;
				bestRank = rank;
			}
		}
		return best ?? (inFolder ? this.exact(target) : null);
	}
}
