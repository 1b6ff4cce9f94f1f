import { Modal, type TFile } from "obsidian";
import { basenameOf } from "../domain/records/links";
import type { ContactRecord } from "../domain/records/record-types";
import { contactNoteText, type NewContact } from "../domain/templates/contact-note";
import { findDuplicate } from "../domain/templates/file-names";
import { linktextForName, linktextTo } from "../obsidian/link-text";
import { createNoteIn, openNote } from "../obsidian/note-writer";
import type { PluginContext } from "../obsidian/plugin-host";
import { ContactSuggest } from "./contact-suggest";
import { DuplicateContactModal } from "./duplicate-contact-modal";
import { addFormButtons, FieldErrors, textField } from "./form-fields";
import { addSkeletonProperties, userSkeleton } from "./note-skeleton";
import { runSafely } from "./safely";
import { ValueSuggest } from "./value-suggest";

export interface NewContactOptions {
	/** Prefills the form, as when a referral map entry offers "create contact". */
	readonly name?: string;
	readonly referredBy?: string;
	/** Told about the created note after it has been opened. */
	readonly onCreated?: (file: TFile) => void;
}

interface ContactFields {
	name: HTMLInputElement;
	organization: HTMLInputElement;
	role: HTMLInputElement;
	field: HTMLInputElement;
	referredBy: HTMLInputElement;
	email: HTMLInputElement;
	phone: HTMLInputElement;
	linkedin: HTMLInputElement;
	metVia: HTMLInputElement;
}

/** The new-contact form: creates a contact note in the contacts folder, or opens the one that exists. */
export class NewContactModal extends Modal {
	private fields: ContactFields | undefined;
	private referrerSuggest: ContactSuggest | undefined;
	private errors: FieldErrors<"name"> | undefined;
	private busy = false;

	constructor(
		private readonly host: PluginContext,
		private readonly options: NewContactOptions = {},
	) {
		super(host.app);
	}

	override onOpen(): void {
		this.setTitle("New contact");
		const { contentEl } = this;
		contentEl.addClass("ii-form");
		this.fields = {
			name: textField(contentEl, "Name", { value: this.options.name, placeholder: "Jordan Lee" }),
			organization: textField(contentEl, "Organization"),
			role: textField(contentEl, "Role", { placeholder: "Job title" }),
			field: textField(contentEl, "Career field"),
			referredBy: textField(contentEl, "Referred by", { desc: "Who suggested this person. Pick a contact or type a name.", value: this.options.referredBy }),
			email: textField(contentEl, "Email", { type: "email" }),
			phone: textField(contentEl, "Phone", { type: "tel", desc: "When an email gets no answer, the follow-up suggests a call." }),
			linkedin: textField(contentEl, "LinkedIn profile", { placeholder: "https://www.linkedin.com/in/…" }),
			metVia: textField(contentEl, "How you found them", { placeholder: "Alumni office, association, a friend…" }),
		};
		this.referrerSuggest = new ContactSuggest(this.app, this.fields.referredBy, this.host.index);
		// The fields and ways of meeting people the vault already has, so that each is spelled one way.
		const contacts = this.host.index.contacts();
		new ValueSuggest(this.app, this.fields.field, contacts.flatMap((c) => c.fields));
		new ValueSuggest(this.app, this.fields.metVia, contacts.flatMap((c) => (c.metVia ? [c.metVia] : [])));
		const { name } = this.fields;
		this.errors = new FieldErrors({ name }, () => (name.value.trim() === "" ? [{ field: "name", message: "Enter the person's name." }] : []));
		addFormButtons(this, () => this.submit());
		this.fields.name.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private read(): NewContact | undefined {
		const f = this.fields;
		if (!f) return undefined;
		return {
			name: f.name.value.trim(),
			organization: f.organization.value,
			role: f.role.value,
			field: f.field.value,
			email: f.email.value,
			phone: f.phone.value,
			linkedin: f.linkedin.value,
			metVia: f.metVia.value,
			referredBy: f.referredBy.value.trim(),
		};
	}

	/** Resolves once the note exists (or the duplicate question is showing), so callers may wait. */
	private submit(): Promise<void> {
		const contact = this.read();
		if (this.busy || !contact || !this.errors) return Promise.resolve();
		if (!this.errors.check()) return Promise.resolve();
		const existing = findDuplicate(contact.name, this.host.index.contacts(), (c: ContactRecord) => [c.name, basenameOf(c.path)]);
		if (!existing) return this.create(contact);
		new DuplicateContactModal(this.app, contact.name, existing.path, {
			openExisting: async () => {
				this.close();
				const file = this.app.vault.getFileByPath(existing.path);
				if (file) await openNote(this.app, file);
			},
			createAnother: () => this.create(contact),
		}).open();
		return Promise.resolve();
	}

	private create(contact: NewContact): Promise<void> {
		this.busy = true;
		return runSafely("create the contact note", async () => {
			try {
				const { settings } = this.host;
				const skeleton = await userSkeleton(this.host, "contact", null, {
					contact: { name: contact.name, organization: contact.organization, role: contact.role },
					field: contact.field,
					referrer: contact.referredBy ? { name: contact.referredBy } : undefined,
				});
				const file = await createNoteIn(this.app, settings.contactsFolder, contact.name, "Untitled contact", (path) =>
					contactNoteText({ ...contact, referredBy: this.referrerLink(contact.referredBy ?? "", path) }, settings.typeKey, skeleton?.body),
				);
				await addSkeletonProperties(this.host, file, skeleton);
				this.close();
				await openNote(this.app, file);
				this.options.onCreated?.(file);
			} finally {
				this.busy = false;
			}
		});
	}

	/** A link to the referrer's note when there is one, else to the name typed (a note to create later). */
	private referrerLink(typed: string, sourcePath: string): string | undefined {
		if (typed === "") return undefined;
		const referrer = this.referrerSuggest?.contactFor(typed);
		return (referrer && linktextTo(this.app, referrer.path, sourcePath)) ?? linktextForName(typed);
	}
}
