import { basenameOf, type LinkRef } from "../records/links";
import type { InterviewRecord, VaultRecord } from "../records/record-types";

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

/** Whom an interview's referrals come from: its contact, or null when it has no readable contact. */
export function intervieweeOf(record: InterviewRecord): PersonKey | null {
	return record.contact ? personKeyOf(record.contact) : null;
}

/** An interview's `referrals` links, each with its own field name (`referrals`, or `referrals[2]` in a list), which `record.referrals` lacks. */
function referralLinks(record: InterviewRecord): { field: string; link: LinkRef }[] {
	return record.links.filter(({ field }) => field === "referrals" || field.startsWith("referrals["));
}

/**
 * The referrals one note states. A contact says who referred it (`referred_by`); an
 * interview says whom its contact referred (`referrals`). An interview without a
 * readable contact states none: there is nobody to draw the edge from.
 */
export function referralsStatedIn(record: VaultRecord): StatedReferral[] {
	if (record.kind === "contact") {
		return record.referredBy ? [{ from: personKeyOf(record.referredBy), to: record.path, path: record.path, field: "referred_by" }] : [];
	}
	const from = intervieweeOf(record);
	if (from === null || record.referrals.length === 0) return [];
	return referralLinks(record).map(({ field, link }) => ({ from, to: personKeyOf(link), path: record.path, field }));
}

/** The links of one note that the map reads (`referred_by`, `contact`, `referrals`) and that name no note, in the note's order. */
export function unresolvedLinksIn(record: VaultRecord): UnresolvedLink[] {
	const read = record.kind === "contact" ? [{ field: "referred_by", link: record.referredBy }] : [{ field: "contact", link: record.contact }, ...referralLinks(record)];
	return read.flatMap(({ field, link }) => (link && link.path === null ? [{ path: record.path, field, link: link.linkpath }] : []));
}
