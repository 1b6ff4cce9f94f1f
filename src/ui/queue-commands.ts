import { DateTime } from "luxon";
import type { FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import { effectiveInterviewStatus, isConfirmed } from "../domain/records/interview-schedule";
import type { InterviewRecord, VaultRecord } from "../domain/records/record-types";
import { contactOf, recordOf } from "../obsidian/active-record";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginHost } from "../obsidian/plugin-host";
import { runAction } from "./queue-actions";
import { snoozeWithForm, type SnoozeTarget } from "./queue-snooze";
import { runSafely } from "./safely";

/** A note command's target: the note to write, and the person it is about. */
type Match = SnoozeTarget | null;

function personOf(host: PluginHost, record: VaultRecord): string {
	if (record.kind === "contact") return record.name;
	return contactOf(host, record)?.name ?? record.contact?.linkpath ?? record.title;
}

function interviewStatus(service: FollowUpService, interview: InterviewRecord): string {
	return effectiveInterviewStatus(interview, service.now(), service.zone);
}

/**
 * The follow-up commands on the open note. Each is offered only where it means
 * something (checkCallback): a thank-you for an interview that took place and has none
 * yet, a confirmation for an upcoming one that is not confirmed, a logged contact for a
 * contact (or an interview's contact), a snooze for any contact or interview note.
 */
export function registerQueueCommands(host: PluginHost, service: FollowUpService): void {
	const active = (): VaultRecord | undefined => recordOf(host, host.app.workspace.getActiveFile());

	const command = (id: string, name: string, match: () => Match, run: (target: SnoozeTarget) => void): void => {
		host.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const target = match();
				if (target === null) return false;
				if (!checking) run(target);
				return true;
			},
		});
	};

	const act = (action: FollowUpAction) => (target: SnoozeTarget) =>
		void runSafely("record the follow-up", async () => {
			const zone = service.zone;
			await runAction(host.app, action, target.path, target.who, DateTime.fromMillis(service.now(), { zone }), zone);
		});

	command(
		"mark-thank-you-sent",
		"Mark thank-you sent",
		() => {
			const record = active();
			if (record?.kind !== "interview" || record.thankYouSent !== undefined) return null;
			return interviewStatus(service, record) === "done" ? { path: record.path, who: personOf(host, record) } : null;
		},
		act("mark_thank_you_sent"),
	);
	command(
		"mark-interview-confirmed",
		"Mark interview confirmed",
		() => {
			const record = active();
			if (record?.kind !== "interview" || isConfirmed(record)) return null;
			return interviewStatus(service, record) === "scheduled" ? { path: record.path, who: personOf(host, record) } : null;
		},
		act("mark_confirmed"),
	);
	command(
		"log-contact-today",
		"Log contact today",
		() => {
			const record = active();
			const contact = contactOf(host, record);
			return contact === undefined ? null : { path: contact.path, who: contact.name };
		},
		act("log_contact"),
	);
	command(
		"snooze-note-follow-ups",
		"Snooze this note's follow-ups…",
		() => {
			const record = active();
			return record === undefined ? null : { path: record.path, who: personOf(host, record) };
		},
		(target) => void runSafely("open the snooze form", () => snoozeWithForm(host.app, target, service.zone, () => service.now())),
	);
}
