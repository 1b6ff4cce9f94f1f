import { basenameOf, type LinkRef } from "../records/links";
import type { ContactRecord, InterviewRecord, VaultRecord } from "../records/record-types";

/**
 * Who a node of the referral map is: the vault path of a note, or `missing:<linkpath>`
 * for a link to a note that does not exist yet, so that such people stay on the map.
 */
export type PersonKey = string;

const MISSING = "missing:";

/** The person a link names. Links to missing notes keep their text, without `.md`. */
export function personKeyOf(link: LinkRef): PersonKey {
	return link.path ?? `${MISSING}${link.linkpath.replace(/\.md$/i, "")}`;
}

/** The vault path behind a key, or null for someone who has no note yet. */
export function pathOfKey(key: PersonKey): string | null {
	return key.startsWith(MISSING) ? null : key;
}

/** The name to show for someone without a contact record: the note's or the link's name. */
export function fallbackName(key: PersonKey): string {
	return basenameOf(key.startsWith(MISSING) ? `${key.slice(MISSING.length)}.md` : key);
}

/** The note and property that state a referral. */
export interface EdgeSource {
	readonly path: string;
	/** `referred_by`, or `referrals[i]` of an interview. */
	readonly field: string;
}

/** One referral as a single note states it: `from` referred `to`, said in `path` at `field`. */
export interface StatedReferral extends EdgeSource {
	readonly from: PersonKey;
	readonly to: PersonKey;
}

/** A link the referral map reads that points at no note. */
export interface UnresolvedLink {
	readonly path: string;
	readonly field: string;
	/** The link's target as written, without brackets or alias. */
	readonly link: string;
}

/**
 * What one record adds to the map beyond what the record index already knows; the graph
 * retracts exactly this when the record changes. Interviews with a contact note are found
 * through the index (`byContact`), so most records add nothing and cost nothing to keep.
 */
export interface RecordContribution {
	readonly referrals: readonly StatedReferral[];
	/** For an interview whose `contact` names no note: the `missing:` person it is with. */
	readonly intervieweeWithoutNote: PersonKey | null;
	readonly unresolved: readonly UnresolvedLink[];
}

/** Most notes name nobody missing; sharing one empty list spares a big vault many small arrays. */
const NONE: readonly never[] = Object.freeze([]);

function withUnresolved(list: readonly UnresolvedLink[], path: string, field: string, link: LinkRef): readonly UnresolvedLink[] {
	return link.path === null ? [...list, { path, field, link: link.linkpath }] : list;
}

function contactContribution(record: ContactRecord): RecordContribution | null {
	const by = record.referredBy;
	if (!by) return null;
	const referral = { from: personKeyOf(by), to: record.path, path: record.path, field: "referred_by" };
	return { referrals: [referral], intervieweeWithoutNote: null, unresolved: withUnresolved(NONE, record.path, "referred_by", by) };
}

/** Whether an interview's link is one of its `referrals` (`referrals`, or `referrals[i]` in a list). */
export function isReferralField(field: string): boolean {
	return field === "referrals" || field.startsWith("referrals[");
}

/** Whom an interview's referrals come from: its contact, or null when it has no readable contact. */
export function intervieweeOf(record: InterviewRecord): PersonKey | null {
	return record.contact ? personKeyOf(record.contact) : null;
}

function interviewContribution(record: InterviewRecord): RecordContribution | null {
	const contact = record.contact;
	const intervieweeWithoutNote = contact?.path === null ? personKeyOf(contact) : null;
	if (record.referrals.length === 0 && intervieweeWithoutNote === null) return null;
	let unresolved = contact ? withUnresolved(NONE, record.path, "contact", contact) : NONE;
	const interviewee = intervieweeOf(record);
	const referrals: StatedReferral[] = [];
	// `links` keeps each referral's own field name (`referrals[2]`), which `referrals` does not.
	for (const { field, link } of record.links) {
		if (!isReferralField(field)) continue;
		unresolved = withUnresolved(unresolved, record.path, field, link);
		if (interviewee !== null) referrals.push({ from: interviewee, to: personKeyOf(link), path: record.path, field });
	}
	return { referrals, intervieweeWithoutNote, unresolved };
}

/**
 * The referral facts one note states, or null when it states none. A contact says who
 * referred it (`referred_by`); an interview says whom its contact referred (`referrals`).
 * An interview without a readable contact states no referral: there is nobody to draw
 * the edge from.
 */
export function contributionOf(record: VaultRecord): RecordContribution | null {
	return record.kind === "contact" ? contactContribution(record) : interviewContribution(record);
}
