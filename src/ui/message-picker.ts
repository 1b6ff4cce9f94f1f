import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { MessageTemplate } from "../domain/templates/message-template";

/** A fuzzy picker over the built-in and the user's own message templates. */
export class MessagePicker extends FuzzySuggestModal<MessageTemplate> {
	constructor(
		app: App,
		private readonly templates: readonly MessageTemplate[],
		private readonly onChoose: (template: MessageTemplate) => void,
	) {
		super(app);
		this.setPlaceholder("Find a message template");
		this.emptyStateText = "No template matches.";
	}

	getItems(): MessageTemplate[] {
		return [...this.templates];
	}

	getItemText(template: MessageTemplate): string {
		return template.title;
	}

	override renderSuggestion(match: FuzzyMatch<MessageTemplate>, el: HTMLElement): void {
		const template = match.item;
		el.createDiv({ text: template.title });
		const detail = template.source === "custom" ? "Your template" : "Built in";
		el.createDiv({ cls: "ii-suggestion-detail", text: template.maxLength ? `${detail}, at most ${template.maxLength} characters` : detail });
	}

	onChooseItem(template: MessageTemplate): void {
		this.onChoose(template);
	}
}
