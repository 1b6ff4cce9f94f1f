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

/** A date or date-time in a message ("Enter the date as 2026-11-24."), kept on one line. */
const DATE_IN_TEXT = /(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)/;

export function showErrors(area: HTMLElement, errors: readonly string[]): void {
	area.empty();
	for (const error of errors) {
		const line = area.createDiv();
		// split with a capturing group: the dates are the odd parts.
		error.split(DATE_IN_TEXT).forEach((part, i) => {
			if (i % 2 === 1) line.createSpan({ cls: "ii-nowrap", text: part });
			else if (part !== "") line.appendText(part);
		});
	}
}

/** What is wrong with one field of a form, said so that the user can put it right. */
export interface FieldProblem<K extends string> {
	readonly field: K;
	readonly message: string;
}

/** Each slot needs an id of its own for `aria-describedby`, also when two forms are open. */
let slotCount = 0;

interface ErrorSlot {
	readonly input: HTMLElement;
	readonly area: HTMLElement;
}

/**
 * A form's errors, each beside the field it is about: under the field's name in its row,
 * named by the field (`aria-describedby`), which is marked `aria-invalid` while it is
 * wrong. Errors appear when the form is submitted (`check`); after that, typing in the
 * form updates the messages shown and removes each once its field is right, without
 * showing new ones before the next submit.
 */
export class FieldErrors<K extends string> {
	private readonly slots = new Map<K, ErrorSlot>();
	private readonly shown = new Set<K>();

	constructor(
		fields: Readonly<Record<K, HTMLElement>>,
		private readonly validate: () => readonly FieldProblem<K>[],
	) {
		for (const [field, input] of Object.entries(fields) as [K, HTMLElement][]) {
			const row = input.closest<HTMLElement>(".setting-item");
			const area = errorArea(row?.querySelector<HTMLElement>(".setting-item-info") ?? row ?? input.parentElement ?? input);
			area.id = `ii-field-error-${++slotCount}`;
			const describedBy = input.getAttribute("aria-describedby");
			input.setAttr("aria-describedby", describedBy ? `${describedBy} ${area.id}` : area.id);
			// `change` as well: date and time pickers and suggesters may not send `input`.
			input.addEventListener("input", () => this.refresh());
			input.addEventListener("change", () => this.refresh());
			this.slots.set(field, { input, area });
		}
	}

	/** Shows every problem beside its field and moves the focus to the first; true when there is none. */
	check(): boolean {
		const problems = this.validate();
		this.show(problems, [...this.slots.keys()]);
		const first = problems.find((problem) => this.slots.has(problem.field));
		if (first) this.slots.get(first.field)?.input.focus();
		return problems.length === 0;
	}

	private refresh(): void {
		if (this.shown.size === 0) return;
		this.show(this.validate(), [...this.shown]);
	}

	/** Updates the slots of `fields` only: each shows its first problem, or nothing. */
	private show(problems: readonly FieldProblem<K>[], fields: readonly K[]): void {
		for (const field of fields) {
			const slot = this.slots.get(field);
			if (!slot) continue;
			const message = problems.find((problem) => problem.field === field)?.message;
			showErrors(slot.area, message === undefined ? [] : [message]);
			if (message === undefined) {
				slot.input.removeAttribute("aria-invalid");
				this.shown.delete(field);
			} else {
				slot.input.setAttr("aria-invalid", "true");
				this.shown.add(field);
			}
		}
	}
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
