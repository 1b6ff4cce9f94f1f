import { DateTime } from "luxon";
import { KINDS, kindRank, OUTREACH_BY_PHONE_TITLE, type FollowUpKind } from "./kinds";

/** What a rule decides about one item: its kind, deadline and when it shows. */
export interface Due {
	readonly kind: FollowUpKind;
	/** Epoch milliseconds of the deadline; null means "anytime". */
	readonly dueMs: number | null;
	/** The deadline is a whole day: `dueMs` is its last millisecond, so the item is not overdue while the day lasts. */
	readonly allDay: boolean;
	/** Shown from this instant on (a snooze, a planned follow-up); -Infinity when always. */
	readonly shownFrom: number;
	/** Hidden from this instant on (an interview that has started); Infinity when never. */
	readonly shownUntil: number;
	/** Once the deadline has passed the item is due "now" rather than overdue (confirmations). */
	readonly dueNowWhenLate?: boolean;
	/** For outreach: suggest a phone call. */
	readonly suggestPhone?: boolean;
}

/** One thing to do, as the queue, the view and the command line read it. */
export interface QueueItem extends Required<Due> {
	/** `kind:path`, unique in a queue. */
	readonly id: string;
	/** The note the item is about: the interview for prepare/confirm/thank_you/debrief, else the contact. */
	readonly path: string;
	/** The contact's note, or null when the interview's contact link does not lead to a contact. */
	readonly contact: string | null;
	/** The name used in the title: the contact's name, or the link text when there is no contact note. */
	readonly person: string;
	/** What to do, e.g. "Send a thank-you note to Jordan Lee". */
	readonly title: string;
	/** The title's words before and after `person`. */
	readonly titleAround: readonly [string, string];
	/** The zone the queue was computed in. */
	readonly zone: string;
}

/** Whom and what note an item is about. */
export interface ItemSubject {
	readonly path: string;
	readonly contact: string | null;
	readonly person: string;
	readonly zone: string;
}

/** The latest instant a JavaScript date can hold. */
const LAST_MS = 8.64e15;

/** A deadline the sort can order: whole milliseconds, within the range of dates (an absurd cadence would give NaN). */
function representable(ms: number): number {
	if (Number.isNaN(ms) || ms > LAST_MS) return LAST_MS;
	return Math.max(-LAST_MS, Math.round(ms));
}

export function makeItem(subject: ItemSubject, due: Due): QueueItem {
	const suggestPhone = due.suggestPhone === true;
	const titleAround = due.kind === "outreach" && suggestPhone ? OUTREACH_BY_PHONE_TITLE : KINDS[due.kind].title;
	return {
		id: `${due.kind}:${subject.path}`,
		kind: due.kind,
		path: subject.path,
		contact: subject.contact,
		person: subject.person,
		title: `${titleAround[0]}${subject.person}${titleAround[1]}`,
		titleAround,
		dueMs: due.dueMs === null ? null : representable(due.dueMs),
		allDay: due.allDay,
		shownFrom: due.shownFrom,
		shownUntil: due.shownUntil,
		dueNowWhenLate: due.dueNowWhenLate === true,
		suggestPhone,
		zone: subject.zone,
	};
}

/** The deadline in the queue's zone, or null for "anytime". */
export function dueOf(item: Pick<QueueItem, "dueMs" | "zone">): DateTime | null {
	return item.dueMs === null ? null : DateTime.fromMillis(item.dueMs, { zone: item.zone });
}

function millisOf(now: DateTime | number): number {
	return typeof now === "number" ? now : now.toMillis();
}

/** Due before now. An item due exactly now is not overdue yet. */
export function isOverdue(item: Pick<QueueItem, "dueMs">, now: DateTime | number): boolean {
	return item.dueMs !== null && item.dueMs < millisOf(now);
}

export function overdueCount(items: readonly Pick<QueueItem, "dueMs">[], now: DateTime | number): number {
	return items.filter((item) => isOverdue(item, now)).length;
}

/**
 * Queue order: by deadline (anytime last), then kind in DESIGN.md's order, then path by
 * code unit, so that the view and the command line print the very same list.
 */
export function compareItems(a: QueueItem, b: QueueItem): number {
	if (a.dueMs !== b.dueMs) {
		if (a.dueMs === null) return 1;
		if (b.dueMs === null) return -1;
		return a.dueMs - b.dueMs;
	}
	if (a.kind !== b.kind) return kindRank(a.kind) - kindRank(b.kind);
	if (a.path === b.path) return 0;
	return a.path < b.path ? -1 : 1;
}
