import { DateTime } from "luxon";

/** The kinds of follow-up, in the order DESIGN.md lists them; ties in the queue sort this way. */
export const FOLLOW_UP_KINDS = [
	"reach_out",
	"outreach",
	"prepare",
	"confirm",
	"thank_you",
	"debrief",
	"keep_in_touch",
	"follow_up",
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

const KIND_RANK: Readonly<Record<FollowUpKind, number>> = {
	reach_out: 0,
	outreach: 1,
	prepare: 2,
	confirm: 3,
	thank_you: 4,
	debrief: 5,
	keep_in_touch: 6,
	follow_up: 7,
};

export interface ItemFields {
	readonly kind: FollowUpKind;
	/** The note the item is about: the interview for prepare/confirm/thank_you/debrief, else the contact. */
	readonly path: string;
	/** The contact's note, or null when the interview's contact link does not lead to a contact. */
	readonly contact: string | null;
	/** The name used in the title: the contact's name, or the link text when there is no contact note. */
	readonly person: string;
	/** Epoch milliseconds of the deadline; null means "anytime". */
	readonly dueMs: number | null;
	/**
	 * The deadline is a whole day rather than a time: `dueMs` is that day's last
	 * millisecond, so that the item is not overdue until the day is over.
	 */
	readonly allDay: boolean;
	/** Shown from this instant on (a snooze, a planned follow-up); -Infinity when always. */
	readonly shownFrom: number;
	/** Hidden from this instant on (an interview that has started); Infinity when never. */
	readonly shownUntil: number;
	/** Once the deadline has passed the item is due "now" rather than overdue (confirmations). */
	readonly dueNowWhenLate: boolean;
	/** For outreach: suggest a phone call, the method's advice when a message got no answer. */
	readonly suggestPhone?: boolean;
}

/**
 * The words of each kind's title before and after the person's name. Kept apart so that
 * a view can set the name off from the sentence (a name in another script, or with a
 * stray direction override, must not reorder the words around it); the text is the same.
 */
function titleAround(kind: FollowUpKind, suggestPhone: boolean): readonly [string, string] {
	switch (kind) {
		case "reach_out":
			return ["Reach out to ", ""];
		case "outreach":
			return ["No reply from ", suggestPhone ? " yet: follow up by phone" : " yet: follow up"];
		case "prepare":
			return ["Prepare for the interview with ", ""];
		case "confirm":
			return ["Confirm the interview with ", ""];
		case "thank_you":
			return ["Send a thank-you note to ", ""];
		case "debrief":
			return ["Write up what you learned from ", ""];
		case "keep_in_touch":
			return ["Keep in touch with ", ""];
		case "follow_up":
			return ["Follow up with ", " as planned"];
	}
}

/** The latest instant a JavaScript date can hold. */
const LAST_MS = 8.64e15;

/**
 * A due time the sort can order: whole milliseconds (fractional settings could give
 * fractions), and within the range of dates — an absurd cadence such as a billion days
 * would otherwise give NaN, which has no place in an order.
 */
function representable(ms: number): number {
	if (Number.isNaN(ms) || ms > LAST_MS) return LAST_MS;
	return Math.max(-LAST_MS, Math.round(ms));
}

/**
 * A window bound kept as null when there is none (see `QueueItem`). Only `none`, the
 * side's own "no bound", becomes null: a start at +Infinity, past every date, means
 * never shown, not always.
 */
function boundOrNull(ms: number, none: number): number | null {
	return ms === none ? null : ms;
}

/**
 * One thing to do. Items are immutable and independent of the clock (each carries the
 * stretch of time in which it is shown), so the queue keeps them until their note
 * changes. The id, title and luxon `due` are made on first use: a queue of tens of
 * thousands of items is sorted and filtered far more often than it is read.
 *
 * Why the window is stored as nullable bounds and the sort key computed when read: a
 * field that only ever holds numbers gets a number box of its own in every item, while
 * one that may hold null holds shared values. Most items are shown from always or until
 * never, and boxes for those bounds and for the sort key were half of what a queue of
 * tens of thousands of items allocates and the garbage collector then copies.
 */
export class QueueItem implements ItemFields {
	readonly kind: FollowUpKind;
	readonly path: string;
	readonly contact: string | null;
	readonly person: string;
	readonly dueMs: number | null;
	readonly allDay: boolean;
	readonly dueNowWhenLate: boolean;
	readonly suggestPhone: boolean;
	/** The kind's place in DESIGN.md's order, for sorting. */
	readonly rank: number;
	readonly zone: string;
	/** `shownFrom`, null for always. */
	private readonly from: number | null;
	/** `shownUntil`, null for never. */
	private readonly until: number | null;
	private cachedDue: DateTime | null | undefined;

	constructor(fields: ItemFields, zone: string) {
		this.kind = fields.kind;
		this.path = fields.path;
		this.contact = fields.contact;
		this.person = fields.person;
		this.dueMs = fields.dueMs === null ? null : representable(fields.dueMs);
		this.allDay = fields.allDay;
		this.dueNowWhenLate = fields.dueNowWhenLate;
		this.suggestPhone = fields.suggestPhone === true;
		this.rank = KIND_RANK[fields.kind];
		this.zone = zone;
		this.from = boundOrNull(fields.shownFrom, Number.NEGATIVE_INFINITY);
		this.until = boundOrNull(fields.shownUntil, Number.POSITIVE_INFINITY);
	}

	/** Shown from this instant on (a snooze, a planned follow-up); -Infinity when always. */
	get shownFrom(): number {
		return this.from ?? Number.NEGATIVE_INFINITY;
	}

	/** Hidden from this instant on (an interview that has started); Infinity when never. */
	get shownUntil(): number {
		return this.until ?? Number.POSITIVE_INFINITY;
	}

	/**
	 * Due time and kind as one number, in queue order (anytime last), so that sorting
	 * compares numbers and only ties compare paths. Exact for every real date; far beyond,
	 * two keys may coincide, and `compareItems` then decides by due time and kind.
	 */
	get sortKey(): number {
		return this.dueMs === null ? Number.POSITIVE_INFINITY : this.dueMs * 8 + this.rank;
	}

	/** `kind:path`, unique in a queue. */
	get id(): string {
		return `${this.kind}:${this.path}`;
	}

	/** What to do, e.g. "Send a thank-you note to Jordan Lee". */
	get title(): string {
		const [before, after] = this.titleAround;
		return `${before}${this.person}${after}`;
	}

	/** The title's words before and after `person`. */
	get titleAround(): readonly [string, string] {
		return titleAround(this.kind, this.suggestPhone);
	}

	/** The deadline in the queue's zone, or null for "anytime". */
	get due(): DateTime | null {
		if (this.cachedDue === undefined) {
			this.cachedDue = this.dueMs === null ? null : DateTime.fromMillis(this.dueMs, { zone: this.zone });
		}
		return this.cachedDue;
	}

	/** Whether it is shown at an instant. */
	shownAt(nowMs: number): boolean {
		return nowMs >= this.shownFrom && nowMs < this.shownUntil;
	}

	/** The same item due at another moment (a late confirmation is due "now"). */
	withDue(dueMs: number, allDay: boolean): QueueItem {
		const { kind, path, contact, person, shownFrom, shownUntil, dueNowWhenLate, suggestPhone } = this;
		return new QueueItem({ kind, path, contact, person, dueMs, allDay, shownFrom, shownUntil, dueNowWhenLate, suggestPhone }, this.zone);
	}
}

function millisOf(now: DateTime | number): number {
	return typeof now === "number" ? now : now.toMillis();
}

/** Due before now. An item due exactly now is not overdue yet. */
export function isOverdue(item: Pick<QueueItem, "dueMs">, now: DateTime | number): boolean {
	return item.dueMs !== null && item.dueMs < millisOf(now);
}

export function overdueCount(items: readonly QueueItem[], now: DateTime | number): number {
	const nowMs = millisOf(now);
	let count = 0;
	for (const item of items) if (item.dueMs !== null && item.dueMs < nowMs) count++;
	return count;
}

/**
 * Queue order: by deadline (anytime last), then kind in DESIGN.md's order, then path by
 * code unit, so that the view and the command line print the very same list.
 */
export function compareItems(a: QueueItem, b: QueueItem): number {
	if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
	const aDue = a.dueMs;
	const bDue = b.dueMs;
	if (aDue !== bDue) {
		if (aDue === null) return 1;
		if (bDue === null) return -1;
		return aDue - bDue;
	}
	if (a.rank !== b.rank) return a.rank - b.rank;
	if (a.path === b.path) return 0;
	return a.path < b.path ? -1 : 1;
}
