import type * as obsidian from "obsidian";
import { asFakeApp, type App } from "./app";
import { requireDom } from "./dom";
import { track } from "./pending";
import { Scope } from "./scope";
import { clearSuggestions, registerSuggestionKeys, showSuggestions } from "./suggestions";

/** Obsidian's PopoverSuggest: a list of suggestions shown next to something, open or closed. */
export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	/** The popover's list (`div.suggestion-container`), in the page while open. */
	readonly suggestEl: HTMLElement;
	private opened = false;

	constructor(app: App | obsidian.App, scope?: Scope) {
		requireDom("A suggester");
		this.app = asFakeApp(app);
		this.scope = scope ?? new Scope();
		this.suggestEl = createDiv({ cls: "suggestion-container" });
		// Only this suggester's own values are stored for it.
		registerSuggestionKeys(this.scope, this, (value, evt) => this.selectSuggestion(value as T, evt));
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
	}

	/** Test hook: whether the popover is showing. */
	get isOpen(): boolean {
		return this.opened;
	}

	open(): void {
		if (this.opened) return;
		this.opened = true;
		document.body.appendChild(this.suggestEl);
	}

	close(): void {
		if (!this.opened) return;
		this.opened = false;
		this.suggestEl.detach();
		clearSuggestions(this);
	}

	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

	/** Shows `values`, or closes when there are none. */
	protected show(values: T[]): void {
		if (values.length === 0) {
			this.close();
			return;
		}
		this.open();
		showSuggestions(this, this.suggestEl, values, (value, el) => this.renderSuggestion(value, el), (value, evt) => this.selectSuggestion(value, evt));
	}
}

/**
 * Obsidian's AbstractInputSuggest: suggestions for a text field, asked for whenever the
 * field gets an `input` or `focus` event. Choosing one calls the `onSelect` callback
 * (closing is up to it, as in Obsidian).
 */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	private readonly textInputEl: HTMLInputElement | HTMLDivElement;
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(app: App | obsidian.App, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this.textInputEl = textInputEl;
		textInputEl.addEventListener("input", () => track(this.updateSuggestions()));
		textInputEl.addEventListener("focus", () => track(this.updateSuggestions()));
	}

	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.setText(value);
	}

	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : this.textInputEl.getText();
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		if (this.selectCallback) track(this.selectCallback(value, evt));
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}

	/** Asks for suggestions for the field's text and shows them (Obsidian's internal name); synchronous ones at once. */
	async updateSuggestions(): Promise<void> {
		const result = this.getSuggestions(this.getValue());
		this.show((result instanceof Promise ? await result : result).slice(0, this.limit));
	}
}
