import type { DateTime } from "luxon";
import type { When } from "../records/dates";
import { FieldTally } from "./field-tally";
import { compareItems, type QueueItem } from "./follow-up-items";
import { contactItems, interviewItems, type RuleContext } from "./follow-up-rules";
import { InterviewGroups } from "../records/interview-groups";
import { InterviewLinks, linkedPaths } from "../records/interview-links";
import { fieldsOfNote } from "../records/career-fields";
import { shownAt, sortItems } from "./queue-order";
import { ShownList } from "./queue-shown";
import { SortedBlocks, type ItemList } from "./sorted-blocks";
import type { IndexChange } from "../records/record-index";
import type { ContactRecord, InterviewRecord, VaultRecord } from "../records/record-types";
import type { RuleOffsets, Settings } from "../settings";
import { ZoneCalendar } from "../records/zone-calendar";

/** Up to this many changed items the sorted list is patched in place; beyond, sorted again. */
const PATCH_LIMIT = 64;

/** Where the queue reads records from; `RecordIndex` is one. */
export interface RecordSource {
	records(): Iterable<VaultRecord>;
	get(path: string): VaultRecord | undefined;
}

/** Records given as plain lists (each path once), for callers without an index. */
export interface RecordLists {
	readonly contacts: readonly ContactRecord[];
	readonly interviews: readonly InterviewRecord[];
}

export type QueueInput = RecordSource | RecordLists;

function sourceOf(input: QueueInput): RecordSource {
	if ("get" in input) return input;
	const byPath = new Map<string, VaultRecord>();
	for (const record of input.contacts) byPath.set(record.path, record);
	for (const record of input.interviews) byPath.set(record.path, record);
	return { records: () => byPath.values(), get: (path) => byPath.get(path) };
}

function millisOf(now: DateTime | number): number {
	return typeof now === "number" ? Math.round(now) : now.toMillis();
}

/** What the queue keeps for one note. */
interface NoteEntry {
	/**
	 * The record as the queue last linked it: an interview's links are what a change must
	 * undo, and comparing versions tells whether other notes' items can have changed.
	 * After an edit that changes nothing other notes read, an interview keeps its earlier,
	 * equivalent version here and in the links.
	 */
	record: VaultRecord | null;
	/** The note's items, shown or not. */
	items: readonly QueueItem[];
}

/**
 * The first instant after `afterMs` at which the item shows, hides or turns overdue
 * (one millisecond after its due time: overdue means due before now); Infinity for none.
 */
function firstChangeAfter(item: QueueItem, afterMs: number): number {
	let next = Number.POSITIVE_INFINITY;
	if (item.shownFrom > afterMs) next = item.shownFrom;
	if (item.shownUntil > afterMs && item.shownUntil < next) next = item.shownUntil;
	if (item.dueMs !== null && !item.dueNowWhenLate && item.dueMs + 1 > afterMs && item.dueMs + 1 < next) next = item.dueMs + 1;
	return next;
}

function sameWhen(a: When | undefined, b: When | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	return a.hasTime === b.hasTime && a.start.toMillis() === b.start.toMillis();
}

/**
 * Whether a new version of a note leaves every other note's items as they were: all
 * that other notes' rules read of a contact is its name and status, and of an interview
 * whom it is with, whom it refers, when it is, its status and its thank-you. Most edits
 * (a write-up, a debrief, a new phone number) change none of that.
 */
function othersUnaffected(before: VaultRecord | null, after: VaultRecord | null): boolean {
	if (before === null || after === null) return before === after;
	if (before.kind === "contact") return after.kind === "contact" && before.name === after.name && before.status === after.status;
	if (after.kind !== "interview") return false;
	return (
		before.contact?.path === after.contact?.path &&
		before.status === after.status &&
		before.duration === after.duration &&
		sameWhen(before.date, after.date) &&
		sameWhen(before.thankYouSent, after.thankYouSent) &&
		before.referrals.length === after.referrals.length &&
		before.referrals.every((link, i) => link.path === after.referrals[i]?.path)
	);
}

/** The fields a contact names, or null for any other note: what its interviews without a field of their own fall back to. */
function contactFields(record: VaultRecord | null): readonly string[] | null {
	return record?.kind === "contact" ? record.fields : null;
}

function sameFields(a: readonly string[] | null, b: readonly string[] | null): boolean {
	if (a === null || b === null) return a === b;
	return a.length === b.length && a.every((field, i) => field === b[i]);
}

const NO_ITEMS: readonly QueueItem[] = Object.freeze([]);
const NO_FIELDS: readonly string[] = Object.freeze([]);

