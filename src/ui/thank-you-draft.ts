import { Notice, type Editor, type TFile } from "obsidian";
import { buildMailto, splitSubject } from "../domain/templates/mailto";
import { BUILT_IN_MESSAGES, findTemplate } from "../domain/templates/template-catalog";
import type { TemplateContext } from "../domain/templates/template-context";
import { contactOf, recordOf } from "../obsidian/active-record";
import { insertBlock } from "../obsidian/note-writer";
import type { PluginContext } from "../obsidian/plugin-host";
import { loadCatalog } from "../obsidian/template-store";
import { copyText } from "./clipboard";
import { announceProblems, mergeTemplateProperties, renderMessage } from "./message-insert";
import { openExternal } from "./open-external";
import { reportTemplateProblems } from "./template-problems";

export const THANK_YOU_TEMPLATE_ID = "thank-you-email";

async function copyDraft(subject: string, body: string, why: string): Promise<void> {
	const copied = await copyText(`Subject: ${subject}\n\n${body}`);
	new Notice(copied ? `${why} The draft was copied: paste it into a new email.` : `${why} Copying is not available here, so insert the draft with "Insert message…" instead.`, 10_000);
}

/** A message to someone, drafted from a template for the note `file`. */
export interface EmailDraftRequest {
	/** The template's id in the catalog (a user file of that name replaces the built-in). */
	readonly templateId: string;
	/** Whom it is for, as the notices name them, and their address when known. */
	readonly recipient: { readonly name: string; readonly email: string | undefined };
	/** The subject when the template's first line gives none. */
	readonly fallbackSubject: string;
	/** What the notices call it: "thank-you email". */
	readonly what: string;
	/** Parts of the template context the caller knows better than the note does. */
	readonly context?: Partial<TemplateContext>;
}

/**
 * Drafts an email from a template: opens it in the mail app when the recipient has an
 * address and the link is short enough for mail apps, else copies it; without an address
 * it goes into the note at the cursor as one editor change (or is copied, with no editor).
 */
export async function draftEmail(host: PluginContext, file: TFile, editor: Editor | undefined, request: EmailDraftRequest): Promise<void> {
	const { templates, problems } = await loadCatalog(host.app, host.settings.templatesFolder);
	reportTemplateProblems(problems);
	const template = findTemplate(templates, request.templateId) ?? findTemplate(BUILT_IN_MESSAGES, request.templateId);
	if (!template) throw new Error(`The template "${request.templateId}" is missing.`);
	const rendered = renderMessage(host, file, template, request.context);
	const who = request.recipient.name;
	const { subject, body } = splitSubject(rendered.text, request.fallbackSubject);
	const mail = buildMailto({ to: request.recipient.email ?? "", subject, body });
	if (mail.ok) {
		if (openExternal(mail.url)) new Notice(`Opened a ${request.what} to ${who} in your mail app.`);
		else await copyDraft(subject, body, "The mail app could not be opened.");
	} else if (mail.reason === "too-long") {
		await copyDraft(subject, body, "The draft is too long to hand to a mail app as a link.");
	} else if (editor) {
		insertBlock(editor, rendered.text);
		new Notice(`${who} has no email address in their note, so the draft was added here.`);
	} else {
		await copyDraft(subject, body, `${who} has no email address in their note.`);
	}
	announceProblems(template, rendered);
	await mergeTemplateProperties(host, file, rendered.properties);
}

/** Drafts the thank-you email for the contact of `file` (see `draftEmail` for where it goes). */
export async function draftThankYou(host: PluginContext, file: TFile, editor: Editor | undefined): Promise<void> {
	const contact = contactOf(host, recordOf(host, file));
	await draftEmail(host, file, editor, {
		templateId: THANK_YOU_TEMPLATE_ID,
		recipient: { name: contact?.name ?? "this contact", email: contact?.email },
		fallbackSubject: "Thank you",
		what: "thank-you email",
	});
}
