import { DateTime } from "luxon";
import { FuzzySuggestModal, getFrontMatterInfo, Modal, Notice, Setting, type App } from "obsidian";
import { formatWhen } from "../domain/records/dates";
import type { ContactRecord } from "../domain/records/record-types";
import { appendToLog, CONVERSATION_WAYS, LOG_HEADING, logLine, type ConversationWay } from "../domain/templates/conversation-log";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginHost } from "../obsidian/plugin-host";
import { FieldErrors, textField } from "./form-fields";
import { runAction } from "./queue-actions";
import { runSafely } from "./safely";

/** What the form hands back. */
export interface Conversation {
	readonly way: ConversationWay;
	readonly said: string;
}

/** Step one: the person, by fuzzy search over the contacts' names and organizations. */
export class ContactPicker extends FuzzySuggestModal<ContactRecord> {
	constructor(
		app: App,
		private readonly contacts: readonly ContactRecord[],
		private readonly onPick: (contact: ContactRecord) => void,
	) {
		super(app);
		this.setPlaceholder("Who did you talk to?");
	}

	getItems(): ContactRecord[] {
		return [...this.contacts].sort((a, b) => a.name.localeCompare(b.name));
	}

	getItemText(contact: ContactRecord): string {
		return contact.organization ? `${contact.name} · ${contact.organization}` : contact.name;
	}

	onChooseItem(contact: ContactRecord): void {
		this.onPick(contact);
	}
}

const WAY_LABELS: Readonly<Record<ConversationWay, string>> = { email: "Email", call: "Call", message: "Message", "in person": "In person" };

/** Step two: how you talked and a line of what was said; the error sits under the line it is about. */
export class ConversationModal extends Modal {
	constructor(
		app: App,
		private readonly who: string,
		private readonly onDone: (conversation: Conversation) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Log a conversation with ${this.who}`);
		const { contentEl } = this;
		contentEl.addClass("ii-form");
		let way: ConversationWay = "email";
		new Setting(contentEl).setName("How").addDropdown((dropdown) => {
			for (const option of CONVERSATION_WAYS) dropdown.addOption(option, WAY_LABELS[option]);
			dropdown.setValue(way).onChange((value) => {
				way = CONVERSATION_WAYS.find((w) => w === value) ?? "email";
			});
		});
		const said = textField(contentEl, "What was said", { placeholder: "Asked about the spring fellowship" });
		const errors = new FieldErrors({ said }, () => (said.value.trim() === "" ? [{ field: "said", message: "Write a line about what you talked about." }] : []));
		const submit = (): void => {
			if (!errors.check()) return;
			this.close();
			this.onDone({ way, said: said.value });
		};
		new Setting(contentEl)
			.addButton((button) => button.setButtonText("Log").setCta().onClick(submit))
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()));
		this.scope.register([], "Enter", (event) => {
			event.preventDefault();
			submit();
			return false;
		});
		said.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/**
 * Records a conversation: `last_contact` today (which restarts the outreach and
 * keep-in-touch waits and clears a planned follow-up, as the queue's Log contact does,
 * with its undo), and a dated line under the log heading of the contact's note.
 */
export async function logConversation(host: PluginHost, service: FollowUpService, contact: ContactRecord, conversation: Conversation): Promise<void> {
	const { app } = host;
	const file = app.vault.getFileByPath(contact.path);
	if (!file) {
		new Notice(`${contact.path} no longer exists.`);
		return;
	}
	const zone = service.zone;
	const now = DateTime.fromMillis(service.now(), { zone });
	const day = formatWhen({ start: now, hasTime: false });
	const line = logLine(day, conversation.way, conversation.said);
	await app.vault.process(file, (text) => appendToLog(text, getFrontMatterInfo(text).contentStart, line));
	await runAction(app, "log_contact", contact.path, contact.name, now, zone);
	new Notice(`Added to "${LOG_HEADING.replace(/^#+\s*/, "")}" in ${contact.name}'s note.`);
}

/** The Log a conversation… command: from anywhere, pick the person, then how and what. */
export function registerLogConversation(host: PluginHost, service: FollowUpService): void {
	host.addCommand({
		id: "log-conversation",
		name: "Log a conversation…",
		callback: () =>
			runSafely("log the conversation", () => {
				const contacts = host.index.contacts();
				if (contacts.length === 0) {
					new Notice("No contacts yet. Create a contact first.");
					return;
				}
				new ContactPicker(host.app, contacts, (contact) => {
					new ConversationModal(host.app, contact.name, (conversation) => void runSafely("log the conversation", () => logConversation(host, service, contact, conversation))).open();
				}).open();
			}),
	});
}
