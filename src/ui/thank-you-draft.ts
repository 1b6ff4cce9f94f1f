import { Notice, type Editor, type TFile } from "obsidian";
import { buildMailto, splitSubject } from "../domain/templates/mailto";
import { BUILT_IN_MESSAGES, findTemplate } from "../domain/templates/template-catalog";
import { contactOf, recordOf } from "../obsidian/active-record";
import { insertBlock } from "../obsidian/note-writer";
import type { TemplateHost } from "../obsidian/template-host";
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

/**
 * Drafts the thank-you email for the contact of `file`: opens it in the mail app when the
 * contact has an email address and the link is short enough for mail apps, else copies it;
 * without an address it goes into the note at the cursor.
 */
export async function draftThankYou(host: TemplateHost, file: TFile, editor: Editor | undefined): Promise<void> {
	const { templates, problems } = await loadCatalog(host.app, host.settings.templatesFolder);
	reportTemplateProblems(problems);
	const template = findTemplate(templates, THANK_YOU_TEMPLATE_ID) ?? findTemplate(BUILT_IN_MESSAGES, THANK_YOU_TEMPLATE_ID);
	if (!template) throw new Error("The thank-you template is missing.");
	const rendered = renderMessage(host, file, template);
	const contact = contactOf(host, recordOf(host, file));
	const who = contact?.name ?? "this contact";
	const { subject, body } = splitSubject(rendered.text, "Thank you");
	const mail = buildMailto({ to: contact?.email ?? "", subject, body });
	if (mail.ok) {
		if (openExternal(mail.url)) new Notice(`Opened a thank-you email to ${who} in your mail app.`);
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
