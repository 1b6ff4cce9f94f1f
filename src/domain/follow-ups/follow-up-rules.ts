import { QueueItem, type FollowUpKind, type ItemFields } from "./follow-up-items";
import { spanOf, type InterviewSpan } from "../records/interview-groups";
import { interviewEnd, interviewStart, isAgreed, isConfirmed, isLater, lastInstantOf, startOf } from "../records/interview-schedule";
import type { LinkRef } from "../records/links";
import type { ContactRecord, InterviewRecord } from "../records/record-types";
import type { RuleOffsets } from "../settings";
import type { ZoneCalendar } from "../records/zone-calendar";

const HOUR = 3_600_000;
const ALWAYS = Number.NEGATIVE_INFINITY;
const NEVER = Number.POSITIVE_INFINITY;

/** What the rules may look up beyond the record they are about. */
export interface RuleContext {
	readonly calendar: ZoneCalendar;
	readonly rules: RuleOffsets;
	/**
	 * For a one-off queue, the instant it is for: items not shown then are not made at
	 * all. Null for a queue kept over time, which needs every item with its window.
	 */
	readonly visibleAt: number | null;
	/** The contact record at a path, if that note is a contact. */
	contactAt(path: string): ContactRecord | undefined;
	/** Interviews whose `contact` leads to this path. */
	interviewsOf(contactPath: string): readonly InterviewRecord[];
	/** Interviews whose `referrals` list this path (once per listing). */
	referrersOf(contactPath: string): readonly InterviewRecord[];
}

/*
 * Deadlines are epoch milliseconds plus an `allDay` flag, kept apart rather than in small
 * objects for the same reason as in interview-schedule.ts. A whole-day deadline is the
 * last millisecond of its day, so that the item is not overdue while the day lasts.
 */

function dayEnd(dayStartMs: number, calendar: ZoneCalendar): number {
	return calendar.addWholeDays(dayStartMs, 1) - 1;
}

/**
 * The deadline `days` after a moment: a time moves by calendar days to the same
 * wall-clock time; a whole day moves to another whole day (a fraction of a day rounds
 * up, giving more time).
 */
function deadlineAfter(ms: number, allDay: boolean, days: number, calendar: ZoneCalendar): number {
	return allDay ? dayEnd(calendar.addWholeDays(ms, Math.ceil(days)), calendar) : calendar.addDays(ms, days);
}

/** The name a link shows when there is no contact note to take a name from. */
function linkName(link: LinkRef | undefined): string | undefined {
	if (link === undefined) return undefined;
	const slash = link.linkpath.lastIndexOf("/");
	const name = (slash >= 0 ? link.linkpath.slice(slash + 1) : link.linkpath).replace(/\.md$/i, "");
	return name === "" ? undefined : name;
}

/**
 * A date-only snooze hides the note's items until that day begins ("snooze until
 * Friday" brings them back on Friday morning); a date-time until that instant.
 */
function snoozeEnd(snooze: ContactRecord["snoozeUntil"], calendar: ZoneCalendar): number {
	return snooze === undefined ? ALWAYS : startOf(snooze, calendar);
}

/** The fields of the item being made; items copy them, so one object serves every item of every note. */
const scratch: { -readonly [K in keyof ItemFields]-?: ItemFields[K] } = {
	kind: "reach_out",
	path: "",
	contact: null,
	person: "",
	dueMs: null,
	allDay: false,
	shownFrom: ALWAYS,
	shownUntil: NEVER,
	dueNowWhenLate: false,
	suggestPhone: false,
};

/**
 * Builds the items of one note; every item of a note shares its path, contact and name.
 * One builder serves every note in turn (rules never run inside each other): a queue
 * visits tens of thousands of notes, and a builder each was garbage to collect.
 */
class NoteItems {
	private out: QueueItem[] = [];
	private visibleAt: number | null = null;
	private path = "";
	private contact: string | null = null;
	private person = "";
	private zone = "";

	/** Points the builder at the next note. */
	for(out: QueueItem[], visibleAt: number | null, path: string, contact: string | null, person: string, zone: string): this {
		this.out = out;
		this.visibleAt = visibleAt;
		this.path = path;
		this.contact = contact;
		this.person = person;
		this.zone = zone;
		return this;
	}

	/** Whether an item with this window is wanted: always, unless the queue is for one instant. */
	wanted(shownFrom: number, shownUntil = NEVER): boolean {
		const at = this.visibleAt;
		return at === null || (at >= shownFrom && at < shownUntil);
	}

