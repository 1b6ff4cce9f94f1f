import { Modal, Setting, type App } from "obsidian";
import { runSafely } from "./safely";

export interface DuplicateChoice {
	openExisting(): Promise<void>;
	createAnother(): Promise<void>;
}

/** Asks what to do when a contact with the same name is already in the vault. */
export class DuplicateContactModal extends Modal {
	constructor(
		app: App,
		private readonly name: string,
		private readonly existingPath: string,
		private readonly choice: DuplicateChoice,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("This contact may already exist");
		const { contentEl } = this;
		contentEl.createEl("p", { text: `A note for “${this.name}” is already in your vault:` });
		contentEl.createEl("p", { cls: "ii-path", text: this.existingPath });
		new Setting(contentEl)
			.addButton((button) =>
				button
					.setButtonText("Open the existing note")
					.setCta()
					.onClick(() => this.finish("open the existing contact", () => this.choice.openExisting())),
			)
			.addButton((button) =>
				button.setButtonText("Create another note").onClick(() => this.finish("create the contact", () => this.choice.createAnother())),
			)
			.addButton((button) => button.setButtonText("Go back").onClick(() => this.close()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private finish(what: string, action: () => Promise<void>): Promise<void> {
		this.close();
		return runSafely(what, action);
	}
}
