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

function interviewItems(interview: InterviewRecord, source: QueueSource, rules: RuleOffsets, zone: string, out: QueueItem[]): void {
	if (!isAgreed(interview)) return;
	const moments = interviewMoments(interview, zone);
	if (moments === null) return;
	const linked = interview.contact?.path ? source.get(interview.contact.path) : undefined;
	const contact = linked?.kind === "contact" ? linked : undefined;
	// Pausing or closing a contact silences everything about them, their interviews included.
	if (contact !== undefined && contact.status !== "active") return;
	const subject = { path: interview.path, contact: contact?.path ?? null, person: contact?.name ?? linkName(interview.contact) ?? interview.title, zone };
	const input: InterviewInput = { interview, ...moments, snoozedUntil: snoozeEnd(interview.snoozeUntil, zone), rules, zone };
	for (const rule of INTERVIEW_RULES) {
		const due = rule(input);
		if (due !== null) out.push(makeItem(subject, due));
	}
}

function contactItems(contact: ContactRecord, input: Omit<ContactInput, "contact" | "snoozedUntil">, out: QueueItem[]): void {
	if (contact.status !== "active") return;
	const subject = { path: contact.path, contact: contact.path, person: contact.name, zone: input.zone };
	const contactInput: ContactInput = { ...input, contact, snoozedUntil: snoozeEnd(contact.snoozeUntil, input.zone) };
	for (const rule of CONTACT_RULES) {
		const due = rule(contactInput);
		if (due !== null) out.push(makeItem(subject, due));
	}
}

/**
 * Every item of the vault, shown now or not, in queue order. Items carry the stretch of
 * time in which they show, so this depends on the notes and the settings, never on the
 * clock: the plugin derives it after each batch of changes, the command line once.
 */
export function deriveItems(source: QueueSource, settings: Pick<Settings, "rules">, zone: string): QueueItem[] {
	const rules = { ...settings.rules };
	const referrers = new Map<string, InterviewRecord[]>();
	const items: QueueItem[] = [];
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
		interviewItems(record, source, rules, zone, items);
	}
	for (const contact of contacts) {
		contactItems(contact, { interviews: source.byContact(contact.path), referrers: referrers.get(contact.path) ?? [], rules, zone }, items);
	}
	return items.sort(compareItems);
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
