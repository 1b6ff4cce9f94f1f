import { MarkdownView, type Editor, type MarkdownFileInfo, type TFile } from "obsidian";
import type { ContactRecord } from "../domain/records/record-types";
import { contactOf, recordOf } from "../obsidian/active-record";
import { insertBlock } from "../obsidian/note-writer";
import type { PluginHost } from "../obsidian/plugin-host";
import { loadCatalog } from "../obsidian/template-store";
import { InterviewTimer } from "./interview-timer";
import { insertMessage, renderMessage } from "./message-insert";
import { MessagePicker } from "./message-picker";
import { NewContactModal } from "./new-contact-modal";
import { NewInterviewModal } from "./new-interview-modal";
import { choiceChecklist, QuestionPicker } from "./question-picker";
import { runSafely } from "./safely";
import { reportTemplateProblems } from "./template-problems";
import { draftThankYou } from "./thank-you-draft";

function activeContact(host: PluginHost): ContactRecord | undefined {
	const record = recordOf(host, host.app.workspace.getActiveFile());
	return record?.kind === "contact" ? record : undefined;
}

/** The editor showing `file`, when one is active; messages without a mail address go there. */
export function activeEditorFor(host: PluginHost, file: TFile): Editor | undefined {
	const view = host.app.workspace.getActiveViewOfType(MarkdownView);
	return view?.file === file ? view.editor : undefined;
}

function openMessagePicker(host: PluginHost, editor: Editor, ctx: MarkdownView | MarkdownFileInfo): Promise<void> {
	return runSafely("open the message templates", async () => {
		const { templates, problems } = await loadCatalog(host.app, host.settings.templatesFolder);
		reportTemplateProblems(problems);
		const file = ctx.file;
		new MessagePicker(host.app, {
			templates,
			render: (template) => renderMessage(host, file, template),
			onChoose: (template) => void runSafely("insert the message", () => insertMessage(host, editor, file, template)),
		}).open();
	});
}

function startTimer(host: PluginHost, timer: InterviewTimer): void {
	const record = recordOf(host, host.app.workspace.getActiveFile());
	if (record?.kind === "interview") {
		const who = contactOf(host, record)?.name ?? record.contact?.linkpath;
		timer.start(record.duration, who);
	} else {
		timer.start(host.settings.defaultDurationMinutes);
	}
}

/**
 * The note and template commands: new contact and interview notes, question and message
 * insertion, the thank-you draft and the interview timer. Returns the timer so that the
 * plugin (and tests) can reach it.
 */
export function registerTemplateCommands(host: PluginHost): InterviewTimer {
	const timer = new InterviewTimer(host);
	host.addCommand({
		id: "new-contact",
		name: "New contact…",
		callback: () => runSafely("open the new contact form", () => new NewContactModal(host).open()),
	});
	host.addCommand({
		id: "new-interview",
		name: "New interview…",
		callback: () => runSafely("open the new interview form", () => new NewInterviewModal(host).open()),
	});
	host.addCommand({
		id: "new-interview-with-contact",
		name: "New interview with this contact",
		checkCallback: (checking) => {
			const contact = activeContact(host);
			if (!contact) return false;
			if (!checking) void runSafely("open the new interview form", () => new NewInterviewModal(host, contact).open());
			return true;
		},
	});
	host.addCommand({
		id: "insert-interview-questions",
		name: "Insert interview questions…",
		editorCallback: (editor) =>
			runSafely("open the question bank", () =>
				new QuestionPicker(host.app, (choice) => void runSafely("insert the questions", () => insertBlock(editor, choiceChecklist(choice)))).open(),
			),
	});
	host.addCommand({
		id: "insert-message",
		name: "Insert message…",
		editorCallback: (editor, ctx) => openMessagePicker(host, editor, ctx),
	});
	host.addCommand({
		id: "draft-thank-you-email",
		name: "Draft thank-you email",
		checkCallback: (checking) => {
			const file = host.app.workspace.getActiveFile();
			if (!file || !recordOf(host, file)) return false;
			if (!checking) void runSafely("draft the thank-you email", () => draftThankYou(host, file, activeEditorFor(host, file)));
			return true;
		},
	});
	host.addCommand({
		id: "start-interview-timer",
		name: "Start interview timer",
		callback: () => runSafely("start the interview timer", () => startTimer(host, timer)),
	});
	host.addCommand({
		id: "stop-interview-timer",
		name: "Stop interview timer",
		checkCallback: (checking) => {
			if (!timer.running) return false;
			if (!checking) void runSafely("stop the interview timer", () => timer.stop());
			return true;
		},
	});
	return timer;
}
