import { AbstractInputSuggest, type App } from "obsidian";

const MAX_SUGGESTIONS = 20;

/**
 * Type-ahead over values the vault already uses (career fields, how people were found),
 * so that one field is spelled one way. The list is read when the suggester is made.
 */
export class ValueSuggest extends AbstractInputSuggest<string> {
	private readonly values: readonly string[];

	constructor(
		app: App,
		private readonly fieldEl: HTMLInputElement,
		values: Iterable<string>,
	) {
		super(app, fieldEl);
		const byKey = new Map<string, string>();
		for (const value of values) {
			const trimmed = value.trim();
			if (trimmed !== "" && !byKey.has(trimmed.toLowerCase())) byKey.set(trimmed.toLowerCase(), trimmed);
		}
		this.values = [...byKey.values()].sort((a, b) => a.localeCompare(b));
		this.onSelect((value) => {
			this.setValue(value);
			this.fieldEl.dispatchEvent(new Event("input"));
			this.close();
		});
	}

	protected getSuggestions(query: string): string[] {
		const wanted = query.trim().toLowerCase();
		return this.values.filter((value) => wanted === "" || value.toLowerCase().includes(wanted)).slice(0, MAX_SUGGESTIONS);
	}

	renderSuggestion(value: string, el: HTMLElement): void {
		el.setText(value);
	}
}
