import { linkKey } from "./links";

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
	private readonly byKey = new Map<string, Set<string>>();
	private readonly lower = new Map<string, string>();

	constructor(paths: Iterable<string> = []) {
		for (const path of paths) this.add(path);
	}

	add(path: string): void {
		this.lower.set(path.toLowerCase(), path);
		const key = linkKey(path);
		let set = this.byKey.get(key);
		if (!set) this.byKey.set(key, (set = new Set()));
		set.add(path);
	}

	remove(path: string): void {
		this.lower.delete(path.toLowerCase());
		const key = linkKey(path);
		const set = this.byKey.get(key);
		set?.delete(path);
		if (set?.size === 0) this.byKey.delete(key);
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
		const target = trimmed.replace(/^\/+/, "");
		if (target === "") return null;
		const sourceFolder = folderOf(sourcePath);
		if (trimmed.startsWith("./") || trimmed.startsWith("../")) {
			const joined = joinRelative(sourceFolder, trimmed);
			return joined === null ? null : this.exact(joined);
		}
		const candidates = this.byKey.get(linkKey(target));
		if (!candidates) return target.includes("/") ? this.exact(target) : null;
		// The common case: a bare name that only one file has.
		if (candidates.size === 1 && !target.includes("/")) return candidates.values().next().value ?? null;
		const wanted = withoutMd(target).toLowerCase();
		let best: string | null = null;
		let bestRank = Number.POSITIVE_INFINITY;
		for (const path of candidates) {
			const bare = withoutMd(path).toLowerCase();
			// An exact path from the vault root wins; then the linking note's folder; then the shortest path.
			let rank: number;
			if (bare === wanted) rank = 0;
			else if (target.includes("/") && !bare.endsWith(`/${wanted}`)) continue;
			else rank = (folderOf(path) === sourceFolder ? 1 : 2) * 1e6 + path.length;
			if (rank < bestRank || (rank === bestRank && best !== null && path < best)) {
				best = path;
				bestRank = rank;
			}
		}
		return best ?? (target.includes("/") ? this.exact(target) : null);
	}
}
