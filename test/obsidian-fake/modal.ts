import type * as obsidian from "obsidian";
import { asFakeApp, type App } from "./app";
import { requireDom } from "./dom";
import { track } from "./pending";
import { Scope } from "./scope";

/**
 * Obsidian's Modal: `open()` puts it into the page and runs `onOpen`, `close()` takes it
 * out and runs `onClose`. Open modals are listed in `Modal.openModals` (a test hook), so a
 * test can find the modal a command opened.
 */
export class Modal {
	/** Test hook: modals currently open, oldest first. */
	static readonly openModals: Modal[] = [];
	app: App;
	scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	private closeCallback: (() => unknown) | null = null;
	private opened = false;

	constructor(app: App | obsidian.App) {
		requireDom("A modal");
		this.app = asFakeApp(app);
		this.containerEl = createDiv({ cls: "modal-container" });
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.modalEl.createDiv({ cls: "modal-close-button" }).addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-header" }).createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
	}

	/** Test hook: the newest open modal, if any. */
	static current(): Modal | undefined {
		return Modal.openModals[Modal.openModals.length - 1];
	}

	/** Test hook: closes every open modal (between tests). */
	static closeAll(): void {
		for (const modal of [...Modal.openModals].reverse()) modal.close();
	}

	get isOpen(): boolean {
		return this.opened;
	}

	open(): void {
		if (this.opened) return;
		this.opened = true;
		document.body.appendChild(this.containerEl);
		Modal.openModals.push(this);
		track(this.onOpen());
	}

	close(): void {
		if (!this.opened) return;
		this.opened = false;
		this.containerEl.detach();
		Modal.openModals.splice(Modal.openModals.indexOf(this), 1);
		this.onClose();
		if (this.closeCallback) track(this.closeCallback());
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}