/** What the rules look up, over a record source and the interview links built from it. */
class SourceContext implements RuleContext {
	readonly calendar: ZoneCalendar;
	readonly rules: RuleOffsets;

	constructor(
		private readonly source: RecordSource,
		readonly links: InterviewLinks,
		settings: Pick<Settings, "rules">,
		zone: string,
		readonly visibleAt: number | null,
	) {
		this.calendar = new ZoneCalendar(zone);
		this.rules = { ...settings.rules };
	}

	contactAt(path: string): ContactRecord | undefined {
		const record = this.source.get(path);
		return record?.kind === "contact" ? record : undefined;
	}

	interviewsOf(contactPath: string): readonly InterviewRecord[] {
		return this.links.withContact(contactPath);
	}

	referrersOf(contactPath: string): readonly InterviewRecord[] {
		return this.links.referring(contactPath);
	}

	/** Adds a record's items to `out`. */
	itemsOf(record: VaultRecord | undefined, out: QueueItem[]): QueueItem[] {
		if (record === undefined) return out;
		return record.kind === "contact" ? contactItems(record, this, out) : interviewItems(record, this, out);
	}
}

/**
 * The follow-up queue, kept up to date one note at a time. Items are stored by the
 * record they are about and do not depend on the clock (each carries the window in
 * which it shows), so a change recomputes only the records it can affect:
 * - an interview: itself; and when whom it is with, whom it refers, its date, length,
 *   status or thank-you changed, also its contact before and after (whether they were
 *   interviewed, their latest touch) and the people it refers (when to reach out);
 * - a contact: itself; and when its name or status changed, also its interviews (their
 *   titles use the name; the status silences them).
 * The sorted list, and the list shown at the last instant read, are patched on the next
 * `items()` call rather than made again, so that reading after a change costs what
 * changed. Settings or zone changed: make a new queue.
 */
export class FollowUpQueue {
	private readonly context: SourceContext;
	private readonly links = new InterviewLinks();
	/** What the queue holds per note: one map, so that an update looks each path up once. */
	private readonly entries = new Map<string, NoteEntry>();
	/** Every item in queue order, or null until the next `items()` sorts them. */
	private sorted: SortedBlocks | null = null;
	private readonly pendingAdded = new Set<QueueItem>();
	private readonly pendingRemoved = new Set<QueueItem>();
	/** The items shown at the last instant read, or null until the next `items()` makes them. */
	private shown: ShownList | null = null;
	private lastResult: { nowMs: number; list: ItemList } | null = null;
	/**
	 * The last `nextChange` answer, `next`, found at `fromMs`: it stands for every instant
	 * from `fromMs` until `next`, as no item changes in between. Edits keep it true (see
	 * `keepUpcoming`), so that the clock, asked after every edit, does not scan every item.
	 */
	private upcoming: { fromMs: number; next: number } | null = null;
	/** The fields of the notes that have items, made when first asked for and kept from then on. */
	private fields: FieldTally | null = null;

	constructor(
		private readonly source: RecordSource,
		settings: Pick<Settings, "rules">,
		zone: string,
	) {
		this.context = new SourceContext(source, this.links, settings, zone, null);
		this.rebuild();
	}

	/** The zone the queue computes in (the system zone when the one asked for is unknown). */
	get zone(): string {
		return this.context.calendar.zone;
	}

	/** Recomputes everything from the source. */
	rebuild(): void {
		this.links.clear();
		this.entries.clear();
		this.pendingAdded.clear();
		this.pendingRemoved.clear();
		this.sorted = null;
		this.shown = null;
		this.lastResult = null;
		this.upcoming = null;
		this.fields = null;
		const records = [...this.source.records()];
		for (const record of records) if (record.kind === "interview") this.links.add(record);
		for (const record of records) this.entries.set(record.path, { record, items: this.context.itemsOf(record, []) });
	}

