import { dueOf, type QueueItem } from "../follow-ups/item";

/**
 * The one place the pipeline reads the follow-up queue. It takes the queue's item list
 * and keeps only what DESIGN.md's `queue --json` publishes (id, kind, due, path, contact,
 * title): if the queue changes shape, this file is the only one to re-point.
 */
export interface NextItem {
	readonly id: string;
	readonly kind: string;
	/** ISO with offset, or null for "anytime". */
	readonly due: string | null;
	/** Epoch milliseconds of `due`, null for "anytime": for sorting and "in 2 days". */
	readonly dueMs: number | null;
	readonly path: string;
	/** The contact's note, or null when the item is not about a contact note. */
	readonly contact: string | null;
	readonly title: string;
}

/** What the adapter needs from a queue item: the published fields. */
export type QueueItemLike = Pick<QueueItem, "id" | "kind" | "dueMs" | "zone" | "path" | "contact" | "title">;

export function nextItemOf(item: QueueItemLike): NextItem {
	const due = dueOf(item);
	return {
		id: item.id,
		kind: item.kind,
		due: due === null ? null : (due.toISO({ suppressMilliseconds: true }) ?? null),
		dueMs: due === null ? null : due.toMillis(),
		path: item.path,
		contact: item.contact,
		title: item.title,
	};
}

/**
 * Each contact's next follow-up: the first of their items in the queue's order (which
 * puts the soonest first and "anytime" last). Items about no contact note are left out.
 */
export function nextItemsByContact(items: Iterable<QueueItemLike>): Map<string, NextItem> {
	const next = new Map<string, NextItem>();
	for (const item of items) {
		const contact = item.contact;
		if (contact === null || next.has(contact)) continue;
		next.set(contact, nextItemOf(item));
	}
	return next;
}
