import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import { renderedLength, type MessageTemplate } from "../domain/templates/message-template";
import type { RenderedMessage } from "./message-insert";
import { reportFailure } from "./safely";
import { renderMatchedPart, renderPreview } from "./suggestion-preview";

export interface MessagePickerOptions {
	readonly templates: readonly MessageTemplate[];
	/** The message as it would be inserted into the current note, filled with its person's values. */
	readonly render: (template: MessageTemplate) => RenderedMessage;
	readonly onChoose: (template: MessageTemplate) => void;
}

/**
 * A fuzzy picker over the built-in and the user's own message templates. Each suggestion
 * shows its title with the typed letters highlighted and, under it, the start of the
 * message filled in for this note, so the choice is made on what will be inserted (on a
 * phone too, where there is no hover and a tap inserts at once).
 */
export class MessagePicker extends FuzzySuggestModal<MessageTemplate> {
	/** Each template is filled once per opening: the note does not change while the picker is open. */
	private readonly rendered = new Map<MessageTemplate, RenderedMessage | null>();

	constructor(
		app: App,
		private readonly options: MessagePickerOptions,
	) {
		super(app);
		this.setPlaceholder("Find a message template");
		this.emptyStateText = "No template matches.";
		this.modalEl.addClass("ii-message-picker");
	}

	getItems(): MessageTemplate[] {
		return [...this.options.templates];
	}

	getItemText(template: MessageTemplate): string {
		return template.title;
	}

	override renderSuggestion(match: FuzzyMatch<MessageTemplate>, el: HTMLElement): void {
		const template = match.item;
		el.addClass("ii-message-choice");
		renderMatchedPart(el.createDiv({ cls: "ii-suggestion-title" }), template.title, match.match.matches, 0);
		const detail = el.createDiv({ cls: "ii-suggestion-detail", text: template.source === "custom" ? "Your template" : "Built in" });
		const message = this.renderedFor(template);
		if (!message) return;
		if (template.maxLength !== undefined) {
			detail.appendText(`, ${renderedLength(message.text)} of ${template.maxLength} characters`);
			if (message.overBy > 0) detail.createSpan({ cls: "ii-suggestion-warning", text: ` (${message.overBy} too many)` });
		}
		renderPreview(
			el,
			message.text,
			message.unresolved.map((entry) => entry.placeholder),
		);
	}

	onChooseItem(template: MessageTemplate): void {
		this.options.onChoose(template);
	}

	/** Null when the message cannot be filled: the suggestion then goes without a preview, and the user is told once. */
	private renderedFor(template: MessageTemplate): RenderedMessage | null {
		const cached = this.rendered.get(template);
		if (cached !== undefined) return cached;
		let message: RenderedMessage | null = null;
		try {
			message = this.options.render(template);
		} catch (error) {
			reportFailure(`preview "${template.title}"`, error);
		}
		this.rendered.set(template, message);
		return message;
	}
}
