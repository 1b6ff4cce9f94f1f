import type { Scope } from "./scope";

/**
 * What each suggester (a SuggestModal or an input's popover) shows right now, kept
 * outside the classes so that the test hooks cannot clash with a subclass's own fields.
 */
interface Shown {
	values: unknown[];
	selected: number;
	containerEl: HTMLElement;
}

const shown = new WeakMap<object, Shown>();

/**
 * Renders suggestions into `containerEl` as `div.suggestion-item` (the first selected);
 * a click chooses one.
 */
export function showSuggestions<T>(owner: object, containerEl: HTMLElement, values: T[], render: (value: T, el: HTMLElement) => void, choose: (value: T, evt: MouseEvent) => void): void {
	shown.set(owner, { values, selected: 0, containerEl });
	containerEl.empty();
	values.forEach((value, index) => {
		const el = containerEl.createDiv({ cls: index === 0 ? "suggestion-item is-selected" : "suggestion-item" });
		render(value, el);
		el.addEventListener("click", (evt) => choose(value, evt));
	});
}

export function clearSuggestions(owner: object): void {
	shown.delete(owner);
}

/** Moves the selection by `step`, wrapping around. */
export function moveSelection(owner: object, step: number): void {
	const state = shown.get(owner);
	if (!state || state.values.length === 0) return;
	state.selected = (state.selected + step + state.values.length) % state.values.length;
	Array.from(state.containerEl.children).forEach((el, i) => el.toggleClass("is-selected", i === state.selected));
}

export function selectedSuggestion(owner: object): { value: unknown } | null {
	const state = shown.get(owner);
	if (!state || state.values.length === 0) return null;
	return { value: state.values[state.selected] };
}

/**
 * The keys every suggester answers to: arrows move the selection, Enter chooses the
 * selected value (if any) with `choose`.
 */
export function registerSuggestionKeys(scope: Scope, owner: object, choose: (value: unknown, evt: KeyboardEvent) => void): void {
	scope.register([], "ArrowDown", () => {
		moveSelection(owner, 1);
		return false;
	});
	scope.register([], "ArrowUp", () => {
		moveSelection(owner, -1);
		return false;
	});
	scope.register([], "Enter", (evt) => {
		const selected = selectedSuggestion(owner);
		if (selected) choose(selected.value, evt);
		return false;
	});
}

/**
 * Test hook: what a suggester (SuggestModal, FuzzySuggestModal, AbstractInputSuggest —
 * typed as the fake's or as Obsidian's) lists now, after opening or typing; call
 * `await app.settle()` first when its suggestions are async.
 */
export function suggestionsOf<T>(owner: { renderSuggestion(value: T, el: HTMLElement): void }): T[] {
	// The values were rendered by this owner's renderSuggestion, so they are its T.
	return [...((shown.get(owner)?.values ?? []) as T[])];
}

/** Test hook: clicks the suggestion at `index`, as a user would. */
export function chooseSuggestion(owner: object, index: number): void {
	const state = shown.get(owner);
	const el = state?.containerEl.querySelectorAll(".suggestion-item")[index];
	if (!(el instanceof HTMLElement)) throw new Error(`No suggestion at index ${index} (${state?.values.length ?? 0} shown)`);
	el.click();
}
