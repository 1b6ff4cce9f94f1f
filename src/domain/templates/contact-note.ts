import { date, frontmatterBlock, text, yamlLink, type YamlValue } from "./yaml-text";

/** What the new-contact form collects; empty strings mean "not given". */
export interface NewContact {
	readonly name: string;
	readonly organization?: string;
	readonly role?: string;
	readonly field?: string;
	readonly email?: string;
	readonly phone?: string;
	readonly linkedin?: string;
	readonly metVia?: string;
	/** Link text of the referrer's note (what goes between `[[` and `]]`). */
	readonly referredBy?: string;
	/** ISO date the connection was made (an import from LinkedIn knows it). */
	readonly connected?: string;
}

/** Obsidian comments: guidance that shows while editing and disappears in reading view. */
export const CONTACT_NOTE_BODY = [
	"## Background",
	"",
	"%% What they do, how you found them, and what you have in common. %%",
	"",
	"## Questions to ask them",
	"",
	"- [ ] ",
	"",
	"## Conversation log",
	"",
	"%% One line per contact, newest last: date, how, what happened. %%",
	"",
].join("\n");

function given(value: string | undefined): string | undefined {
	const trimmed = value?.trim();
	return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

/**
 * The text of a new contact note: the properties that were given, then `body` (the
 * user's own skeleton, verbatim) or the built-in skeleton.
 */
export function contactNoteText(
	contact: NewContact,
	typeKey: string,
	body = `\n${CONTACT_NOTE_BODY}`,
	/** Written after the contact's own properties, for keys those leave unset (a skeleton's properties). */
	extra: readonly (readonly [string, YamlValue])[] = [],
): string {
	const entries: [string, YamlValue][] = [[typeKey, text("contact")], ["name", text(contact.name.trim())]];
	const optional: [string, string | undefined][] = [
		["organization", contact.organization],
		["role", contact.role],
		["field", contact.field],
		["email", contact.email],
		["phone", contact.phone],
		["linkedin", contact.linkedin],
		["met_via", contact.metVia],
	];
	for (const [key, value] of optional) {
		const v = given(value);
		if (v !== undefined) entries.push([key, text(v)]);
	}
	const referrer = given(contact.referredBy);
	if (referrer !== undefined) entries.push(["referred_by", yamlLink(referrer)]);
	const connected = given(contact.connected);
	if (connected !== undefined) entries.push(["connected", date(connected)]);
	return `${frontmatterBlock([...entries, ...extra])}${body}`;
}
