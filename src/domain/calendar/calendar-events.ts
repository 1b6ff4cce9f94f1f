import { effectiveInterviewStatus, interviewTimes, isConfirmed } from "../records/interview-schedule";
import type { ContactRecord, InterviewRecord, RecordLookup } from "../records/record-types";
import { basenameOf } from "../records/links";
import { wallOf } from "../records/wall-time";
import type { CalendarEvent, EventStart } from "./calendar-event";
import { obsidianOpenUri } from "./note-uri";
import type { QueueEntry, QueueKind } from "./queue-adapter";

/** The follow-ups that become calendar events; reach_out only when it has a date. */
export const CALENDAR_KINDS: readonly QueueKind[] = ["thank_you", "outreach", "keep_in_touch", "follow_up", "reach_out"];

/** A reminder in the calendar: long enough to see and click, short enough not to look like a meeting. */
const REMINDER_MINUTES = 15;

const FORMAT_WORDS: Readonly<Record<string, string>> = { in_person: "in person", phone: "phone", video: "video" };

export interface EventOptions {
	/** The IANA zone the queue computes in. */
	readonly zone: string;
	/** The vault's name, for the links back to the notes. */
	readonly vaultName: string;
	/** Minutes before an upcoming interview for its alarm; null or 0 for none. */
	readonly alarmMinutesBefore: number | null;
	readonly nowMs: number;
}

function contactOf(interview: InterviewRecord, lookup: RecordLookup): ContactRecord | undefined {
	const path = interview.contact?.path;
	const record = path ? lookup.get(path) : undefined;
	return record?.kind === "contact" ? record : undefined;
}

function personName(interview: InterviewRecord, contact: ContactRecord | undefined): string {
	if (contact) return contact.name;
	const linkpath = interview.contact?.linkpath;
	return linkpath ? basenameOf(linkpath) : interview.title;
}

function dayStart(ms: number, zone: string): EventStart {
	const local = new Date(wallOf(ms, zone));
	return { kind: "day", year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/**
 * An interview as an event, or null when it is not one: no date, cancelled or a no-show.
 * A requested or scheduled interview is TENTATIVE; one with `confirmed`, status
 * confirmed, or written as done (it took place) is CONFIRMED. Only an interview still to
 * come carries an alarm: a past alarm would pop up in some apps on subscribing.
 */
export function interviewEvent(interview: InterviewRecord, lookup: RecordLookup, options: EventOptions): CalendarEvent | null {
	const times = interviewTimes(interview, options.zone);
	if (times === null) return null;
	const status = effectiveInterviewStatus(interview, options.nowMs, options.zone);
	if (status === "cancelled" || status === "no_show") return null;
	const contact = contactOf(interview, lookup);
	const name = personName(interview, contact);
	const organization = contact?.organization;
	const confirmed = isConfirmed(interview) || interview.status === "done";
	const url = obsidianOpenUri(options.vaultName, interview.path);
	const details = [
		organization ? `Organization: ${organization}` : null,
		contact?.role ? `Role: ${contact.role}` : null,
		interview.format ? `Format: ${FORMAT_WORDS[interview.format] ?? interview.format}` : null,
		`Note: ${url}`,
	].filter((line): line is string => line !== null);
	const alarm = options.alarmMinutesBefore !== null && options.alarmMinutesBefore > 0 && times.startMs > options.nowMs ? options.alarmMinutesBefore : null;
	return {
		id: `interview:${interview.path}`,
		summary: `Informational interview with ${name}${organization ? ` (${organization})` : ""}`,
		description: details.join("\n"),
		location: interview.location ?? null,
		url,
		status: confirmed ? "CONFIRMED" : "TENTATIVE",
		transparent: false,
		start: times.allDay ? dayStart(times.startMs, options.zone) : { kind: "time", ms: times.startMs },
		length: times.allDay ? 1 : Math.max(1, Math.round((times.endMs - times.startMs) / 60_000)),
		alarmMinutesBefore: alarm,
		categories: ["Informational interview"],
	};
}

/** A due follow-up as an event at its due time (a whole day when its rule is), or null for a kind or an undated item the calendar leaves out. */
export function followUpEvent(entry: QueueEntry, options: Pick<EventOptions, "zone" | "vaultName">): CalendarEvent | null {
	if (entry.dueMs === null || !CALENDAR_KINDS.includes(entry.kind)) return null;
	const url = obsidianOpenUri(options.vaultName, entry.path);
	return {
		id: entry.id,
		summary: entry.title,
		description: `Follow-up from your informational interviews.\nNote: ${url}`,
		location: null,
		url,
		status: null,
		transparent: true,
		start: entry.allDay ? dayStart(entry.dueMs, options.zone) : { kind: "time", ms: entry.dueMs },
		length: entry.allDay ? 1 : REMINDER_MINUTES,
		alarmMinutesBefore: null,
		categories: ["Follow-up"],
	};
}

function startKey(event: CalendarEvent): number {
	return event.start.kind === "time" ? event.start.ms : Date.UTC(event.start.year, event.start.month - 1, event.start.day);
}

/**
 * Every event of the calendar: the interviews, then the follow-ups, in order of start
 * and then of id, so that the file does not depend on the order notes were read in.
 */
export function calendarEvents(interviews: Iterable<InterviewRecord>, lookup: RecordLookup, queue: Iterable<QueueEntry>, options: EventOptions): CalendarEvent[] {
	const events: CalendarEvent[] = [];
	for (const interview of interviews) {
		const event = interviewEvent(interview, lookup, options);
		if (event) events.push(event);
	}
	for (const entry of queue) {
		const event = followUpEvent(entry, options);
		if (event) events.push(event);
	}
	return events.sort((a, b) => startKey(a) - startKey(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
