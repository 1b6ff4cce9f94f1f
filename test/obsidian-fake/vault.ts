import type * as obsidian from "obsidian";
import { InMemoryAdapter, isHiddenPath } from "./adapter";
import { asBinary, asText, byteLength, Disk, notFound } from "./disk";
import { Events, type EventRef, type Listener } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { parentOf } from "./paths";

/** One change to the vault, as its events report it. */
export type VaultChange =
	| { readonly type: "create"; readonly file: TAbstractFile }
	| { readonly type: "modify"; readonly file: TFile }
	| { readonly type: "delete"; readonly file: TAbstractFile }
	| { readonly type: "rename"; readonly file: TAbstractFile; readonly oldPath: string };

/**
 * Obsidian's own bookkeeping that reacts to the vault before and after plugins do (the
 * metadata cache, most of all). Observers are not event listeners, so that listener
 * counts in tests show only what plugins registered.
 */
export interface VaultObserver {
	/** The vault already changed; no listener has heard of it yet. */
	before?(change: VaultChange): void;
	/** Every listener has been called. */
	after?(change: VaultChange): void;
}

const ROOT = "/";

function diskPath(path: string): string {
	return path === ROOT ? "" : path;
}

/**
 * Obsidian's Vault over an in-memory disk. Files are kept in a map by path, with a
 * folder tree like Obsidian's. Every change updates the tree first and then fires the
 * event, synchronously, before the returned promise resolves — as Obsidian does once
 * its write has finished. Dot folders stay on the disk and out of the vault.
 */
export class Vault extends Events {
	readonly adapter: InMemoryAdapter;
	configDir = ".obsidian";
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly root: TFolder;
	private readonly observers: VaultObserver[] = [];

	constructor(
		readonly disk: Disk = new Disk(),
		private readonly vaultName = "Fake vault",
	) {
		super();
		this.root = new TFolder(this.asObsidian(), ROOT);
		this.entries.set(ROOT, this.root);
		this.adapter = new InMemoryAdapter(disk);
		this.adapter.onExternalChange = (path) => this.syncFromDisk(path);
		for (const path of [...disk.folders].sort()) if (path !== "" && !isHiddenPath(path)) this.attach(new TFolder(this.asObsidian(), path));
		for (const path of [...disk.files.keys()].sort()) if (!isHiddenPath(path)) this.attach(this.newFile(path));
	}