	/** Brings the queue up to date with one batch of index changes. */
	applyChange(change: IndexChange): void {
		const changed = [...change.updated, ...change.removed];
		if (changed.length === 0) return;
		// A batch touching most notes (the plugin's start, when the index fills after the
		// queue subscribed) is cheaper made afresh than tracked note by note.
		if (changed.length * 2 > this.entries.size) {
			this.rebuild();
			return;
		}
		const affected = new Set<string>(changed);
		// Interviews without a field of their own, whose contact's fields changed: only their fields need a new look.
		const refielded = new Set<string>();
		// What was looked up for the changed notes, so that re-evaluating them looks up nothing again.
		const known = new Map<string, { entry: NoteEntry | undefined; record: VaultRecord | undefined }>();
		for (const path of changed) {
			const entry = this.entries.get(path);
			const before = entry?.record ?? null;
			const record = this.source.get(path);
			const after = record ?? null;
			known.set(path, { entry, record });
			if (this.fields !== null && !sameFields(contactFields(before), contactFields(after))) {
				for (const interview of this.links.withContact(path)) refielded.add(interview.path);
			}
			if (othersUnaffected(before, after)) {
				// An interview's linked version stays: it holds the same facts for every rule that
				// reads interviews through the links, and leaving it saves work on every edit.
				if (entry !== undefined && after?.kind === "contact") entry.record = after;
				continue;
			}
			if (before?.kind === "interview") {
				this.links.remove(before);
				linkedPaths(before, affected);
			}
			if (after?.kind === "interview") {
				this.links.add(after);
				linkedPaths(after, affected);
			}
			for (const interview of this.links.withContact(path)) affected.add(interview.path);
			if (entry !== undefined) entry.record = after;
			else if (after !== null) {
				const added = { record: after, items: NO_ITEMS };
				this.entries.set(path, added);
				known.set(path, { entry: added, record });
			}
		}
		for (const path of affected) {
			const seen = known.get(path);
			if (seen === undefined) this.reevaluate(path, this.entries.get(path), this.source.get(path));
			else this.reevaluate(path, seen.entry, seen.record);
		}
		if (this.fields !== null) {
			for (const path of affected) this.tallyFields(this.fields, path);
			for (const path of refielded) this.tallyFields(this.fields, path);
		}
		this.lastResult = null;
	}

	/**
	 * Every career field of the notes with an item shown at `now`, once each in the
	 * spelling most notes use, in alphabetical order: the queue view's field dropdown.
	 * The first call reads every note with items; later ones cost what changed.
	 */
	fieldChoices(now: DateTime | number): string[] {
		const nowMs = millisOf(now);
		let tally = this.fields;
		if (tally === null) {
			tally = this.fields = new FieldTally();
			for (const [path, entry] of this.entries) this.tallyFields(tally, path, entry);
		}
		return tally.choices((path) => this.entries.get(path)?.items.some((item) => item.shownAt(nowMs)) === true);
	}

	/** The items shown at `now`, in queue order. The same array is returned until something changes. */
	items(now: DateTime | number): readonly QueueItem[] {
		return this.shownList(now).toArray();
	}

	/**
	 * The items shown at `now`, in queue order, as a list that never changes and reads a
	 * window (a view's rows) without copying the rest: after a change this costs what
	 * changed, where `items` costs a pass over the whole queue.
	 */
	shownList(now: DateTime | number): ItemList {
		const nowMs = millisOf(now);
		if (this.lastResult?.nowMs === nowMs) return this.lastResult.list;
		const shown = this.shown;
		const removed = [...this.pendingRemoved];
		const added = [...this.pendingAdded];
		const sorted = this.sortedItems();
		if (shown !== null && shown.covers(nowMs)) {
			shown.update(nowMs, removed, added);
			this.shown = shown;
		} else this.shown = new ShownList(sorted, nowMs);
		const list = this.shown.items;
		this.lastResult = { nowMs, list };
		return list;
	}

	/**
	 * The first instant after `now` at which the queue reads differently without any note
	 * changing: an item appears or disappears, or becomes overdue. Null when none will.
	 * Views wake up then rather than re-reading the queue every minute. (Group lines such
	 * as midnight are the view's own.)
	 */
	nextChange(now: DateTime | number): number | null {
		const nowMs = millisOf(now);
		const known = this.upcoming;
		let next: number;
		if (known !== null && known.fromMs <= nowMs && nowMs < known.next) next = known.next;
		else {
			next = Number.POSITIVE_INFINITY;
			for (const item of this.sortedItems()) next = Math.min(next, firstChangeAfter(item, nowMs));
			this.upcoming = { fromMs: nowMs, next };
		}
		return next === Number.POSITIVE_INFINITY ? null : next;
	}

	/** The items about one note (an interview's, or a contact's own) shown at `now`. */
	itemsAbout(path: string, now: DateTime | number): QueueItem[] {
		const sorted = [...(this.entries.get(path)?.items ?? NO_ITEMS)].sort(compareItems);
		return shownAt(sorted, millisOf(now));
	}

	/** Puts a note's fields in the tally if it has items, else takes them out; `entry` is what the queue holds for `path`. */
	private tallyFields(tally: FieldTally, path: string, entry = this.entries.get(path)): void {
		const hasItems = (entry?.items.length ?? 0) > 0;
		tally.set(path, hasItems ? fieldsOfNote(this.source.get(path), this.source) : NO_FIELDS);
	}