	add(kind: FollowUpKind, dueMs: number | null, allDay: boolean, shownFrom: number, shownUntil = NEVER, dueNowWhenLate = false, suggestPhone = false): void {
		if (!this.wanted(shownFrom, shownUntil)) return;
		const at = this.visibleAt;
		const fields = scratch;
		fields.path = this.path;
		fields.contact = this.contact;
		fields.person = this.person;
		fields.kind = kind;
		fields.dueMs = dueMs;
		fields.allDay = allDay;
		fields.shownFrom = shownFrom;
		fields.shownUntil = shownUntil;
		fields.dueNowWhenLate = dueNowWhenLate;
		fields.suggestPhone = suggestPhone;
		// A queue for one instant shows a late confirmation as due then, as `shownAt` does.
		if (dueNowWhenLate && at !== null && dueMs !== null && dueMs < at) {
			fields.dueMs = at;
			fields.allDay = false;
		}
		this.out.push(new QueueItem(fields, this.zone));
	}
}

const noteItems = new NoteItems();

/** The interviews that lead to one contact, for a caller that has them at hand. */
export interface ContactLinks {
	/** Interviews whose `contact` leads to the contact. */
	readonly interviews: InterviewSpan;
	/** Interviews whose `referrals` list the contact (once per listing). */
	readonly referrers: InterviewSpan;
}

/**
 * prepare, confirm, thank_you and debrief for one interview, added to `out`. `contact`
 * is the record its `contact` leads to (null: none) when the caller knows it; otherwise
 * the context looks it up.
 */
export function interviewItems(interview: InterviewRecord, context: RuleContext, out: QueueItem[] = [], known?: ContactRecord | null): QueueItem[] {
	if (!isAgreed(interview)) return out;
	const { calendar, rules } = context;
	const startMs = interviewStart(interview, calendar);
	if (startMs === null) return out;
	const contactPath = interview.contact?.path ?? null;
	const contact = known !== undefined ? (known ?? undefined) : contactPath === null ? undefined : context.contactAt(contactPath);
	// Pausing or closing a contact silences everything about them, their interviews included.
	if (contact !== undefined && contact.status !== "active") return out;
	const allDay = interview.date?.hasTime === false;
	const endMs = interviewEnd(interview, startMs, calendar);
	const person = contact?.name ?? linkName(interview.contact) ?? interview.title;
	const items = noteItems.for(out, context.visibleAt, interview.path, contact === undefined ? null : contact.path, person, calendar.zone);
	const snoozedUntil = snoozeEnd(interview.snoozeUntil, calendar);
	const heldAlready = interview.status === "done";

	// Deadlines are only worked out for items that will be kept.
	if (!heldAlready && items.wanted(snoozedUntil, startMs)) {
		const startDay = allDay ? startMs : calendar.dayStart(startMs);
		if (!interview.prepared) {
			const due = allDay
				? dayEnd(calendar.addWholeDays(startDay, -Math.ceil(rules.prepareDaysBefore)), calendar)
				: calendar.addDays(startMs, -rules.prepareDaysBefore);
			items.add("prepare", due, allDay, snoozedUntil, startMs);
		}
		if (!isConfirmed(interview)) {
			// Due as the day before begins. Whether a late booking or a late confirmation made
			// that moment pass cannot be told from the note, so it is then due now, never overdue.
			const due = calendar.addWholeDays(startDay, -Math.ceil(rules.confirmDaysBefore));
			items.add("confirm", due, false, snoozedUntil, startMs, true);
		}
	}

	// A written `done` counts at once; otherwise the interview is over at its end.
	const from = Math.max(snoozedUntil, heldAlready ? ALWAYS : endMs);
	if (!items.wanted(from)) return out;
	if (interview.thankYouSent === undefined) {
		const due = allDay
			? dayEnd(calendar.addWholeDays(startMs, Math.ceil(rules.thankYouWithinHours / 24)), calendar)
			: endMs + rules.thankYouWithinHours * HOUR;
		items.add("thank_you", due, allDay, from);
	}
	if (!interview.debriefed) items.add("debrief", dayEnd(calendar.dayStart(endMs), calendar), true, from);
	return out;
}

/** Whether the contact has an agreed interview on or after the day they were first contacted. */
function hasInterviewSince(interviews: InterviewSpan, dayStartMs: number, calendar: ZoneCalendar): boolean {
	for (let i = interviews.from; i < interviews.to; i++) {
		const interview = interviews.list[i] as InterviewRecord;
		if (!isAgreed(interview)) continue;
		const startMs = interviewStart(interview, calendar);
		// Agreed without a date (a written status): it is arranged, so it counts.
		if (startMs === null || startMs >= dayStartMs) return true;
	}
	return false;
}

/**
 * reach_out, outreach, keep_in_touch and follow_up for one contact, added to `out`; the
 * interviews that lead to it are `links` when the caller has them, else the context's.
 */
