import type { DateTime } from "luxon";
import { isAgreed } from "../records/interview-schedule";
import type { LinkRef } from "../records/links";
import type { ContactRecord, InterviewRecord, VaultRecord } from "../records/record-types";
import type { RuleOffsets, Settings } from "../settings";
import { confirmItem } from "./confirm";
import { debriefItem } from "./debrief";
import { followUpItem } from "./follow-up";
import { compareItems, makeItem, type Due, type QueueItem } from "./item";
import { keepInTouchItem } from "./keep-in-touch";
import { outreachItem } from "./outreach";
import { prepareItem } from "./prepare";
import { reachOutItem } from "./reach-out";
import { interviewMoments, snoozeEnd, type ContactInput, type InterviewInput } from "./rule-input";
import { thankYouItem } from "./thank-you";

/** Where the queue reads records from; `RecordIndex` is one. */
export interface QueueSource {
	records(): Iterable<VaultRecord>;
	get(path: string): VaultRecord | undefined;
}

/** The rules of each kind of note, in DESIGN.md's order. */
const INTERVIEW_RULES: readonly ((input: InterviewInput) => Due | null)[] = [prepareItem, confirmItem, thankYouItem, debriefItem];
const CONTACT_RULES: readonly ((input: ContactInput) => Due | null)[] = [reachOutItem, outreachItem, keepInTouchItem, followUpItem];

/** The name a link shows when there is no contact note to take a name from. */
function linkName(link: LinkRef | undefined): string | undefined {
	if (link === undefined) return undefined;
	const slash = link.linkpath.lastIndexOf("/");
	const name = (slash >= 0 ? link.linkpath.slice(slash + 1) : link.linkpath).replace(/\.md$/i, "");
	return name === "" ? undefined : name;
}

function interviewItems(interview: InterviewRecord, linked: VaultRecord | undefined, rules: RuleOffsets, zone: string): QueueItem[] {
	if (!isAgreed(interview)) return [];
	const moments = interviewMoments(interview, zone);
	if (moments === null) return [];
	const contact = linked?.kind === "contact" ? linked : undefined;
	// Pausing or closing a contact silences everything about them, their interviews included.
	if (contact !== undefined && contact.status !== "active") return [];
	const subject = { path: interview.path, contact: contact?.path ?? null, person: contact?.name ?? linkName(interview.contact) ?? interview.title, zone };
	const input: InterviewInput = { interview, ...moments, snoozedUntil: snoozeEnd(interview.snoozeUntil, zone), rules, zone };
	const items: QueueItem[] = [];
	for (const rule of INTERVIEW_RULES) {
		const due = rule(input);
		if (due !== null) items.push(makeItem(subject, due));
	}
	return items;
}

function contactItems(contact: ContactRecord, interviews: readonly InterviewRecord[], referrers: readonly InterviewRecord[], rules: RuleOffsets, zone: string): QueueItem[] {
	if (contact.status !== "active") return [];
	const subject = { path: contact.path, contact: contact.path, person: contact.name, zone };
	const input: ContactInput = { contact, interviews, referrers, snoozedUntil: snoozeEnd(contact.snoozeUntil, zone), rules, zone };
	const items: QueueItem[] = [];
	for (const rule of CONTACT_RULES) {
		const due = rule(input);
		if (due !== null) items.push(makeItem(subject, due));
	}
	return items;
}

/**
 * What one note's rules read, and the items they gave: for an interview, the interview
 * and the note its contact link leads to; for a contact, the contact, their interviews
 * and the interviews that name them as a referral.
 */
interface NoteItems {
	readonly record: VaultRecord;
	readonly linked?: VaultRecord | undefined;
	readonly interviews?: readonly InterviewRecord[];
	readonly referredBy?: readonly InterviewRecord[];
	readonly items: readonly QueueItem[];
}

/** One derivation of the queue: every item, and each note's share of them. */
export interface Derivation {
	/** Every item, shown now or not, in queue order. */
	readonly items: QueueItem[];
	readonly byNote: ReadonlyMap<string, NoteItems>;
	/** The rules and zone the items were derived with. */
	readonly settingsKey: string;
}