	/** Makes a note's items again; `entry` and `record` are what the queue and the source hold for `path`. */
	private reevaluate(path: string, entry: NoteEntry | undefined, record: VaultRecord | undefined): void {
		const before = entry?.items ?? NO_ITEMS;
		const after = this.context.itemsOf(record, []);
		this.keepUpcoming(before, after);
		if (entry === undefined) {
			if (after.length > 0) this.entries.set(path, { record: null, items: after });
		} else if (after.length === 0 && entry.record === null) this.entries.delete(path);
		else entry.items = after;
		if (this.sorted === null) return;
		if (this.pendingAdded.size + this.pendingRemoved.size + before.length + after.length > PATCH_LIMIT) {
			// Many changes since the list was last read (a vault-wide edit): sorting again
			// will be cheaper than patching, and nothing needs tracking until then.
			this.sorted = null;
			this.shown = null;
			this.pendingAdded.clear();
			this.pendingRemoved.clear();
			return;
		}
		for (const item of before) {
			if (!this.pendingAdded.delete(item)) this.pendingRemoved.add(item);
		}
		for (const item of after) this.pendingAdded.add(item);
	}

	/**
	 * Keeps the last `nextChange` answer true as items go and come: an item that comes may
	 * change sooner; one that goes may have been the one changing then, and the answer is
	 * found again when next asked.
	 */
	private keepUpcoming(removed: readonly QueueItem[], added: readonly QueueItem[]): void {
		const known = this.upcoming;
		if (known === null) return;
		for (const item of removed) {
			if (firstChangeAfter(item, known.fromMs) === known.next) {
				this.upcoming = null;
				return;
			}
		}
		for (const item of added) known.next = Math.min(known.next, firstChangeAfter(item, known.fromMs));
	}

	/** Every item in queue order, shown or not. */
	private sortedItems(): SortedBlocks {
		// The shown list takes in changes only through `items()`; read elsewhere, it is made again.
		if (this.pendingAdded.size + this.pendingRemoved.size > 0) this.shown = null;
		if (this.sorted === null) {
			const all: QueueItem[] = [];
			for (const entry of this.entries.values()) for (const item of entry.items) all.push(item);
			this.sorted = SortedBlocks.of(sortItems(all));
		} else if (this.pendingAdded.size + this.pendingRemoved.size > 0) {
			this.sorted = this.sorted.edit(this.pendingRemoved, this.pendingAdded);
		}
		this.pendingAdded.clear();
		this.pendingRemoved.clear();
		return this.sorted;
	}
}

/**
 * The queue at `now`, computed from scratch: the same items, order and due times as
 * `FollowUpQueue`, but only the items shown at `now` are made, as nothing is kept.
 * Each contact gets a number, so that each path an interview names is looked up once
 * and the interviews that the contact's own rules read afterwards are grouped in one
 * flat list rather than in a list per contact.
 */
export function buildQueue(input: QueueInput, now: DateTime | number, settings: Pick<Settings, "rules">, zone: string): readonly QueueItem[] {
	const source = sourceOf(input);
	const nowMs = millisOf(now);
	const context = new SourceContext(source, new InterviewLinks(), settings, zone, nowMs);
	const contacts: ContactRecord[] = [];
	const numbers = new Map<string, number>();
	const interviews: InterviewRecord[] = [];
	for (const record of source.records()) {
		if (record.kind === "contact") {
			numbers.set(record.path, contacts.length);
			contacts.push(record);
		} else interviews.push(record);
	}
	const withContact = new InterviewGroups(contacts.length);
	const referring = new InterviewGroups(contacts.length);
	// Only items shown at `now` are made, late confirmations already due then: sorting is all that is left.
	const items: QueueItem[] = [];
	for (const interview of interviews) {
		// Linked as InterviewLinks links them: an empty path leads nowhere.
		const path = interview.contact?.path;
		const number = path ? numbers.get(path) : undefined;
		if (number !== undefined) withContact.add(number, interview);
		for (const referred of interview.referrals) {
			const referredNumber = referred.path === null ? undefined : numbers.get(referred.path);
			if (referredNumber !== undefined) referring.add(referredNumber, interview);
		}
		interviewItems(interview, context, items, number === undefined ? null : contacts[number]);
	}
	withContact.place();
	referring.place();
	for (let number = 0; number < contacts.length; number++) {
		contactItems(contacts[number] as ContactRecord, context, items, { interviews: withContact.span(number), referrers: referring.span(number) });
	}
	return sortItems(items);
}
