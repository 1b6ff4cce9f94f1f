import { Setting, type Modal } from "obsidian";

/** A labelled one-line text field; returns its input so that callers can read it or attach a suggester. */
export function textField(container: HTMLElement, name: string, options: { desc?: string; value?: string; placeholder?: string; type?: string } = {}): HTMLInputElement {
	let input: HTMLInputElement | undefined;
	const setting = new Setting(container).setName(name).addText((text) => {
		input = text.inputEl;
		if (options.type) text.inputEl.type = options.type;
		if (options.placeholder) text.setPlaceholder(options.placeholder);
		text.setValue(options.value ?? "");
	});
	if (options.desc) setting.setDesc(options.desc);
	if (!input) throw new Error(`The field "${name}" could not be created.`);
	return input;
}

/** A place under a form for what is wrong with it, read out by screen readers as it changes. */
export function errorArea(container: HTMLElement): HTMLElement {
	return container.createDiv({ cls: "ii-form-errors", attr: { role: "alert", "aria-live": "polite" } });
}

export function showErrors(area: HTMLElement, errors: readonly string[]): void {
	area.empty();
	for (const error of errors) area.createDiv({ text: error });
}

/** The form's Create and Cancel buttons; Enter anywhere in the form submits, as in Obsidian's own dialogs. */
export function addFormButtons(modal: Modal, submit: () => Promise<void>): void {
	new Setting(modal.contentEl)
		.addButton((button) => button.setButtonText("Create").setCta().onClick(() => submit()))
		.addButton((button) => button.setButtonText("Cancel").onClick(() => modal.close()));
	modal.scope.register([], "Enter", (event) => {
		event.preventDefault();
		void submit();
		return false;
	});
}
