import { contactNoteText, CONTACT_NOTE_BODY } from "../templates/contact-note";
import { fillTemplate } from "../templates/fill-template";
import { isBlank } from "../templates/frontmatter-merge";
import { contextLookup, type TemplateContext } from "../templates/template-context";
import { bool, list, num, text, type YamlValue } from "../templates/yaml-text";
import type { PlannedContact } from "./import-plan";
import type { ImportDetail } from "./import-types";

/** The user's contact-note skeleton with its placeholders already filled for this person. */
export interface FilledSkeleton {
	readonly body: string;
	readonly properties: Readonly<Record<string, unknown>>;
}

/**
 * Markdown that could turn imported text into a link, an embed, HTML, a comment, maths
 * or code is escaped, and so is a block marker at the start of a line (a heading, a
 * quote, a list, a rule), so that a note from a file reads as the text it was.
 */
export function markdownText(value: string): string {
	return value.replace(/[\\<>[\]`%$|*_~=^]/g, (char) => `\\${char}`);
}

/** A line that starts a block of its own (heading, quote, list, rule, table) once escaped. */
function markdownLine(line: string): string {
	return markdownText(line).replace(/^(\s*)([#+-]|\d+[.)])/, "$1\\$2");
}

function detailLines(detail: ImportDetail): string[] {
	const [first = "", ...rest] = detail.text.split("\n");
	return [`- ${detail.label}: ${markdownText(first)}`, ...rest.map((line) => (line === "" ? "" : `  ${markdownLine(line)}`))];
}

/** The section of the body that keeps what has no property: other emails and phones, departments, websites, notes. */
export function importedDetailsSection(details: readonly ImportDetail[]): string {
	if (details.length === 0) return "";
	return ["", "## Imported details", "", ...details.flatMap(detailLines), ""].join("\n");
}

/** A skeleton property as a YAML value; anything but text, numbers, booleans and lists of text is left out. */
function yamlValueOf(value: unknown): YamlValue | undefined {
	if (typeof value === "string") return text(value);
	if (typeof value === "number") return num(value);
	if (typeof value === "boolean") return bool(value);
	if (Array.isArray(value) && value.every((item) => typeof item === "string")) return list(value);
	return undefined;
}

/**
 * The full text of a new contact note: the contact's properties (then the skeleton's own
 * where the contact leaves a key unset), the imported details, then the skeleton's body or
 * the built-in one.
 */
export function importedNoteText(planned: PlannedContact, typeKey: string, skeleton?: FilledSkeleton): string {
	const extra: [string, YamlValue][] = [];
	for (const [key, value] of Object.entries(skeleton?.properties ?? {})) {
		const yaml = isBlank(value) ? undefined : yamlValueOf(value);
		if (yaml !== undefined) extra.push([key, yaml]);
	}
	const body = skeleton ? skeleton.body : `\n${CONTACT_NOTE_BODY}`;
	const details = importedDetailsSection(planned.details);
	return contactNoteText(planned.contact, typeKey, `${details}${body}`, extra);
}

/** The user's skeleton (split into properties and body) filled for one planned person. */
export function fillSkeletonFor(
	skeleton: { readonly body: string; readonly frontmatter: Readonly<Record<string, unknown>> },
	planned: PlannedContact,
	base: Pick<TemplateContext, "me" | "today" | "locale">,
): FilledSkeleton {
	const { contact } = planned;
	const filled = fillTemplate(skeleton, contextLookup({ ...base, contact: { name: contact.name, organization: contact.organization, role: contact.role }, field: contact.field }));
	return { body: filled.body, properties: filled.properties };
}
