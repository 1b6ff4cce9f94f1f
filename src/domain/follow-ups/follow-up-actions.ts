import type { DateTime } from "luxon";
import { formatWhen, parseWhen } from "../records/dates";
import { ACTIONS_BY_KIND, type FollowUpKind } from "./kinds";

/** What the user can do about an item; each records a fact in the note's properties. */
export const FOLLOW_UP_ACTIONS = [
	"mark_contacted",
	"got_reply",
	"log_contact",
	"mark_prepared",
	"mark_confirmed",
	"mark_thank_you_sent",
	"mark_debriefed",
] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

export const ACTION_LABELS: Readonly<Record<FollowUpAction, string>> = {
	mark_contacted: "Mark contacted",
	got_reply: "Got a reply",
	log_contact: "Log contact",
	mark_prepared: "Mark prepared",
	mark_confirmed: "Mark confirmed",
	mark_thank_you_sent: "Mark thank-you sent",
	mark_debriefed: "Mark debriefed",
};

/** What a notice says once an action has written its fact, after the person's name. */
export const ACTION_DONE: Readonly<Record<FollowUpAction, string>> = {
	mark_contacted: "marked as contacted",
	got_reply: "reply recorded",
	log_contact: "contact logged",
	mark_prepared: "marked as prepared",
	mark_confirmed: "interview marked as confirmed",
	mark_thank_you_sent: "thank-you marked as sent",
	mark_debriefed: "marked as debriefed",
};

/**
 * A change to one note's properties, described without performing it: the plugin runs
 * it inside `processFrontMatter` with `applyWrite`, tests run it on plain objects.
 */
export interface FrontmatterWrite {
	readonly path: string;
	/** Keys to set. */
	readonly set: Readonly<Record<string, unknown>>;
	/**
	 * Keys of `set` that keep their current value when it already reads as a date: a
	 * fact recorded once (the day you sent the thank-you) is not moved by a second click.
	 */
	readonly keepExistingDate: readonly string[];
	/** Keys to delete. */
	readonly remove: readonly string[];
}

/** Today's date in the contract's form (`2026-11-24`). */
function todayText(now: DateTime, zone: string): string {
	return formatWhen({ start: now.setZone(zone), hasTime: false });
}

/** Now to the minute in the contract's form (`2026-11-24T15:05`). */
function nowText(now: DateTime, zone: string): string {
	return formatWhen({ start: now.setZone(zone).startOf("minute"), hasTime: true });
}

function dateFact(path: string, key: string, now: DateTime, zone: string): FrontmatterWrite {
	return { path, set: { [key]: todayText(now, zone) }, keepExistingDate: [key], remove: [] };
}

function flag(path: string, key: string): FrontmatterWrite {
	return { path, set: { [key]: true }, keepExistingDate: [], remove: [] };
}

/**
 * The write an action makes on the note at `path` (a contact for mark_contacted,
 * got_reply and log_contact, an interview for the others).
 * - log_contact records a touch now and clears the planned `next_follow_up`, which the
 *   contact has just taken care of; it restarts the outreach and keep-in-touch waits.
 * - got_reply records only `replied`; log the contact as well if you spoke.
 */
export function actionWrite(action: FollowUpAction, path: string, now: DateTime, zone: string): FrontmatterWrite {
	switch (action) {
		case "mark_contacted":
			return dateFact(path, "contacted", now, zone);
		case "got_reply":
			return dateFact(path, "replied", now, zone);
		case "log_contact":
			return { path, set: { last_contact: nowText(now, zone) }, keepExistingDate: [], remove: ["next_follow_up"] };
		case "mark_prepared":
			return flag(path, "prepared");
		case "mark_confirmed":
			return dateFact(path, "confirmed", now, zone);
		case "mark_thank_you_sent":
			return dateFact(path, "thank_you_sent", now, zone);
		case "mark_debriefed":
			return flag(path, "debriefed");
	}
}

/** The write that completes an item: its kind's first action. */
export function doneWrite(item: { readonly kind: FollowUpKind; readonly path: string }, now: DateTime, zone: string): FrontmatterWrite {
	return actionWrite(ACTIONS_BY_KIND[item.kind][0], item.path, now, zone);
}

export const SNOOZE_CHOICES: readonly { readonly label: string; readonly days: number }[] = [
	{ label: "1 day", days: 1 },
	{ label: "3 days", days: 3 },
	{ label: "1 week", days: 7 },
];

/** The day `days` after today, at its start, in the zone. */
export function snoozeDay(now: DateTime, days: number, zone: string): DateTime {
	return now.setZone(zone).startOf("day").plus({ days });
}

/** Snoozes a note's items until the given day begins (`snooze_until: 2026-11-27`). */
export function snoozeWrite(path: string, until: DateTime): FrontmatterWrite {
	return { path, set: { snooze_until: formatWhen({ start: until, hasTime: false }) }, keepExistingDate: [], remove: [] };
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || value === "";
}

/**
 * Performs a write on a frontmatter object in place (as `processFrontMatter` hands it
 * over) and returns the write that undoes it. Keys it does not name are never touched.
 */
export function applyWrite(frontmatter: Record<string, unknown>, write: FrontmatterWrite): FrontmatterWrite {
	const restore: Record<string, unknown> = {};
	const removeAgain: string[] = [];
	const remember = (key: string) => {
		if (key in restore || removeAgain.includes(key)) return;
		if (Object.prototype.hasOwnProperty.call(frontmatter, key)) restore[key] = frontmatter[key];
		else removeAgain.push(key);
	};
	for (const [key, value] of Object.entries(write.set)) {
		const current = frontmatter[key];
		if (write.keepExistingDate.includes(key) && !isEmpty(current) && parseWhen(current, "UTC").ok) continue;
		if (current === value) continue;
		remember(key);
		frontmatter[key] = value;
	}
	for (const key of write.remove) {
		if (!Object.prototype.hasOwnProperty.call(frontmatter, key)) continue;
		remember(key);
		delete frontmatter[key];
	}
	return { path: write.path, set: restore, keepExistingDate: [], remove: removeAgain };
}
