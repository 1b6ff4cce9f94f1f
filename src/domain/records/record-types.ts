import type { When } from "./dates";
import type { LinkRef } from "./links";
import type { Problem } from "./problems";

export const CONTACT_STATUSES = ["active", "paused", "closed"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const OUTREACH_METHODS = ["email", "linkedin", "phone", "letter", "in_person"] as const;
export type OutreachMethod = (typeof OUTREACH_METHODS)[number];

export const INTERVIEW_STATUSES = ["requested", "scheduled", "confirmed", "done", "cancelled", "no_show"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const INTERVIEW_FORMATS = ["in_person", "phone", "video"] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

/**
 * The longest `duration` taken as meant: a day. Informational interviews last 20 to 30
 * minutes and a shadowing day a few hours; anything longer is a slip of the keyboard,
 * which taken as written would hold the thank-you back for weeks, or for ever.
 */
export const MAX_DURATION_MINUTES = 24 * 60;

interface RecordBase {
	readonly path: string;
	/** Every link property, resolved, with the property it came from (`referrals[1]`). */
	readonly links: readonly { readonly field: string; readonly link: LinkRef }[];
	readonly problems: readonly Problem[];
	readonly snoozeUntil?: When;
}

export interface ContactRecord extends RecordBase {
	readonly kind: "contact";
	readonly name: string;
	readonly organization?: string;
	readonly organizationLink?: LinkRef;
	readonly role?: string;
	readonly fields: readonly string[];
	readonly email?: string;
	readonly phone?: string;
	readonly linkedin?: string;
	readonly metVia?: string;
	readonly referredBy?: LinkRef;
	readonly contacted?: When;
	readonly outreachMethod?: OutreachMethod;
	readonly replied?: When;
	readonly lastContact?: When;
	readonly nextFollowUp?: When;
	readonly stayInTouch: boolean;
	/** Keep-in-touch cadence in days; undefined means the setting's default. */
	readonly followUpEvery?: number;
	readonly status: ContactStatus;
}

export interface InterviewRecord extends RecordBase {
	readonly kind: "interview";
	/** The note's name, used as a title. */
	readonly title: string;
	readonly contact?: LinkRef;
	readonly date?: When;
	/** Minutes; the setting's default when absent or invalid. */
	readonly duration: number;
	readonly format?: InterviewFormat;
	readonly location?: string;
	/** As written; undefined means "derive from the date" (see DESIGN.md). */
	readonly status?: InterviewStatus;
	readonly confirmed?: When;
	readonly prepared: boolean;
	readonly thankYouSent?: When;
	readonly debriefed: boolean;
	readonly referrals: readonly LinkRef[];
	/** Job leads they mentioned (`leads`), as written. */
	readonly leads: readonly string[];
	/** The interview's own `field`; callers fall back to the contact's. */
	readonly fields: readonly string[];
}

export type VaultRecord = ContactRecord | InterviewRecord;

/** Where records are looked up by path; `RecordIndex` is one. */
export interface RecordLookup {
	get(path: string): VaultRecord | undefined;
}
