import type * as obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { requireDom } from "./dom";
import { Editor } from "./editor";
import { TFile } from "./files";
import { setIcon } from "./icons";
import { track } from "./pending";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** Code under test passes leaves typed as Obsidian's; at run time they are the fake's. */
export function asFakeLeaf(leaf: WorkspaceLeaf | obsidian.WorkspaceLeaf): WorkspaceLeaf {
	if (Reflect.get(leaf, "isFakeLeaf") === true) return leaf as WorkspaceLeaf;
	throw new TypeError("expected a WorkspaceLeaf of the obsidian fake");
}

/**
 * Obsidian's View. The leaf calls `open(parent)` and `close()` (Obsidian's own, not part
 * of the public API) which load the component and run `onOpen`, and run `onClose` and
 * unload it.
 */
export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: null = null;

	constructor(leaf: WorkspaceLeaf | obsidian.WorkspaceLeaf) {
		super();
		requireDom("A view");
		this.leaf = asFakeLeaf(leaf);
		this.app = this.leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: obsidian.ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}

	onPaneMenu(): void {}

	/** Obsidian's internal: shows the view in `parent`, loads it and runs `onOpen`. */
	async open(parent: HTMLElement): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		parent.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** Obsidian's internal: runs `onClose`, unloads the view and takes it out of the page. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
}

/** Obsidian's ItemView: `containerEl.children[0]` is the header, `children[1]` the content. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private readonly actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf | obsidian.WorkspaceLeaf) {
		super(leaf);
		const header = this.containerEl.createDiv({ cls: "view-header" });
		header.createDiv({ cls: "view-header-title", text: "" });
		this.actionsEl = header.createDiv({ cls: "view-actions" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.actionsEl.createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => track(callback(evt)));
		return el;
	}
}

/** A leaf with nothing in it ("New tab"). */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/** Obsidian's FileView: a view of one file, named by it, whose state is its path. */
export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;
	override navigation = true;

	override getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, result: obsidian.ViewStateResult): Promise<void> {
		const path: unknown = typeof state === "object" && state !== null ? Reflect.get(state, "file") : undefined;
		const file = typeof path === "string" ? this.app.vault.getFileByPath(path) : null;
		if (file && file !== this.file) {
			if (this.file) await this.onUnloadFile(this.file);
			this.file = file;
			await this.onLoadFile(file);
		}
		await super.setState(state, result);
	}

	async onLoadFile(_file: TFile): Promise<void> {}

	async onUnloadFile(_file: TFile): Promise<void> {}

	canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
}

/**
 * Obsidian's MarkdownView, in source mode: an Editor over the file's text. Edits reach
 * the file the way Obsidian saves: `requestSave()` after an edit writes two seconds later
 * (advance fake timers, or call `save()`). A change to the file from elsewhere reloads the
 * editor.
 */
export class MarkdownView extends FileView {
	editor = new Editor();
	hoverPopover = null;
	private saveTimer: ReturnType<typeof setTimeout> | null = null;

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	get data(): string {
		return this.editor.getValue();
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, _clear: boolean): void {
		this.editor.resetValue(data);
	}

	clear(): void {
		this.editor.resetValue("");
	}

	override onload(): void {
		this.register(
			this.editor.onDidChange(() => {
				this.app.workspace.trigger("editor-change", this.editor, this);
				this.requestSave();
			}),
		);
		this.registerEvent(
			this.app.vault.on("modify", (file) => {
				if (file !== this.file || !(file instanceof TFile)) return;
				const text = this.app.vault.contentOf(file.path) ?? "";
				if (text !== this.editor.getValue()) this.editor.resetValue(text);
			}),
		);
		this.register(() => this.cancelSave());
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.editor.resetValue(await this.app.vault.read(file));
	}

	/** Saves two seconds after the last request, as Obsidian does while typing. */
	requestSave(): void {
		this.cancelSave();
		this.saveTimer = setTimeout(() => {
			this.saveTimer = null;
			track(this.save());
		}, 2000);
	}

	async save(): Promise<void> {
		this.cancelSave();
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		if (this.app.vault.contentOf(file.path) !== this.editor.getValue()) await this.app.vault.modify(file, this.editor.getValue());
	}

	private cancelSave(): void {
		if (this.saveTimer !== null) clearTimeout(this.saveTimer);
		this.saveTimer = null;
	}
}
