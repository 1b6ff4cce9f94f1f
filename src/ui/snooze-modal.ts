import { DateTime } from "luxon";
import { Modal, Setting, type App } from "obsidian";
import { readSnoozeDay } from "../domain/records/snooze-date";
import { FieldErrors, textField } from "./form-fields";

/**
 * "Pick a date" for a snooze: one date field, checked before anything is written, and
 * `onChoose` with the start of the chosen day in the queue's zone.
 */
export class SnoozeModal extends Modal {
	private input: HTMLInputElement | undefined;
	private errors: FieldErrors<"until"> | undefined;

	constructor(
		app: App,
		private readonly who: string,
		private readonly zone: string,
		private readonly onChoose: (day: DateTime) => void,
		private readonly clock: () => number = () => Date.now(),
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Snooze follow-ups for ${this.who}`);
		const { contentEl } = this;
		contentEl.addClass("ii-form");
		const tomorrow = DateTime.fromMillis(this.clock(), { zone: this.zone }).startOf("day").plus({ days: 1 });
		const input = textField(contentEl, "Until", { type: "date", value: tomorrow.toISODate() ?? "", desc: "The follow-ups come back when this day begins." });
		input.min = tomorrow.toISODate() ?? "";
		input.addEventListener("keydown", (event) => {
			if (event.key !== "Enter") return;
			event.preventDefault();
			this.submit();
		});
		this.input = input;
		// The error is shown beside the date it is about, as in the other forms.
		this.errors = new FieldErrors({ until: input }, () => {
			const read = readSnoozeDay(input.value, this.clock(), this.zone);
			return read.ok ? [] : [{ field: "until" as const, message: read.message }];
		});
		new Setting(contentEl)
			.addButton((button) => button.setButtonText("Snooze").setCta().onClick(() => this.submit()))
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()));
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private submit(): void {
		if (this.errors?.check() === false) return;
		const read = readSnoozeDay(this.input?.value ?? "", this.clock(), this.zone);
		if (!read.ok) return;
		this.close();
		this.onChoose(read.day);
	}
}
