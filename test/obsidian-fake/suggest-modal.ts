import type * as obsidian from "obsidian";
import type { App } from "./app";
import { Modal } from "./modal";
import { track } from "./pending";
import { prepareFuzzySearch, renderResults } from "./search";
import { clearSuggestions, registerSuggestionKeys, selectedSuggestion, showSuggestions, suggestionsOf } from "./suggestions";

/**
 * Obsidian's SuggestModal: a prompt whose input filters suggestions. Typing (an `input`
 * event) asks `getSuggestions`, renders each into `div.suggestion-item` or, when there is
 * none, shows `emptyStateText` in `div.suggestion-empty`; Enter or a click chooses one
 * (the modal closes first, then `onChooseSuggestion` runs, as in Obsidian). Tests use
 * `typeQuery`, `suggestionsOf` and `chooseSuggestion` (suggestions.ts).
 */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private readonly instructionsEl: HTMLElement;

	constructor(app: App | obsidian.App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createDiv({ cls: "prompt-input-container" }).createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		this.inputEl.addEventListener("input", () => track(this.updateSuggestions()));
		// Only this modal's own suggestions are stored for it.
		registerSuggestionKeys(this.scope, this, (value, evt) => this.selectSuggestion(value as T, evt));
	}

	override open(): void {
		super.open();
		track(this.updateSuggestions());
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: obsidian.Instruction[]): void {
		this.instructionsEl.empty();
		for (const { command, purpose } of instructions) {
			const el = this.instructionsEl.createDiv({ cls: "prompt-instruction" });
			el.createSpan({ cls: "prompt-instruction-command", text: command });
			el.createSpan({ text: purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		track(this.onChooseSuggestion(value, evt));
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const selected = selectedSuggestion(this);
		// Only this modal's own suggestions are stored for it.
		if (selected) this.selectSuggestion(selected.value as T, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): unknown;

	/**
	 * Asks for suggestions for the current input and renders them (Obsidian's internal
	 * name). Synchronous suggestions are shown before this returns.
	 */
	async updateSuggestions(): Promise<void> {
		const result = this.getSuggestions(this.inputEl.value);
		const values = (result instanceof Promise ? await result : result).slice(0, this.limit);
		if (values.length === 0) {
			clearSuggestions(this);
			this.onNoSuggestion();
			return;
		}
		showSuggestions(this, this.resultContainerEl, values, (value, el) => this.renderSuggestion(value, el), (value, evt) => this.selectSuggestion(value, evt));
	}
}

/** Obsidian's FuzzySuggestModal: items filtered by a fuzzy match on their text. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<obsidian.FuzzyMatch<T>> {
	getSuggestions(query: string): obsidian.FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const matches: obsidian.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) matches.push({ item, match });
		}
		// A stable sort: equally good matches keep the order of getItems().
		return query.trim() === "" ? matches : matches.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: obsidian.FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}

	onChooseSuggestion(item: obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		track(this.onChooseItem(item.item, evt));
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): unknown;
}

/** Test hook: types into the prompt (an `input` event, as a user would) and waits for the suggestions. */
export async function typeQuery<T>(modal: SuggestModal<T> | obsidian.SuggestModal<T>, query: string): Promise<T[]> {
	if (!(modal instanceof SuggestModal)) throw new TypeError("expected a SuggestModal of the obsidian fake");
	modal.inputEl.value = query;
	await modal.updateSuggestions();
	return suggestionsOf<T>(modal);
}
