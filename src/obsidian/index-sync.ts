import { TFile, type App, type EventRef } from "obsidian";
import type { RecordIndex, Scheduler } from "../domain/records/record-index";
import type { ParseOptions } from "../domain/records/records";
import { guarded } from "./guarded";

/** Batches index notifications with a window timer, so a burst of edits repaints once. */
export function windowScheduler(delayMs: number): Scheduler {
	return (flush) => {
		const handle = window.setTimeout(flush, delayMs);
		return () => window.clearTimeout(handle);
	};
}

/** Resolves a link the way Obsidian does, through its metadata cache. */
export function obsidianResolver(app: App): (linkpath: string, sourcePath: string) => string | null {
	return (linkpath, sourcePath) => app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
}


/**
 * Keeps a RecordIndex equal to what the metadata cache says: a full build once the
 * layout is ready (and again the first time every link is resolved, which reads only the
 * notes whose cache changed in between), then one note at a time from `changed`,
 * `deleted`, `create`, `delete` and `rename`.
 */
export class IndexSync {
	private resolvedOnce = false;

	constructor(
		private readonly app: App,
		private readonly index: RecordIndex,
		private readonly registerEvent: (ref: EventRef) => void,
	) {}

	/** Call from `onload`; the work waits for the layout, as Obsidian asks of plugins. */
	start(): void {
		this.app.workspace.onLayoutReady(
			guarded("build the index", () => {
				this.rebuild();
				this.listen();
			}),
		);
	}

	/** A full build from the metadata cache, with new parse options when the settings changed. */
	rebuild(options?: ParseOptions): void {
		const { metadataCache, vault } = this.app;
		this.index.replaceAll(
			vault.getMarkdownFiles().map((file) => [file.path, metadataCache.getFileCache(file)?.frontmatter] as const),
			options,
		);
	}

	private listen(): void {
		const { metadataCache, vault } = this.app;
		this.registerEvent(
			metadataCache.on(
				"changed",
				guarded("read a changed note", (file, _data, cache) => this.index.set(file.path, cache.frontmatter)),
			),
		);
		this.registerEvent(
			metadataCache.on(
				"deleted",
				guarded("forget a deleted note", (file) => this.index.remove(file.path)),
			),
		);
		this.registerEvent(
			metadataCache.on(
				"resolved",
				guarded("rebuild after links resolved", () => {
					// Links are only fully resolved once after start-up; later changes arrive one by one.
					if (this.resolvedOnce) return;
					this.resolvedOnce = true;
					this.rebuild();
				}),
			),
		);
		this.registerEvent(
			vault.on(
				"create",
				guarded("follow a new file", (file) => {
					if (file instanceof TFile) this.index.fileSetChanged(file.path);
				}),
			),
		);
		this.registerEvent(
			vault.on(
				"delete",
				guarded("follow a deleted file", (file) => {
					if (!(file instanceof TFile)) return;
					this.index.remove(file.path);
					this.index.fileSetChanged(file.path);
				}),
			),
		);
		this.registerEvent(
			vault.on(
				"rename",
				guarded("follow a renamed file", (file, oldPath) => {
					if (!(file instanceof TFile)) return;
					const cache = file.extension === "md" ? this.app.metadataCache.getFileCache(file) : null;
					this.index.rename(oldPath, file.path, cache?.frontmatter);
				}),
			),
		);
	}
}
