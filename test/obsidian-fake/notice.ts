import { requireDom } from "./dom";

/** One notice as the user would have seen it. */
export interface ShownNotice {
	message: string;
	readonly duration: number | undefined;
	hidden: boolean;
	/**
	 * The message element when the message was a fragment (buttons and links in a notice),
	 * so that a test can click in it; null for a plain text message.
	 */
	element: HTMLElement | null;
}

/**
 * Obsidian's Notice. It draws nothing; every notice is recorded in `Notice.shown`, which
 * a test reads and empties with `Notice.clear()`. Its elements exist only when a DOM
 * does (they are created on first use).
 */
export class Notice {
	static readonly shown: ShownNotice[] = [];
	private readonly record: ShownNotice;
	private elements: { noticeEl: HTMLElement; messageEl: HTMLElement } | null = null;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.record = { message: Notice.textOf(message), duration, hidden: false, element: null };
		Notice.shown.push(this.record);
		// A fragment's nodes are what the user interacts with: they move into the notice now.
		if (typeof message !== "string") this.setMessage(message);
	}

	/** Test hook: the notice whose text contains `text`, the newest first. */
	static find(text: string): ShownNotice | undefined {
		return [...Notice.shown].reverse().find((notice) => notice.message.includes(text));
	}

	/** Test hook: the messages shown so far. */
	static messages(): string[] {
		return Notice.shown.map((notice) => notice.message);
	}

	/** Test hook: forget the notices shown so far. */
	static clear(): void {
		Notice.shown.length = 0;
	}

	private static textOf(message: string | DocumentFragment): string {
		return typeof message === "string" ? message : (message.textContent ?? "");
	}

	get noticeEl(): HTMLElement {
		return this.dom().noticeEl;
	}

	get containerEl(): HTMLElement {
		return this.dom().noticeEl;
	}

	get messageEl(): HTMLElement {
		return this.dom().messageEl;
	}

	setMessage(message: string | DocumentFragment): this {
		this.record.message = Notice.textOf(message);
		if (typeof message !== "string") {
			this.dom().messageEl.setText(message);
			this.record.element = this.dom().messageEl;
		} else {
			this.record.element = null;
			if (this.elements) this.elements.messageEl.setText(message);
		}
		return this;
	}

	hide(): void {
		this.record.hidden = true;
		this.elements?.noticeEl.detach();
	}

	private dom(): { noticeEl: HTMLElement; messageEl: HTMLElement } {
		if (!this.elements) {
			requireDom("Notice elements");
			const noticeEl = createDiv({ cls: "notice" });
			const messageEl = noticeEl.createDiv({ cls: "notice-message", text: this.record.message });
			this.elements = { noticeEl, messageEl };
		}
		return this.elements;
	}
}
