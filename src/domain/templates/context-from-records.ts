import type { DateTime } from "luxon";
import { basenameOf, type LinkRef } from "../records/links";
import type { ContactRecord, InterviewRecord, VaultRecord } from "../records/record-types";
import type { TemplateContext } from "./template-context";

/** The part of the record index a context needs (RecordIndex fits). */
export interface RecordLookup {
	get(path: string): VaultRecord | undefined;
	byContact(contactPath: string): readonly InterviewRecord[];
}

export interface Sender {
	readonly name: string;
	readonly email: string;
	readonly signature: string;
}

function contactAt(lookup: RecordLookup, link: LinkRef | undefined): ContactRecord | undefined {
	const record = link?.path ? lookup.get(link.path) : undefined;
	return record?.kind === "contact" ? record : undefined;
}

/** A linked person's name: their note's `name`, or the link's note name when there is no such contact. */
function linkedName(lookup: RecordLookup, link: LinkRef | undefined): string | undefined {
	if (!link) return undefined;
	return contactAt(lookup, link)?.name ?? basenameOf(link.linkpath);
}

/**
 * The interview a message from a contact's note is most likely about: the next one to
 * come (a confirmation), or else the latest one held (a thank-you). Cancelled ones and
 * ones without a date are left out.
 */
export function relevantInterview(interviews: readonly InterviewRecord[], now: DateTime): InterviewRecord | undefined {
	const dated = interviews.filter((i) => i.date !== undefined && i.status !== "cancelled" && i.status !== "no_show");
	const at = (i: InterviewRecord): number => i.date?.start.toMillis() ?? 0;
	const upcoming = dated.filter((i) => at(i) >= now.toMillis()).sort((a, b) => at(a) - at(b));
	if (upcoming[0]) return upcoming[0];
	return dated.sort((a, b) => at(b) - at(a))[0];
}

function fieldText(...lists: (readonly string[] | undefined)[]): string | undefined {
	const list = lists.find((l) => l !== undefined && l.length > 0);
	return list ? list.join(", ") : undefined;
}

function contactPart(contact: ContactRecord | undefined, fallbackName: string | undefined): TemplateContext["contact"] {
	if (!contact) return fallbackName === undefined ? undefined : { name: fallbackName };
	return { name: contact.name, organization: contact.organization, role: contact.role };
}

/**
 * Builds what the placeholders of a message refer to from the note being edited: a
 * contact note speaks about that person (and their next or latest interview), an
 * interview note about its contact. Any other note gives only your own details and today.
 */
export function contextFromRecord(
	active: VaultRecord | undefined,
	lookup: RecordLookup,
	me: Sender,
	today: DateTime,
	locale?: string,
): TemplateContext {
	const base = { me, today, locale };
	if (active?.kind === "contact") {
		const interview = relevantInterview(lookup.byContact(active.path), today);
		return {
			...base,
			contact: contactPart(active, undefined),
			interview: interview ? { date: interview.date, location: interview.location } : undefined,
			field: fieldText(active.fields, interview?.fields),
			referrer: active.referredBy ? { name: linkedName(lookup, active.referredBy) } : undefined,
		};
	}
	if (active?.kind === "interview") {
		const contact = contactAt(lookup, active.contact);
		return {
			...base,
			contact: contactPart(contact, linkedName(lookup, active.contact)),
			interview: { date: active.date, location: active.location },
			field: fieldText(active.fields, contact?.fields),
			referrer: contact?.referredBy ? { name: linkedName(lookup, contact.referredBy) } : undefined,
		};
	}
	return base;
}