export function contactItems(contact: ContactRecord, context: RuleContext, out: QueueItem[] = [], links?: ContactLinks): QueueItem[] {
	if (contact.status !== "active") return out;
	const { calendar, rules } = context;
	const items = noteItems.for(out, context.visibleAt, contact.path, contact.path, contact.name, calendar.zone);
	const snoozedUntil = snoozeEnd(contact.snoozeUntil, calendar);
	const nextFollowUp = contact.nextFollowUp;
	const plannedMs = nextFollowUp === undefined ? ALWAYS : startOf(nextFollowUp, calendar);
	// A planned follow-up in the future holds back the routine reminders until its day.
	const deferredUntil = Math.max(snoozedUntil, plannedMs);
	const lastContact = contact.lastContact;
	const lastContactMs = lastContact === undefined ? ALWAYS : startOf(lastContact, calendar);
	const lastContactAllDay = lastContact?.hasTime === false;

	if (contact.contacted === undefined && items.wanted(snoozedUntil)) {
		// The earliest introduction counts: a whole day for an interview without a time.
		let due: number | null = null;
		let dueAllDay = false;
		const referrers = links?.referrers ?? spanOf(context.referrersOf(contact.path));
		for (let i = referrers.from; i < referrers.to; i++) {
			const referrer = referrers.list[i] as InterviewRecord;
			if (!isAgreed(referrer)) continue;
			const startMs = interviewStart(referrer, calendar);
			if (startMs === null) continue;
			const allDay = referrer.date?.hasTime === false;
			const after = allDay ? startMs : interviewEnd(referrer, startMs, calendar);
			const candidate = deadlineAfter(after, allDay, rules.reachOutAfterReferralDays, calendar);
			if (due === null || candidate < due || (candidate === due && !allDay)) {
				due = candidate;
				dueAllDay = allDay;
			}
		}
		items.add("reach_out", due, dueAllDay, snoozedUntil);
	}

	const interviews = links?.interviews ?? spanOf(context.interviewsOf(contact.path));
	if (contact.contacted !== undefined && contact.replied === undefined && items.wanted(deferredUntil)) {
		const contactedAllDay = !contact.contacted.hasTime;
		const contactedMs = startOf(contact.contacted, calendar);
		const contactedDay = contactedAllDay ? contactedMs : calendar.dayStart(contactedMs);
		if (!hasInterviewSince(interviews, contactedDay, calendar)) {
			// The wait runs from the first message, or from a later logged contact.
			const laterContact = lastContact !== undefined && isLater(lastContactMs, lastContactAllDay, contactedMs, contactedAllDay);
			const fromMs = laterContact ? lastContactMs : contactedMs;
			const fromAllDay = laterContact ? lastContactAllDay : contactedAllDay;
			// The method's advice: when a message got no answer, a phone call often does.
			const suggestPhone = contact.phone !== undefined && contact.outreachMethod !== "phone";
			const due = deadlineAfter(fromMs, fromAllDay, rules.outreachWaitDays, calendar);
			items.add("outreach", due, fromAllDay, deferredUntil, NEVER, false, suggestPhone);
		}
	}

	if (contact.stayInTouch && items.wanted(deferredUntil)) {
		// The latest touch: last_contact, an agreed interview (its end, or its whole day), a thank-you.
		let touchMs = lastContactMs;
		let touchAllDay = lastContactAllDay;
		for (let i = interviews.from; i < interviews.to; i++) {
			const interview = interviews.list[i] as InterviewRecord;
			if (!isAgreed(interview)) continue;
			const startMs = interviewStart(interview, calendar);
			if (startMs !== null) {
				const allDay = interview.date?.hasTime === false;
				const ms = allDay ? startMs : interviewEnd(interview, startMs, calendar);
				if (isLater(ms, allDay, touchMs, touchAllDay)) {
					touchMs = ms;
					touchAllDay = allDay;
				}
			}
			const thanks = interview.thankYouSent;
			if (thanks !== undefined) {
				const ms = startOf(thanks, calendar);
				if (isLater(ms, !thanks.hasTime, touchMs, touchAllDay)) {
					touchMs = ms;
					touchAllDay = !thanks.hasTime;
				}
			}
		}
		const every = contact.followUpEvery ?? rules.keepInTouchDays;
		const due = touchMs === ALWAYS ? null : deadlineAfter(touchMs, touchAllDay, every, calendar);
		items.add("keep_in_touch", due, touchAllDay && due !== null, deferredUntil);
	}

	if (nextFollowUp !== undefined && items.wanted(snoozedUntil)) {
		// A contact logged at or after the planned moment has taken care of it.
		const handled = lastContact !== undefined && lastInstantOf(lastContact, calendar) >= plannedMs;
		if (!handled) {
			const allDay = !nextFollowUp.hasTime;
			items.add("follow_up", allDay ? dayEnd(plannedMs, calendar) : plannedMs, allDay, snoozedUntil);
		}
	}
	return out;
}
