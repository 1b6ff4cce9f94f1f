import type { DateTime } from "luxon";
import { dueOf, isOverdue, type QueueItem } from "../../domain/follow-ups/item";
import type { Problem } from "../../domain/records/problems";
import { problemJson } from "./problems";

/** One item as DESIGN.md's `queue --json` documents it: exactly these keys, in this order. */
export interface QueueItemJson {
	id: string;
	kind: string;
	due: string | null;
	overdue: boolean;
	path: string;
	contact: string | null;
	title: string;
}

/** An instant in the queue's zone with its offset, to the millisecond only when it has one. */
function isoOf(moment: DateTime): string {
	return moment.toISO({ suppressMilliseconds: true }) ?? "";
}

/** Each key read explicitly, so that the JSON has exactly DESIGN.md's keys in its order. */
export function queueItemJson(item: QueueItem, now: DateTime): QueueItemJson {
	const due = dueOf(item);
	return {
		id: item.id,
		kind: item.kind,
		due: due === null ? null : isoOf(due),
		overdue: isOverdue(item, now),
		path: item.path,
		contact: item.contact,
		title: item.title,
	};
}

export function queueJson(items: readonly QueueItem[], now: DateTime, problems: readonly Problem[]): { now: string; items: QueueItemJson[]; problems: ReturnType<typeof problemJson>[] } {
	return { now: isoOf(now), items: items.map((item) => queueItemJson(item, now)), problems: problems.map(problemJson) };
}
