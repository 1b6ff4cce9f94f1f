/*
 * The only file of the calendar and the alerts that reads the follow-up queue. Both
 * consume the queue through its most stable surface, the list `queue --json` prints
 * (id, kind, due, path, contact, title, and whether the deadline is a whole day), so
 * that a change to the queue's engine is met here and nowhere else.
 */
import { buildQueue, type QueueSource } from "../follow-ups/queue";
import type { Settings } from "../settings";

/** The kinds of follow-up, as the queue names them. */
export type QueueKind = "reach_out" | "outreach" | "prepare" | "confirm" | "thank_you" | "debrief" | "keep_in_touch" | "follow_up";

/** One item of the shown queue, as plain data. */
export interface QueueEntry {
	/** `kind:path`, unique in a queue. */
	readonly id: string;
	readonly kind: QueueKind;
	/** Epoch milliseconds of the deadline; null for "anytime". A whole-day deadline is that day's last millisecond. */
	readonly dueMs: number | null;
	/** The deadline is a whole day rather than a time. */
	readonly allDay: boolean;
	/** The note the item is about. */
	readonly path: string;
	/** The contact's note, when there is one. */
	readonly contact: string | null;
	/** What to do, as the queue words it: "Send a thank-you note to Jordan Lee". */
	readonly title: string;
}

/** What a queue item offers that an entry is made of; the plugin's live queue gives the same. */
export interface QueueItemLike {
	readonly id: string;
	readonly kind: string;
	readonly dueMs: number | null;
	readonly allDay: boolean;
	readonly path: string;
	readonly contact: string | null;
	readonly title: string;
}

/** Entries from items of the queue, with only the published fields. */
export function queueEntries(items: Iterable<QueueItemLike>): QueueEntry[] {
	const entries: QueueEntry[] = [];
	for (const item of items) {
		entries.push({ id: item.id, kind: item.kind as QueueKind, dueMs: item.dueMs, allDay: item.allDay, path: item.path, contact: item.contact, title: item.title });
	}
	return entries;
}

/** The queue shown at `nowMs`, computed once from the records (the CLI's way, and the export's). */
export function shownQueue(records: QueueSource, nowMs: number, settings: Pick<Settings, "rules">, zone: string): QueueEntry[] {
	return queueEntries(buildQueue(records, nowMs, settings, zone));
}
