import type * as obsidian from "obsidian";
import type { App } from "./app";
import { requireDom } from "./dom";
import { Events, type EventRef, type Listener } from "./events";
import { TFile } from "./files";
import { getLinkpath } from "./links";
import { normalizePath, parentOf } from "./paths";
import { track } from "./pending";
import { asFakeLeaf, EmptyView, MarkdownView, type View } from "./views";
import { WorkspaceLeaf, type LeafSide } from "./workspace-leaf";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** A sidebar: open or collapsed. */
export class WorkspaceSidedock {
	collapsed = true;

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

/**
 * Obsidian's Workspace, flattened: a list of leaves, each in the main area or a sidebar,
 * without splits and tab groups. What plugins observe is kept: which leaf is active,
 * which file is open (`file-open`, `active-leaf-change`), the views registered by type,
 * `onLayoutReady`.
 */
export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	private rootEl: HTMLElement | null = null;
	readonly leftSplit = new WorkspaceSidedock();
	readonly rightSplit = new WorkspaceSidedock();
	/** Test hook: ids and display names of registered hover-link sources. */
	readonly hoverLinkSources = new Map<string, obsidian.HoverLinkSource>();
	private leaves: WorkspaceLeaf[] = [];
	/** Leaves in the order they were last active, most recent last. */
	private recency: WorkspaceLeaf[] = [];
	private readonly layoutCallbacks: (() => unknown)[] = [];
	private readonly creators = new Map<string, ViewCreator>();
	private readonly extensions = new Map<string, string>();
	private readonly lastOpenFiles: string[] = [];
	private lastActiveFile: TFile | null = null;

	constructor(readonly app: App) {
		super();
		this.creators.set("markdown", (leaf) => new MarkdownView(leaf));
		this.creators.set("empty", (leaf) => new EmptyView(leaf));
	}

	override on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "layout-change", callback: () => unknown, ctx?: unknown): EventRef;
	override on(name: "editor-change", callback: (editor: MarkdownView["editor"], info: MarkdownView) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: Listener, ctx?: unknown): EventRef;
	override on(name: string, callback: Listener, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	/** Runs the callback now when the layout is ready, or when it becomes ready (Obsidian's contract). */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) track(callback());
		else this.layoutCallbacks.push(callback);
	}

	/** Test hook (use `app.finishLayout()`): the moment Obsidian has restored the workspace. */
	finishLayout(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const callback of this.layoutCallbacks.splice(0)) track(callback());
		this.trigger("layout-change");
	}

	/** Created on first use, so that a workspace without leaves needs no DOM. */
	get containerEl(): HTMLElement {
		requireDom("Workspace.containerEl");
		this.rootEl ??= createDiv({ cls: "workspace" });
		return this.rootEl;
	}

	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	getLeaf(newLeaf?: boolean | obsidian.PaneType): WorkspaceLeaf {
		if (newLeaf === undefined || newLeaf === false) {
			const current = this.activeLeaf?.side === "root" && !this.activeLeaf.pinned ? this.activeLeaf : this.getMostRecentLeaf();
			if (current && !current.pinned) return current;
		}
		return this.createLeaf("root");
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	createLeafBySplit(): WorkspaceLeaf {
		return this.createLeaf("root");
	}

	splitActiveLeaf(): WorkspaceLeaf {
		return this.createLeaf("root");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("left");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("right");
	}

	async ensureSideLeaf(type: string, side: obsidian.Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const leaf = this.getLeavesOfType(type).find((l) => l.side === side) ?? this.createLeaf(side);
		await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	setActiveLeaf(leaf: WorkspaceLeaf | obsidian.WorkspaceLeaf): void {
		const fake = asFakeLeaf(leaf);
		if (this.activeLeaf !== fake) {
			this.activeLeaf = fake;
			this.recency = [...this.recency.filter((l) => l !== fake), fake];
			this.trigger("active-leaf-change", fake);
		}
		this.activeFileMayHaveChanged();
	}

	getLeafById(): WorkspaceLeaf | null {
		return null;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.group === group);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return [...this.recency].reverse().find((leaf) => leaf.side === "root") ?? this.leaves.find((leaf) => leaf.side === "root") ?? null;
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view: unknown = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The file of the active leaf, or of the most recent main-area leaf while a sidebar is active. */
	getActiveFile(): TFile | null {
		if (this.activeLeaf?.side === "root") return this.activeLeaf.file;
		return this.getMostRecentLeaf()?.file ?? null;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "root")) callback(leaf);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf | obsidian.WorkspaceLeaf): Promise<void> {
		const fake = asFakeLeaf(leaf);
		fake.revealCount++;
		if (fake.side === "left") this.leftSplit.expand();
		if (fake.side === "right") this.rightSplit.expand();
		await fake.loadIfDeferred();
	}

	getLastOpenFiles(): string[] {
		return [...this.lastOpenFiles];
	}

	/**
	 * Opens a link the way a click does: resolves it from `sourcePath`, and when no note
	 * has that name creates one (as Obsidian does), then shows it.
	 */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | obsidian.PaneType, openViewState?: obsidian.OpenViewState): Promise<void> {
		const linkpath = getLinkpath(linktext);
		let file: TFile | null = linkpath === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
		if (!file) {
			const path = normalizePath(/\.[a-z0-9]+$/i.test(linkpath) ? linkpath : `${linkpath}.md`);
			const folder = parentOf(path);
			if (folder !== "" && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
			file = await this.app.vault.create(path, "");
		}
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	updateOptions(): void {}

	/** Test hook for Plugin.registerView. */
	registerView(type: string, creator: ViewCreator): void {
		if (this.creators.has(type)) throw new Error(`A view type named "${type}" is already registered.`);
		this.creators.set(type, creator);
	}

	/** Test hook for Plugin unload: the views of that type go away with it. */
	unregisterView(type: string): void {
		this.creators.delete(type);
		this.detachLeavesOfType(type);
	}

	/** Test hook for Plugin.registerExtensions. */
	registerExtensions(extensions: string[], viewType: string): void {
		for (const extension of extensions) this.extensions.set(extension, viewType);
	}

	unregisterExtensions(extensions: string[]): void {
		for (const extension of extensions) this.extensions.delete(extension);
	}

	viewCreator(type: string): ViewCreator | undefined {
		return this.creators.get(type);
	}

	viewTypeForExtension(extension: string): string {
		return this.extensions.get(extension) ?? "empty";
	}

	/** Called by leaves: fires `file-open` when the file in front changed. */
	activeFileMayHaveChanged(): void {
		const file = this.getActiveFile();
		if (file === this.lastActiveFile) return;
		this.lastActiveFile = file;
		this.trigger("file-open", file);
	}

	rememberOpened(file: obsidian.TFile): void {
		const index = this.lastOpenFiles.indexOf(file.path);
		if (index >= 0) this.lastOpenFiles.splice(index, 1);
		this.lastOpenFiles.unshift(file.path);
	}

	forgetLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		this.recency = this.recency.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.getMostRecentLeaf();
			this.trigger("active-leaf-change", this.activeLeaf);
			this.activeFileMayHaveChanged();
		}
		this.trigger("layout-change");
	}

	private createLeaf(side: LeafSide): WorkspaceLeaf {
		requireDom("A workspace leaf");
		const leaf = new WorkspaceLeaf(this, side);
		this.leaves.push(leaf);
		this.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}
}
