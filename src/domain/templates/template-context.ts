import type { DateTime } from "luxon";
import type { When } from "../records/dates";
import type { PlaceholderLookup, PlaceholderValue } from "./placeholders";

/** Everything a template can mention, already resolved from the notes and settings. */
export interface TemplateContext {
	readonly contact?: { readonly name?: string; readonly organization?: string; readonly role?: string };
	readonly interview?: { readonly date?: When; readonly location?: string };
	/** The career field(s), as one line of text. */
	readonly field?: string;
	readonly me: { readonly name: string; readonly email: string; readonly signature: string };
	readonly referrer?: { readonly name?: string };
	/** Now, in the user's zone. */
	readonly today: DateTime;
	/** A BCP 47 locale for spelled-out dates; the system's when absent. */
	readonly locale?: string;
}

/** Every placeholder name, with what it is for: the documentation and the UI list these. */
export const PLACEHOLDERS: readonly { readonly name: string; readonly description: string }[] = [
	{ name: "contact.name", description: "The contact's name" },
	{ name: "contact.first_name", description: "The first word of the contact's name" },
	{ name: "contact.organization", description: "Where the contact works" },
	{ name: "contact.role", description: "The contact's job title" },
	{ name: "interview.date", description: "When the interview is; add |DDDD or another luxon format" },
	{ name: "interview.location", description: "Where the interview is: an address or a meeting link" },
	{ name: "field", description: "The career field" },
	{ name: "me.name", description: "Your name, from the settings" },
	{ name: "me.email", description: "Your email, from the settings" },
	{ name: "me.signature", description: "Your signature, from the settings" },
	{ name: "referrer.name", description: "Who referred you to this contact" },
	{ name: "referrer.first_name", description: "The first word of the referrer's name" },
	{ name: "today", description: "Today's date as 2026-11-24; add |DDD or another luxon format" },
];

/**
 * The given name for a greeting: the first word, or the first word after a comma for
 * names written family name first ("Lee, Jordan"). Honorifics are left alone, since
 * "Hi Dr." and "Hi Lee" would both be wrong and only the user can tell.
 */
export function firstNameOf(name: string): string {
	const comma = name.indexOf(",");
	const given = comma > 0 ? name.slice(comma + 1) : name;
	return given.trim().split(/\s+/)[0] ?? "";
}

function text(value: string | undefined): PlaceholderValue | undefined {
	return value === undefined ? undefined : { kind: "text", text: value };
}

/** The luxon format used when a date placeholder has none. */
export function defaultInterviewDateFormat(when: When): string {
	return when.hasTime ? "DDDD 'at' t" : "DDDD";
}

/** `{{today}}` is ISO by default so that it can fill a property as well as a sentence. */
export const TODAY_DEFAULT_FORMAT = "yyyy-MM-dd";

/**
 * Answers placeholder names from a context. A known name without a value gives an empty
 * text, so that the engine reports it as empty rather than unknown.
 */
export function contextLookup(context: TemplateContext): PlaceholderLookup {
	const localized = (date: DateTime): DateTime => (context.locale ? date.setLocale(context.locale) : date);
	const contactName = context.contact?.name;
	const referrerName = context.referrer?.name;
	const values: Record<string, () => PlaceholderValue | undefined> = {
		"contact.name": () => text(contactName),
		"contact.first_name": () => text(contactName === undefined ? undefined : firstNameOf(contactName)),
		"contact.organization": () => text(context.contact?.organization),
		"contact.role": () => text(context.contact?.role),
		"interview.date": () => {
			const when = context.interview?.date;
			return when ? { kind: "date", date: localized(when.start), defaultFormat: defaultInterviewDateFormat(when) } : undefined;
		},
		"interview.location": () => text(context.interview?.location),
		field: () => text(context.field),
		"me.name": () => text(context.me.name),
		"me.email": () => text(context.me.email),
		"me.signature": () => text(context.me.signature),
		"referrer.name": () => text(referrerName),
		"referrer.first_name": () => text(referrerName === undefined ? undefined : firstNameOf(referrerName)),
		today: () => ({ kind: "date", date: localized(context.today), defaultFormat: TODAY_DEFAULT_FORMAT }),
	};
	return (name) => {
		if (!Object.prototype.hasOwnProperty.call(values, name)) return undefined;
		return values[name]?.() ?? { kind: "text", text: "" };
	};
}