function sameList(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
	return a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Adds `value` to the list under `key`. */
function addTo<T>(lists: Map<string, T[]>, key: string, value: T): void {
	const list = lists.get(key);
	if (list === undefined) lists.set(key, [value]);
	else list.push(value);
}

/**
 * Every item of the vault, shown now or not, in queue order. Items carry the stretch of
 * time in which they show, so this depends on the notes and the settings, never on the
 * clock: the plugin derives it after each batch of changes, the command line once.
 *
 * With the previous derivation, a note whose record and every record its rules read are
 * the very same objects as then keeps its items without running the rules again, and they
 * keep their places in the previous order; only the items of changed notes are taken out
 * and put in (`updateSorted`). The index hands out a new record only for a note that
 * changed, so after an edit the rules run for the notes it touched. This is what keeps an
 * edit within a frame (docs/performance.md). The result is the same as deriving afresh;
 * the index-consistency property test checks it after random streams of edits.
 */
export function deriveQueue(source: QueueSource, settings: Pick<Settings, "rules">, zone: string, previous?: Derivation): Derivation {
	const rules = { ...settings.rules };
	const settingsKey = JSON.stringify([zone, rules]);
	const before = previous?.settingsKey === settingsKey ? previous.byNote : new Map<string, NoteItems>();
	const byNote = new Map<string, NoteItems>();
	/** Items of the notes whose rules ran this time. */
	const fresh: QueueItem[] = [];
	/** Notes whose items of the previous derivation no longer hold. */
	const changed = new Set<string>();
	let seenBefore = 0;
	const keep = (note: NoteItems): void => {
		byNote.set(note.record.path, note);
		seenBefore++;
	};
	const add = (note: NoteItems): void => {
		byNote.set(note.record.path, note);
		if (before.has(note.record.path)) {
			seenBefore++;
			changed.add(note.record.path);
		}
		for (const item of note.items) fresh.push(item);
	};

	const interviewsOf = new Map<string, InterviewRecord[]>();
	const referrers = new Map<string, InterviewRecord[]>();
	const contacts: ContactRecord[] = [];
	for (const record of source.records()) {
		if (record.kind === "contact") {
			contacts.push(record);
			continue;
		}
		const contactPath = record.contact?.path;
		if (contactPath) addTo(interviewsOf, contactPath, record);
		for (const referred of record.referrals) if (referred.path !== null) addTo(referrers, referred.path, record);
		const linked = contactPath ? source.get(contactPath) : undefined;
		const kept = before.get(record.path);
		if (kept !== undefined && kept.record === record && kept.linked === linked) keep(kept);
		else add({ record, linked, items: interviewItems(record, linked, rules, zone) });
	}
	for (const contact of contacts) {
		const interviews = interviewsOf.get(contact.path) ?? [];
		const referredBy = referrers.get(contact.path) ?? [];
		const kept = before.get(contact.path);
		if (kept !== undefined && kept.record === contact && sameList(kept.interviews, interviews) && sameList(kept.referredBy, referredBy)) keep(kept);
		else add({ record: contact, interviews, referredBy, items: contactItems(contact, interviews, referredBy, rules, zone) });
	}
	// Notes gone since (deleted, or no longer records) take their items with them.
	if (seenBefore < before.size) for (const path of before.keys()) if (!byNote.has(path)) changed.add(path);
	if (previous === undefined || before !== previous.byNote) return { items: fresh.sort(compareItems), byNote, settingsKey };
	const gone = [...changed].flatMap((path) => before.get(path)?.items ?? []);
	return { items: updateSorted(previous.items, gone, fresh), byNote, settingsKey };
}

/** Where `item` is in `sorted` (queue order), or would go: the first place whose item does not come before it. */
function placeOf(sorted: readonly QueueItem[], item: QueueItem): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareItems(sorted[middle] as QueueItem, item) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * `sorted` without the items `gone` and with `added`, in queue order. After an edit a few
 * items change among thousands: each is placed by a binary search, and the others are
 * copied in the order they had rather than compared again.
 */
function updateSorted(sorted: readonly QueueItem[], gone: readonly QueueItem[], added: QueueItem[]): QueueItem[] {
	// Items are unique by id and the order is total, so a search finds each gone item itself.
	const skip = new Set(gone.map((item) => placeOf(sorted, item)));
	const inserts = added.sort(compareItems).map((item) => ({ item, at: placeOf(sorted, item) }));
	const out: QueueItem[] = [];
	let next = 0;
	const insertUpTo = (place: number): void => {
		for (let insert = inserts[next]; insert !== undefined && insert.at <= place; insert = inserts[++next]) out.push(insert.item);
	};
	sorted.forEach((item, i) => {
		insertUpTo(i);
		if (!skip.has(i)) out.push(item);
	});
	insertUpTo(sorted.length);
	return out;
}

/** Every item of the vault, shown now or not, in queue order (see `deriveQueue`). */
export function deriveItems(source: QueueSource, settings: Pick<Settings, "rules">, zone: string): QueueItem[] {
	return deriveQueue(source, settings, zone).items;
}

/**
 * The items shown at `nowMs`, in queue order. A confirmation whose moment has passed is
 * due now, which moves it to where now falls in the order.
 */
export function shownAt(items: readonly QueueItem[], nowMs: number): QueueItem[] {
	const shown: QueueItem[] = [];
	let late = false;
	for (const item of items) {
		if (nowMs < item.shownFrom || nowMs >= item.shownUntil) continue;
		if (item.dueNowWhenLate && item.dueMs !== null && item.dueMs < nowMs) {
			shown.push({ ...item, dueMs: nowMs, allDay: false });
			late = true;
		} else shown.push(item);
	}
	return late ? shown.sort(compareItems) : shown;
}

/** The queue at `now`: what the plugin's view and the command line both show. */
export function buildQueue(source: QueueSource, now: DateTime | number, settings: Pick<Settings, "rules">, zone: string): QueueItem[] {
	return shownAt(deriveItems(source, settings, zone), typeof now === "number" ? Math.round(now) : now.toMillis());
}

/**
 * The first instant after `nowMs` at which the queue reads differently without any note
 * changing: an item shows, hides or turns overdue (one millisecond after its due time).
 * Null when none will. The plugin wakes its views then.
 */
export function nextChange(items: readonly QueueItem[], nowMs: number): number | null {
	let next = Number.POSITIVE_INFINITY;
	for (const item of items) {
		if (item.shownFrom > nowMs) next = Math.min(next, item.shownFrom);
		if (item.shownUntil > nowMs) next = Math.min(next, item.shownUntil);
		if (item.dueMs !== null && !item.dueNowWhenLate && item.dueMs + 1 > nowMs) next = Math.min(next, item.dueMs + 1);
	}
	return next === Number.POSITIVE_INFINITY ? null : next;
}
