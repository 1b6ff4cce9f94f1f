import { formatWhen, type When } from "../../domain/records/dates";
import { basenameOf, type LinkRef } from "../../domain/records/links";
import type { RecordIndex } from "../../domain/records/record-index";
import type { ContactRecord, InterviewRecord } from "../../domain/records/record-types";
import { compareText } from "./text";

/** A date as the record contract writes it (`2026-11-24`, `2026-11-24T15:00`), in the vault's zone. */
function dateText(when: When | undefined): string | null {
	return when ? formatWhen(when) : null;
}

/** A link as the note it resolves to; null when absent or pointing at no note (that is a problem). */
function linkPath(link: LinkRef | undefined): string | null {
	return link?.path ?? null;
}

/** The name to show for an interview's contact: the contact's `name`, else the linked note's name. */
export function contactNameOf(interview: InterviewRecord, index: RecordIndex): string | undefined {
	const link = interview.contact;
	if (!link) return undefined;
	const target = link.path === null ? undefined : index.get(link.path);
	if (target?.kind === "contact") return target.name;
	return basenameOf(link.path ?? link.linkpath);
}

export function compareContacts(a: ContactRecord, b: ContactRecord): number {
	return compareText(a.name, b.name) || compareText(a.path, b.path);
}

/** By start; undated interviews last; then by path. */
export function compareInterviews(a: InterviewRecord, b: InterviewRecord): number {
	const aTime = a.date?.start.toMillis() ?? Number.POSITIVE_INFINITY;
	const bTime = b.date?.start.toMillis() ?? Number.POSITIVE_INFINITY;
	if (aTime !== bTime) return aTime < bTime ? -1 : 1;
	return compareText(a.path, b.path);
}

/** A contact for `list --json`: the contract's keys, links as vault paths, absent values as null. */
export function contactJson(c: ContactRecord): Record<string, unknown> {
	return {
		path: c.path,
		name: c.name,
		organization: c.organization ?? null,
		role: c.role ?? null,
		fields: c.fields,
		email: c.email ?? null,
		phone: c.phone ?? null,
		linkedin: c.linkedin ?? null,
		met_via: c.metVia ?? null,
		referred_by: linkPath(c.referredBy),
		contacted: dateText(c.contacted),
		outreach_method: c.outreachMethod ?? null,
		replied: dateText(c.replied),
		last_contact: dateText(c.lastContact),
		next_follow_up: dateText(c.nextFollowUp),
		stay_in_touch: c.stayInTouch,
		follow_up_every: c.followUpEvery ?? null,
		status: c.status,
		snooze_until: dateText(c.snoozeUntil),
	};
}

/** An interview for `list --json`; `status` is as written (null when the note leaves it to the date). */
export function interviewJson(i: InterviewRecord, index: RecordIndex): Record<string, unknown> {
	return {
		path: i.path,
		title: i.title,
		contact: linkPath(i.contact),
		contact_name: contactNameOf(i, index) ?? null,
		date: dateText(i.date),
		duration: i.duration,
		format: i.format ?? null,
		location: i.location ?? null,
		status: i.status ?? null,
		confirmed: dateText(i.confirmed),
		prepared: i.prepared,
		thank_you_sent: dateText(i.thankYouSent),
		debriefed: i.debriefed,
		referrals: i.referrals.map((r) => r.path).filter((p): p is string => p !== null),
		fields: i.fields,
		snooze_until: dateText(i.snoozeUntil),
	};
}
