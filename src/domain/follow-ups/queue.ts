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
	/** Interviews whose `contact` leads to this path. */
	byContact(path: string): readonly InterviewRecord[];
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

/** What one note's rules read (its record first, then every record they look at), and the items they gave. */
interface NoteItems {
	readonly inputs: readonly unknown[];
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

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Every item of the vault, shown now or not, in queue order. Items carry the stretch of
 * time in which they show, so this depends on the notes and the settings, never on the
 * clock: the plugin derives it after each batch of changes, the command line once.
 *
 * With the previous derivation, a note whose record and every record its rules read are
 * the very same objects as then keeps its items without running the rules again. The
 * index hands out a new record only for a note that changed, so after an edit the rules
 * run for the notes it touched. This is what keeps an edit within a frame: all the rules
 * for 3,000 records take about 20 ms (docs/performance.md). The result is the same as
 * deriving afresh; the plugin-session property test checks it after random edits.
 */
export function deriveQueue(source: QueueSource, settings: Pick<Settings, "rules">, zone: string, previous?: Derivation): Derivation {
	const rules = { ...settings.rules };
	const settingsKey = JSON.stringify([zone, rules]);
	const reuse = previous?.settingsKey === settingsKey ? previous.byNote : undefined;
	const byNote = new Map<string, NoteItems>();
	const items: QueueItem[] = [];
	const take = (path: string, inputs: readonly unknown[], derive: () => QueueItem[]): void => {
		const kept = reuse?.get(path);
		const note = kept !== undefined && sameInputs(kept.inputs, inputs) ? kept : { inputs, items: derive() };
		byNote.set(path, note);
		for (const item of note.items) items.push(item);
	};
	const referrers = new Map<string, InterviewRecord[]>();
	const contacts: ContactRecord[] = [];
	for (const record of source.records()) {
		if (record.kind === "contact") {
			contacts.push(record);
			continue;
		}
		for (const referred of record.referrals) {
			if (referred.path === null) continue;
			const list = referrers.get(referred.path);
			if (list === undefined) referrers.set(referred.path, [record]);
			else list.push(record);
		}
		// An interview's rules read the interview and the contact note its link leads to.
		const linked = record.contact?.path ? source.get(record.contact.path) : undefined;
		take(record.path, [record, linked], () => interviewItems(record, linked, rules, zone));
	}
	for (const contact of contacts) {
		const interviews = source.byContact(contact.path);
		const referredBy = referrers.get(contact.path) ?? [];
		// A contact's rules read the contact, their interviews and the interviews that name them as a referral.
		take(contact.path, [contact, ...interviews, null, ...referredBy], () => contactItems(contact, interviews, referredBy, rules, zone));
	}
	return { items: items.sort(compareItems), byNote, settingsKey };
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
