import type * as obsidian from "obsidian";
import type { App } from "./app";
import { requireDom } from "./dom";
import { Events } from "./events";
import { TFile } from "./files";
import { track } from "./pending";
import { EmptyView, type View } from "./views";
import type { Workspace } from "./workspace";

/** Where a leaf lives: the main area or one of the sidebars. */
export type LeafSide = "root" | "left" | "right";

/**
 * Obsidian's WorkspaceLeaf: a slot that shows one view. `setViewState` builds the view
 * from the creator registered for its type, closes the previous view and opens the new one.
 */
export class WorkspaceLeaf extends Events {
	/** Lets `asFakeLeaf` recognise the fake's leaves without importing this module. */
	readonly isFakeLeaf = true;
	readonly containerEl: HTMLElement;
	view: View;
	hoverPopover = null;
	pinned = false;
	group: string | null = null;
	/** Test hook: how many times `revealLeaf` showed this leaf. */
	revealCount = 0;
	detached = false;

	constructor(
		readonly workspace: Workspace,
		readonly side: LeafSide,
	) {
		super();
		requireDom("A workspace leaf");
		this.containerEl = createDiv({ cls: "workspace-leaf" });
		this.view = new EmptyView(this);
		track(this.view.open(this.containerEl));
	}

	get app(): App {
		return this.workspace.app;
	}

	async open(view: View): Promise<View> {
		const previous = this.view;
		this.view = view;
		await previous.close();
		await view.open(this.containerEl);
		return view;
	}

	async setViewState(viewState: obsidian.ViewState, eState?: unknown): Promise<void> {
		const sameType = this.view.getViewType() === viewState.type;
		if (!sameType) {
			const creator = this.workspace.viewCreator(viewState.type);
			await this.open(creator ? creator(this) : new EmptyView(this));
		}
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (viewState.active === true) this.workspace.setActiveLeaf(this);
		else if (this.workspace.activeLeaf === this) this.workspace.activeFileMayHaveChanged();
		this.workspace.trigger("layout-change");
	}

	getViewState(): obsidian.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.workspace.activeLeaf === this, pinned: this.pinned };
	}

	async openFile(file: obsidian.TFile, openState?: obsidian.OpenViewState): Promise<void> {
		const type = file.extension === "md" ? "markdown" : this.workspace.viewTypeForExtension(file.extension);
		await this.setViewState({ type, state: { ...openState?.state, file: file.path }, active: openState?.active ?? true }, openState?.eState);
		this.workspace.rememberOpened(file);
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: WorkspaceLeaf | obsidian.WorkspaceLeaf): void {
		const group: unknown = Reflect.get(other, "group");
		this.setGroup(typeof group === "string" ? group : "");
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	detach(): void {
		if (this.detached) return;
		this.detached = true;
		track(this.view.close());
		this.containerEl.detach();
		this.workspace.forgetLeaf(this);
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}

	/** The file shown, when the view shows one. */
	get file(): TFile | null {
		const file: unknown = Reflect.get(this.view, "file");
		return file instanceof TFile ? file : null;
	}
}
