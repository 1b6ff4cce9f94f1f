import { DateTime } from "luxon";
import { Modal, Notice, Setting } from "obsidian";
import { parseWhen, resolveZone } from "../domain/records/dates";
import { INTERVIEW_FORMATS, type ContactRecord, type InterviewFormat } from "../domain/records/record-types";
import { interviewNoteName } from "../domain/templates/file-names";
import { readInterviewForm, type InterviewFormField, type InterviewFormInput, type InterviewFormValue } from "../domain/templates/interview-form";
import { interviewNoteText } from "../domain/templates/interview-note";
import { QUESTION_SETS } from "../domain/templates/question-bank";
import { SIZED_SET_ID, sizedQuestionSet } from "../domain/templates/sized-questions";
import { linktextForName, linktextTo } from "../obsidian/link-text";
import { createNoteIn, openNote } from "../obsidian/note-writer";
import type { PluginContext } from "../obsidian/plugin-host";
import { ContactSuggest } from "./contact-suggest";
import { addFormButtons, FieldErrors, textField } from "./form-fields";
import { addSkeletonProperties, userSkeleton } from "./note-skeleton";
import { runSafely } from "./safely";

const FORMAT_LABELS: Record<InterviewFormat, string> = { in_person: "In person", phone: "Phone", video: "Video" };

interface InterviewFields {
	contact: HTMLInputElement;
	date: HTMLInputElement;
	time: HTMLInputElement;
	duration: HTMLInputElement;
	location: HTMLInputElement;
	field: HTMLInputElement;
}

/** The new-interview form: an interview note named `YYYY-MM-DD Name` in the interviews folder. */
export class NewInterviewModal extends Modal {
	private fields: InterviewFields | undefined;
	private format = "";
	/** A set sized to the interview's length by default; whole sets are one toggle (or one command) away. */
	private readonly chosenSets = new Set<string>([SIZED_SET_ID]);
	private contactSuggest: ContactSuggest | undefined;
	private errors: FieldErrors<InterviewFormField> | undefined;
	private busy = false;

	constructor(
		private readonly host: PluginContext,
		private readonly contact?: ContactRecord,
	) {
		super(host.app);
	}

	override onOpen(): void {
		this.setTitle(this.contact ? `New interview with ${this.contact.name}` : "New interview");
		const { contentEl } = this;
		contentEl.addClass("ii-form");
		const { settings } = this.host;
		const today = DateTime.now().setZone(resolveZone(settings.timeZone)).toISODate() ?? "";
		this.fields = {
			contact: textField(contentEl, "Contact", { desc: "Pick a contact or type a name.", value: this.contact?.name }),
			date: textField(contentEl, "Date", { type: "date", value: today }),
			time: textField(contentEl, "Time", { type: "time", desc: "Leave empty if the time is not set yet." }),
			duration: textField(contentEl, "Length in minutes", { type: "number", value: String(settings.defaultDurationMinutes) }),
			location: textField(contentEl, "Place or meeting link", { desc: "An address, a phone number or the video call's link." }),
			field: textField(contentEl, "Career field", { desc: "What this conversation is about; the contact's field unless you change it.", value: this.contact?.fields.join(", ") }),
		};
		this.contactSuggest = new ContactSuggest(this.app, this.fields.contact, this.host.index);
		if (this.contact) this.contactSuggest.chosen = this.contact;
		new Setting(contentEl).setName("Format").addDropdown((dropdown) => {
			dropdown.addOption("", "Not decided");
			for (const format of INTERVIEW_FORMATS) dropdown.addOption(format, FORMAT_LABELS[format]);
			dropdown.setValue(this.format).onChange((value) => (this.format = value));
		});
		new Setting(contentEl).setName("Questions to include").setHeading();
		new Setting(contentEl)
			.setName("Questions for this length")
			.setDesc("About 8 to 12 questions across the categories, for 20 to 30 minutes. The whole bank is one command away.")
			.addToggle((toggle) =>
				toggle.setValue(true).onChange((on) => {
					if (on) this.chosenSets.add(SIZED_SET_ID);
					else this.chosenSets.delete(SIZED_SET_ID);
				}),
			);
		for (const set of QUESTION_SETS) {
			new Setting(contentEl).setName(set.title).addToggle((toggle) =>
				toggle.setValue(this.chosenSets.has(set.id)).onChange((on) => {
					if (on) this.chosenSets.add(set.id);
					else this.chosenSets.delete(set.id);
				}),
			);
		}
		const { contact, date, time, duration } = this.fields;
		this.errors = new FieldErrors({ contact, date, time, duration }, () => {
			const form = readInterviewForm(this.input());
			return form.ok ? [] : form.errors;
		});
		addFormButtons(this, () => this.submit());
		(this.contact ? this.fields.date : this.fields.contact).focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The form as typed; read again after each change while errors are showing. */
	private input(): InterviewFormInput {
		const f = this.fields;
		return {
			contact: f?.contact.value ?? "",
			date: f?.date.value ?? "",
			time: f?.time.value ?? "",
			duration: f?.duration.value ?? "",
			format: this.format,
			location: f?.location.value ?? "",
		};
	}

	/** Resolves once the note exists, so callers may wait. */
	private submit(): Promise<void> {
		if (this.busy || !this.fields || !this.errors) return Promise.resolve();
		if (!this.errors.check()) return Promise.resolve();
		const form = readInterviewForm(this.input());
		return form.ok ? this.create(form.value) : Promise.resolve();
	}

	private create(value: InterviewFormValue): Promise<void> {
		this.busy = true;
		return runSafely("create the interview note", async () => {
			try {
				const { settings } = this.host;
				const contact = this.contactSuggest?.contactFor(value.contact);
				const name = contact?.name ?? value.contact;
				const sized = this.chosenSets.has(SIZED_SET_ID) ? [sizedQuestionSet(value.duration)] : [];
				const questionSets = [...sized, ...QUESTION_SETS.filter((set) => this.chosenSets.has(set.id))];
				const typedField = this.fields?.field.value.trim() ?? "";
				// The contact's own field is the default already (an interview without a field takes it): written only when changed.
				const field = typedField !== "" && typedField !== (contact?.fields.join(", ") ?? "") ? typedField : undefined;
				const when = parseWhen(value.time ? `${value.date}T${value.time}` : value.date, resolveZone(settings.timeZone));
				const skeleton = await userSkeleton(this.host, "interview", contact ? this.app.vault.getFileByPath(contact.path) : null, {
					...(contact ? {} : { contact: { name } }),
					interview: when.ok ? { date: when.value } : undefined,
				});
				const file = await createNoteIn(this.app, settings.interviewsFolder, interviewNoteName(value.date, name), value.date, (path) =>
					interviewNoteText(
						{
							...value,
							field,
							contactLink: (contact && linktextTo(this.app, contact.path, path)) ?? linktextForName(value.contact),
							questionSets,
							thankYouWithinHours: settings.rules.thankYouWithinHours,
						},
						settings.typeKey,
						skeleton?.body,
					),
				);
				await addSkeletonProperties(this.host, file, skeleton);
				this.close();
				await openNote(this.app, file);
				if (!contact) new Notice(`There is no contact note for “${value.contact}” yet. Create one with “New contact…” so that the link works.`);
			} finally {
				this.busy = false;
			}
		});
	}
}
