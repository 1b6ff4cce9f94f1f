import type * as obsidian from "obsidian";
import { VaultPaths } from "../../src/domain/records/vault-paths";
import { Events, type EventRef, type Listener } from "./events";
import { TFile } from "./files";
import { getLinkpath } from "./links";
import { buildCache } from "./note-cache";
import type { Vault, VaultChange } from "./vault";

type LinkCounts = Record<string, Record<string, number>>;

/**
 * Obsidian's MetadataCache over the fake vault.
 *
 * Timing. Obsidian parses a note some time after the vault's `create`/`modify` event and
 * then fires `changed`, `resolve` for each note whose links it resolved, and `resolved`
 * once its queue is empty. The fake queues the same work. By default (`deferred = false`)
 * it runs the queue as soon as every vault listener has been called, still inside the
 * vault call, so `await vault.modify(...)` returns with the cache up to date. With
 * `deferred = true` the work waits until a test calls `settle()`, which is how a test
 * sees the window in which the vault has changed and the cache has not.
 *
 * Some things Obsidian does at once, and so does the fake in both modes: a deleted
 * note's cache is dropped and `deleted` fires before the vault's `delete` listeners run;
 * a renamed note's cache moves to the new path before the vault's `rename` listeners
 * run; and link resolution (`getFirstLinkpathDest`) always sees the vault's current files.
 * A rename fires no `changed` (the text did not change; see obsidian-api issue #77).
 */
export class MetadataCache extends Events {
	resolvedLinks: LinkCounts = {};
	unresolvedLinks: LinkCounts = {};
	/** When true, parsing and resolution wait for `settle()`. */
	deferred = false;
	private readonly caches = new Map<string, obsidian.CachedMetadata>();
	private readonly paths = new VaultPaths();
	private readonly toParse: TFile[] = [];
	private readonly toResolve = new Set<string>();
	private resolveEverything = false;
	private running = false;

	constructor(private readonly vault: Vault) {
		super();
		for (const file of vault.getFiles()) this.paths.add(file.path);
		for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, buildCache(vault.contentOf(file.path) ?? ""));
		for (const file of vault.getMarkdownFiles()) this.resolveOne(file.path);
		vault.observe({ before: (change) => this.beforeListeners(change), after: (change) => this.afterListeners(change) });
	}

	override on(name: "changed", callback: (file: TFile, data: string, cache: obsidian.CachedMetadata) => unknown, ctx?: unknown): EventRef;
	override on(name: "deleted", callback: (file: TFile, prevCache: obsidian.CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: Listener, ctx?: unknown): EventRef;
	override on(name: string, callback: Listener, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getFileCache(file: obsidian.TFile): obsidian.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): obsidian.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = this.paths.resolve(linkpath, sourcePath);
		return path === null ? null : this.vault.getFileByPath(path);
	}

	/** The shortest link text that still reaches `file` from `sourcePath` (Obsidian's default link format). */
	fileToLinktext(file: obsidian.TFile, sourcePath: string, omitMdExtension = true): string {
		const omit = omitMdExtension && file.extension === "md";
		const name = omit ? file.basename : file.name;
		if (this.getFirstLinkpathDest(name, sourcePath)?.path === file.path) return name;
		return omit ? file.path.slice(0, -".md".length) : file.path;
	}

	/** Test hook: how many notes wait to be parsed (only ever non-zero when `deferred`). */
	get pendingCount(): number {
		return this.toParse.length + (this.resolveEverything || this.toResolve.size > 0 ? 1 : 0);
	}

	/** Test hook: runs everything queued, firing `changed`, `resolve` and `resolved`. */
	async settle(): Promise<void> {
		this.run();
		await Promise.resolve();
	}

	private beforeListeners(change: VaultChange): void {
		const { file } = change;
		if (!(file instanceof TFile)) return;
		if (change.type === "create") this.paths.add(file.path);
		else if (change.type === "delete") {
			this.paths.remove(file.path);
			const previous = this.caches.get(file.path) ?? null;
			this.forget(file.path);
			this.trigger("deleted", file, previous);
		} else if (change.type === "rename") {
			this.paths.remove(change.oldPath);
			this.paths.add(file.path);
			const cache = this.caches.get(change.oldPath);
			this.forget(change.oldPath);
			if (cache && file.extension === "md") {
				this.caches.set(file.path, cache);
				this.resolveOne(file.path);
			}
		}
	}

	private afterListeners(change: VaultChange): void {
		const { file } = change;
		if (!(file instanceof TFile)) return;
		const isNote = file.extension === "md";
		if (change.type === "modify") {
			if (isNote) this.toParse.push(file);
		} else {
			// The set of files changed: any link in any note may now resolve differently.
			this.resolveEverything = true;
			const becameNote = change.type === "rename" && isNote && !this.caches.has(file.path);
			if ((change.type === "create" && isNote) || becameNote) this.toParse.push(file);
		}
		if (!this.deferred) this.run();
	}

	private forget(path: string): void {
		this.caches.delete(path);
		delete this.resolvedLinks[path];
		delete this.unresolvedLinks[path];
	}

	/** Works through the queue; re-entrant calls (a listener writing a note) join the running loop. */
	private run(): void {
		if (this.running) return;
		this.running = true;
		try {
			let resolvedSomething = false;
			while (this.toParse.length > 0 || this.resolveEverything || this.toResolve.size > 0) {
				for (let file = this.toParse.shift(); file; file = this.toParse.shift()) this.parse(file);
				resolvedSomething = this.resolvePending() || resolvedSomething;
			}
			if (resolvedSomething) this.trigger("resolved");
		} finally {
			this.running = false;
		}
	}

	private parse(file: TFile): void {
		// Deleted or no longer a note since it was queued: nothing to parse.
		if (this.vault.getFileByPath(file.path) !== file || file.extension !== "md") return;
		const data = this.vault.contentOf(file.path) ?? "";
		const cache = buildCache(data);
		this.caches.set(file.path, cache);
		this.toResolve.add(file.path);
		this.trigger("changed", file, data, cache);
	}

	/** Resolves what is queued; fires `resolve` for each note parsed or whose links now point elsewhere. */
	private resolvePending(): boolean {
		const explicit = new Set(this.toResolve);
		const everything = this.resolveEverything;
		this.toResolve.clear();
		this.resolveEverything = false;
		const paths = everything ? [...this.caches.keys()] : [...explicit];
		let any = explicit.size > 0 || everything;
		for (const path of paths) {
			const changed = this.resolveOne(path);
			const file = this.vault.getFileByPath(path);
			if (file && (changed || explicit.has(path))) {
				any = true;
				this.trigger("resolve", file);
			}
		}
		return any;
	}

	/** Recomputes one note's link counts; true when they differ from before. */
	private resolveOne(path: string): boolean {
		const cache = this.caches.get(path);
		if (!cache) return false;
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
			const linkpath = getLinkpath(ref.link);
			if (linkpath === "") continue;
			const target = this.paths.resolve(linkpath, path);
			if (target === null) unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			else resolved[target] = (resolved[target] ?? 0) + 1;
		}
		const changed = JSON.stringify(resolved) !== JSON.stringify(this.resolvedLinks[path]) || JSON.stringify(unresolved) !== JSON.stringify(this.unresolvedLinks[path]);
		this.resolvedLinks[path] = resolved;
		this.unresolvedLinks[path] = unresolved;
		return changed;
	}
}