	override on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: Listener, ctx?: unknown): EventRef;
	override on(name: string, callback: Listener, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	/** Test hook for Obsidian's internals (metadata cache, file manager); plugins use events. */
	observe(observer: VaultObserver): () => void {
		this.observers.push(observer);
		return () => this.observers.splice(this.observers.indexOf(observer), 1);
	}

	/** Test hook: a file's text right now, without a promise (the metadata cache reads with it). */
	contentOf(path: string): string | null {
		const file = this.disk.files.get(path);
		return file ? asText(file.data) : null;
	}

	getName(): string {
		return this.vaultName;
	}

	getFileByPath(path: string): TFile | null {
		const entry = this.entries.get(path);
		return entry instanceof TFile ? entry : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const entry = this.entries.get(path);
		return entry instanceof TFolder ? entry : null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path) ?? null;
	}

	getRoot(): TFolder {
		return this.root;
	}

	async create(path: string, data: string, options?: obsidian.DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options);
	}

	async createBinary(path: string, data: ArrayBuffer, options?: obsidian.DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options);
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this.entries.has(path) || this.disk.hasFolder(path)) throw new Error("Folder already exists.");
		for (const created of this.disk.mkdir(path)) {
			const folder = new TFolder(this.asObsidian(), created);
			this.attach(folder);
			this.emit({ type: "create", file: folder });
		}
		return this.requireFolder(path);
	}

	async read(file: obsidian.TFile): Promise<string> {
		return asText(this.disk.read(this.known(file).path).data);
	}

	async cachedRead(file: obsidian.TFile): Promise<string> {
		return this.read(file);
	}

	async readBinary(file: obsidian.TFile): Promise<ArrayBuffer> {
		return asBinary(this.disk.read(this.known(file).path).data);
	}

	getResourcePath(file: obsidian.TFile): string {
		return this.adapter.getResourcePath(file.path);
	}

	async delete(file: obsidian.TAbstractFile, force?: boolean): Promise<void> {
		const entry = this.known(file);
		const hiddenInside = this.disk.below(diskPath(entry.path)).some((path) => isHiddenPath(path));
		if (entry instanceof TFolder && hiddenInside && force !== true) throw new Error("Folder contains hidden files; pass force to delete it.");
		this.removeEntry(entry, () => this.disk.remove(diskPath(entry.path)));
	}

	async trash(file: obsidian.TAbstractFile, system: boolean): Promise<void> {
		const entry = this.known(file);
		this.removeEntry(entry, () => {
			if (system) this.disk.remove(diskPath(entry.path));
			else {
				this.disk.mkdir(".trash");
				const target = `.trash/${entry.name}`;
				this.disk.remove(target);
				this.disk.move(entry.path, target);
			}
		});
	}

	async rename(file: obsidian.TAbstractFile, newPath: string): Promise<void> {
		const entry = this.known(file);
		if (entry === this.root) throw new Error("Cannot rename the vault root.");
		if (newPath === entry.path) return;
		if (newPath.startsWith(`${entry.path}/`)) throw new Error("Cannot move a folder into itself.");
		if (this.entries.has(newPath) && newPath.toLowerCase() !== entry.path.toLowerCase()) throw new Error("Destination file already exists!");
		if (!this.entries.has(parentOf(newPath) || ROOT)) throw notFound(newPath);
		const oldRoot = entry.path;
		this.disk.move(oldRoot, newPath);
		const moved = this.subtree(entry).map((item) => ({ item, oldPath: item.path }));
		this.detach(entry);
		for (const { item, oldPath } of moved) {
			this.entries.delete(oldPath);
			item.setPath(newPath + oldPath.slice(oldRoot.length));
		}
		this.attach(entry, false);
		for (const { item } of moved) this.entries.set(item.path, item);
		for (const { item, oldPath } of moved) this.emit({ type: "rename", file: item, oldPath });
	}

	async modify(file: obsidian.TFile, data: string, options?: obsidian.DataWriteOptions): Promise<void> {
		this.write(this.knownFile(file), data, options);
	}

	async modifyBinary(file: obsidian.TFile, data: ArrayBuffer, options?: obsidian.DataWriteOptions): Promise<void> {
		this.write(this.knownFile(file), data, options);
	}

	async append(file: obsidian.TFile, data: string, options?: obsidian.DataWriteOptions): Promise<void> {
		const entry = this.knownFile(file);
		this.write(entry, asText(this.disk.read(entry.path).data) + data, options);
	}

	async appendBinary(file: obsidian.TFile, data: ArrayBuffer, options?: obsidian.DataWriteOptions): Promise<void> {
		const entry = this.knownFile(file);
		const head = new Uint8Array(asBinary(this.disk.read(entry.path).data));
		const joined = new Uint8Array(head.byteLength + data.byteLength);
		joined.set(head, 0);
		joined.set(new Uint8Array(data), head.byteLength);
		this.write(entry, joined.buffer, options);
	}

	/** Read, change and write in one step: nothing else can write in between (the fake never interleaves). */
	async process(file: obsidian.TFile, fn: (data: string) => string, options?: obsidian.DataWriteOptions): Promise<string> {
		const entry = this.knownFile(file);
		const next = fn(asText(this.disk.read(entry.path).data));
		this.write(entry, next, options);
		return next;
	}

	async copy<T extends obsidian.TAbstractFile>(file: T, newPath: string): Promise<T> {
		const entry = this.known(file);
		if (!(entry instanceof TFile)) throw new Error("The fake copies files only.");
		const copy = await this.createFile(newPath, this.disk.read(entry.path).data);
		// The copy has the same class as the original, which is what T promises.
		return copy as unknown as T;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.entries.values()].filter((e): e is TFolder => e instanceof TFolder && (includeRoot === true || !e.isRoot()));
	}

	static recurseChildren(root: obsidian.TFolder, cb: (file: obsidian.TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((e): e is TFile => e instanceof TFile);
	}

	/** Files hand the vault to plugin code, which knows it by Obsidian's type. */
	private asObsidian(): obsidian.Vault {
		return this;
	}

	private newFile(path: string): TFile {
		const stored = this.disk.read(path);
		return new TFile(this.asObsidian(), path, { ctime: stored.ctime, mtime: stored.mtime, size: byteLength(stored.data) });
	}

	private async createFile(path: string, data: string | ArrayBuffer, options?: obsidian.DataWriteOptions): Promise<TFile> {
		if (this.entries.has(path) || this.disk.files.has(path)) throw new Error("File already exists.");
		if (isHiddenPath(path)) throw new Error(`The vault does not show files in dot folders: '${path}'`);
		this.disk.write(path, data, options);
		const file = this.newFile(path);
		this.attach(file);
		this.emit({ type: "create", file });
		return file;
	}

	private write(file: TFile, data: string | ArrayBuffer, options?: obsidian.DataWriteOptions): void {
		const stored = this.disk.write(file.path, data, options);
		file.stat.ctime = stored.ctime;
		file.stat.mtime = stored.mtime;
		file.stat.size = byteLength(data);
		this.emit({ type: "modify", file });
	}

	/** Deletes deepest first, so that a folder's `delete` comes after its children's. */
	private removeEntry(entry: TAbstractFile, removeFromDisk: () => void): void {
		if (entry === this.root) throw new Error("Cannot delete the vault root.");
		const doomed = this.subtree(entry).reverse();
		removeFromDisk();
		for (const item of doomed) {
			this.detach(item);
			this.emit({ type: "delete", file: item });
		}
	}

	private subtree(entry: TAbstractFile): TAbstractFile[] {
		const result: TAbstractFile[] = [entry];
		if (entry instanceof TFolder) for (const child of entry.children) result.push(...this.subtree(child));
		return result;
	}

	private attach(entry: TAbstractFile, register = true): void {
		if (register) this.entries.set(entry.path, entry);
		const parent = this.requireFolder(parentOf(entry.path) || ROOT);
		entry.parent = parent;
		parent.children.push(entry);
	}

	private detach(entry: TAbstractFile): void {
		const parent = entry.parent;
		if (parent) parent.children.splice(parent.children.indexOf(entry), 1);
		entry.parent = null;
		this.entries.delete(entry.path);
	}

	private requireFolder(path: string): TFolder {
		const folder = this.getFolderByPath(path);
		if (!folder) throw notFound(path);
		return folder;
	}

	/** The vault's own object for a file handed in by code under test. */
	private known(file: obsidian.TAbstractFile): TAbstractFile {
		const entry = this.entries.get(file.path);
		if (!entry || entry !== file) throw new Error(`Not a file of this vault (deleted or renamed?): '${file.path}'`);
		return entry;
	}

	private knownFile(file: obsidian.TFile): TFile {
		const entry = this.known(file);
		if (!(entry instanceof TFile)) throw new Error(`Not a file: '${file.path}'`);
		return entry;
	}

	private emit(change: VaultChange): void {
		for (const observer of [...this.observers]) observer.before?.(change);
		if (change.type === "rename") this.trigger("rename", change.file, change.oldPath);
		else this.trigger(change.type, change.file);
		for (const observer of [...this.observers]) observer.after?.(change);
	}

	/** What a file-system watcher does after the adapter changed a visible path. */
	private syncFromDisk(path: string): void {
		const entry = this.entries.get(path);
		const onDisk = this.disk.files.get(path);
		if (onDisk && entry instanceof TFile) {
			entry.stat.mtime = onDisk.mtime;
			entry.stat.size = byteLength(onDisk.data);
			this.emit({ type: "modify", file: entry });
			return;
		}
		if (entry && !onDisk && !this.disk.folders.has(path)) {
			this.removeEntry(entry, () => undefined);
			return;
		}
		if (!entry && (onDisk || this.disk.folders.has(path))) {
			if (!this.entries.has(parentOf(path) || ROOT)) this.syncFromDisk(parentOf(path));
			const created = onDisk ? this.newFile(path) : new TFolder(this.asObsidian(), path);
			this.attach(created);
			this.emit({ type: "create", file: created });
			if (created instanceof TFolder) {
				const { files, folders } = this.disk.list(path);
				for (const child of [...folders, ...files]) this.syncFromDisk(child);
			}
		}
	}
}
