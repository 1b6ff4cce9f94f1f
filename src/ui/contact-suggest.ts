import { AbstractInputSuggest, type App } from "obsidian";
import type { RecordIndex } from "../domain/records/record-index";
import type { ContactRecord } from "../domain/records/record-types";
import { nameKey } from "../domain/templates/file-names";

const MAX_SUGGESTIONS = 30;

/**
 * Type-ahead over the contacts in the index, for "referred by" and "contact" fields.
 * `chosen` is the contact picked from the list, forgotten as soon as the text is edited.
 */
export class ContactSuggest extends AbstractInputSuggest<ContactRecord> {
	chosen: ContactRecord | undefined;

	constructor(
		app: App,
		private readonly fieldEl: HTMLInputElement,
		private readonly index: RecordIndex,
	) {
		super(app, fieldEl);
		this.onSelect((contact) => {
			this.chosen = contact;
			this.setValue(contact.name);
			// Lets the form's own listeners see the new value, as if it had been typed.
			this.fieldEl.dispatchEvent(new Event("input"));
			this.close();
		});
		fieldEl.addEventListener("input", () => {
			if (this.chosen && nameKey(this.chosen.name) !== nameKey(this.fieldEl.value)) this.chosen = undefined;
		});
	}

	protected getSuggestions(query: string): ContactRecord[] {
		const wanted = nameKey(query);
		return this.index
			.contacts()
			.filter((c) => wanted === "" || nameKey(c.name).includes(wanted) || nameKey(c.organization ?? "").includes(wanted))
			.sort((a, b) => a.name.localeCompare(b.name))
			.slice(0, MAX_SUGGESTIONS);
	}

	renderSuggestion(contact: ContactRecord, el: HTMLElement): void {
		el.createDiv({ text: contact.name });
		const detail = [contact.role, contact.organization].filter(Boolean).join(", ");
		if (detail !== "") el.createDiv({ cls: "ii-suggestion-detail", text: detail });
	}

	/**
	 * The contact the field names: the one picked, or else the only contact whose name is
	 * exactly what was typed (ignoring case), so typing a full name works as well as picking.
	 */
	contactFor(text: string): ContactRecord | undefined {
		if (this.chosen && nameKey(this.chosen.name) === nameKey(text)) return this.chosen;
		const matches = this.index.contacts().filter((c) => nameKey(c.name) === nameKey(text));
		return matches.length === 1 ? matches[0] : undefined;
	}
}
