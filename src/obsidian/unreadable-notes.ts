import { getFrontMatterInfo, parseYaml, TFile, type App, type EventRef } from "obsidian";
import type { Problem } from "../domain/records/problems";
import { declaresRecordKind, unreadablePropertiesProblem } from "../domain/records/unreadable-properties";
import { guarded } from "./guarded";

/**
 * Contact and interview notes whose properties block Obsidian could not read. The
 * metadata cache then knows where the block is but gives no properties, so the note
 * would silently drop out of the index; here it becomes a problem instead. Only notes in
 * that state are ever read: the `changed` event hands over the text, and a scan reads the
 * few files the cache marks so.
 */
export class UnreadableNotes {
	private readonly found = new Map<string, Problem>();

	constructor(
		private readonly app: App,
		private readonly typeKey: () => string,
	) {}

	problems(): Problem[] {
		return [...this.found.values()];
	}

	/** Follows the metadata cache from now on; call once the layout is ready. */
	listen(registerEvent: (ref: EventRef) => void): void {
		const { metadataCache, vault } = this.app;
		registerEvent(
			metadataCache.on(
				"changed",
				guarded("check a note's properties", (file, data, cache) => {
					if (cache.frontmatterPosition && !cache.frontmatter) this.check(file.path, data);
					else this.found.delete(file.path);
				}),
			),
		);
		registerEvent(metadataCache.on("deleted", (file) => this.found.delete(file.path)));
		registerEvent(
			vault.on(
				"rename",
				guarded("follow a renamed note", (file, oldPath) => {
					const problem = this.found.get(oldPath);
					if (!problem) return;
					this.found.delete(oldPath);
					if (file instanceof TFile && file.extension === "md") this.found.set(file.path, { ...problem, path: file.path });
				}),
			),
		);
	}

	/** Looks at every note the cache has a block for but no properties (at start, or when the type property changes). */
	async scan(): Promise<void> {
		const { metadataCache, vault } = this.app;
		const suspects = vault.getMarkdownFiles().filter((file) => {
			const cache = metadataCache.getFileCache(file);
			return cache?.frontmatterPosition !== undefined && cache.frontmatter === undefined;
		});
		this.found.clear();
		for (const file of suspects) {
			try {
				this.check(file.path, await vault.cachedRead(file));
			} catch (error) {
				// A file that vanished or cannot be read is no record either; it is not worth a problem.
				console.error(`Informational Interviews: could not read ${file.path}`, error);
			}
		}
	}

	private check(path: string, text: string): void {
		const info = getFrontMatterInfo(text);
		if (!info.exists || !declaresRecordKind(info.frontmatter, this.typeKey())) {
			this.found.delete(path);
			return;
		}
		try {
			parseYaml(info.frontmatter);
			this.found.delete(path);
		} catch (error) {
			this.found.set(path, unreadablePropertiesProblem(path, error instanceof Error ? error.message : String(error)));
		}
	}
}
