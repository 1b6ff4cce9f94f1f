import { compareFields, fieldsOfNote, forEachField } from "../records/career-fields";
import type { InterviewRecord, RecordLookup } from "../records/record-types";
import { notePathIn } from "../templates/file-names";
import { FEW_INTERVIEWS } from "./statistics";
import type { StatusOf } from "./stages";
import { compareText } from "../records/text-order";

/**
 * Field notes: one note per career field with what your own conversations taught about
 * it. The part the plugin writes sits between two markers; everything else in the note
 * (the user's verdict) is theirs and is never rewritten.
 */
export const FIELD_NOTES_START = "%% informational-interviews: field notes start. This part is rewritten by Compile field notes. %%";
export const FIELD_NOTES_END = "%% informational-interviews: field notes end %%";

/** The heading the interview skeleton (templates/interview-note.ts) gives what you learned. */
export const DEFAULT_TAKEAWAYS_HEADING = "Debrief";

export interface FieldInterview {
	readonly path: string;
	/** `2026-11-24`, or null for an interview without a date. */
	readonly date: string | null;
	readonly contactPath: string | null;
	readonly contactName: string;
	/** The text under the takeaways heading, or null when the note has no such section. */
	readonly takeaways: string | null;
}

export interface FieldSummary {
	readonly field: string;
	/** People you talked to in this field (held interviews), by name. */
	readonly people: readonly { readonly path: string; readonly name: string; readonly organization: string | undefined }[];
	readonly organizations: readonly string[];
	/** Held interviews, oldest first. */
	readonly interviews: readonly FieldInterview[];
	readonly tooFew: boolean;
}

export interface FieldSource extends RecordLookup {
	interviews(): readonly InterviewRecord[];
}

/**
 * One summary per field that has at least one held interview, alphabetical.
 * `takeawaysOf` gives an interview note's takeaways text (or null); the caller reads the
 * note bodies (the plugin from the vault, the CLI from disk).
 */
export function fieldSummaries(source: FieldSource, statusOf: StatusOf, takeawaysOf: (path: string) => string | null): FieldSummary[] {
	const byField = new Map<string, { field: string; interviews: InterviewRecord[] }>();
	for (const interview of source.interviews()) {
		if (statusOf(interview) !== "done") continue;
		forEachField(fieldsOfNote(interview, source), (spelling, key) => {
			let entry = byField.get(key);
			if (entry === undefined) byField.set(key, (entry = { field: spelling, interviews: [] }));
			entry.interviews.push(interview);
		});
	}
	const summaries: FieldSummary[] = [];
	for (const { field, interviews } of byField.values()) {
		interviews.sort((a, b) => (a.date?.start.toMillis() ?? 0) - (b.date?.start.toMillis() ?? 0) || (a.path < b.path ? -1 : 1));
		const people = new Map<string, { path: string; name: string; organization: string | undefined }>();
		const rows: FieldInterview[] = interviews.map((interview) => {
			const contactPath = interview.contact?.path ?? null;
			const record = contactPath === null ? undefined : source.get(contactPath);
			const contact = record?.kind === "contact" ? record : undefined;
			const name = contact?.name ?? interview.contact?.linkpath ?? interview.title;
			if (contact) people.set(contact.path, { path: contact.path, name: contact.name, organization: contact.organization });
			return { path: interview.path, date: interview.date?.start.toISODate() ?? null, contactPath: contact?.path ?? null, contactName: name, takeaways: takeawaysOf(interview.path) };
		});
		const sortedPeople = [...people.values()].sort((a, b) => compareText(a.name, b.name));
		const organizations = [...new Set(sortedPeople.flatMap((p) => (p.organization?.trim() ? [p.organization.trim()] : [])))].sort((a, b) => a.localeCompare(b, "en"));
		summaries.push({ field, people: sortedPeople, organizations, interviews: rows, tooFew: rows.length < FEW_INTERVIEWS });
	}
	return summaries.sort((a, b) => compareFields(a.field, b.field));
}

/** A note's text without its properties block. */
export function bodyOf(text: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	return match ? text.slice(match[0].length) : text;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;

/**
 * The text of the section under the first heading named `heading` (any level, any case),
 * up to the next heading of the same or a higher level; null when there is no such
 * heading, or it has nothing under it.
 */
export function sectionText(body: string, heading: string): string | null {
	const wanted = heading.trim().toLowerCase();
	const lines = body.split(/\r?\n/);
	let level = 0;
	const taken: string[] = [];
	let fenced = false;
	for (const line of lines) {
		if (/^(```|~~~)/.test(line)) fenced = !fenced;
		const match = fenced ? null : HEADING.exec(line);
		if (level === 0) {
			if (match && (match[2] ?? "").trim().toLowerCase() === wanted) level = (match[1] ?? "").length;
			continue;
		}
		if (match && (match[1] ?? "").length <= level) break;
		taken.push(line);
	}
	const text = taken.join("\n").trim();
	return level === 0 || text === "" ? null : text;
}

/** The path of a field's note in the folder. */
export function fieldNotePath(folder: string, field: string): string {
	return notePathIn(folder, field, "Field");
}

/** A wikilink to a note by path, with a display name that cannot end the link early. */
function linkTo(path: string, name: string): string {
	const target = path.replace(/\.md$/i, "");
	const shown = name.replace(/[[\]|\r\n]/g, " ").trim();
	return shown === "" || shown === target ? `[[${target}]]` : `[[${target}|${shown}]]`;
}

/** Copied text that cannot close the generated section or break out of its quote. */
function quoted(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => line.split(FIELD_NOTES_START).join("").split(FIELD_NOTES_END).join("").replace(/%%/g, "% %"))
		.map((line) => (line.trim() === "" ? ">" : `> ${line}`))
		.join("\n");
}

function oneLine(text: string): string {
	return text.replace(/[\r\n]+/g, " ").replace(/%%/g, "% %").trim();
}

/** The generated section's Markdown, markers included. */
export function generatedSection(summary: FieldSummary, heading: string): string {
	const out: string[] = [FIELD_NOTES_START];
	const n = summary.interviews.length;
	if (summary.tooFew) out.push(`> [!warning] ${n} interview${n === 1 ? "" : "s"}: fewer than ${FEW_INTERVIEWS} is too few to judge a field.`, "");
	out.push("## People", "");
	for (const person of summary.people) out.push(`- ${linkTo(person.path, person.name)}${person.organization?.trim() ? ` (${oneLine(person.organization)})` : ""}`);
	if (summary.people.length === 0) out.push("- (no contact notes)");
	out.push("", "## Organizations", "");
	for (const organization of summary.organizations) out.push(`- ${oneLine(organization)}`);
	if (summary.organizations.length === 0) out.push("- (none recorded)");
	out.push("", "## Interviews", "");
	for (const interview of summary.interviews) {
		out.push(`### ${interview.date ?? "Undated"} · ${oneLine(interview.contactName.replace(/[[\]|#^]/g, " "))}`, "", `From ${linkTo(interview.path, interview.path.slice(interview.path.lastIndexOf("/") + 1).replace(/\.md$/i, ""))}:`, "");
		out.push(interview.takeaways === null ? `> (no "${oneLine(heading)}" section yet)` : quoted(interview.takeaways), "");
	}
	out.push(FIELD_NOTES_END);
	return out.join("\n");
}

/** A new field note: the generated section, then a place for the user's verdict. */
export function newFieldNote(summary: FieldSummary, heading: string): string {
	return `${generatedSection(summary, heading)}\n\n## My verdict\n\n`;
}

/**
 * The note with its generated section replaced and every other byte kept. A note whose
 * markers were removed gets the section appended at the end, so that nothing the user
 * wrote is ever overwritten.
 */
export function updateFieldNote(text: string, summary: FieldSummary, heading: string): string {
	const section = generatedSection(summary, heading);
	const start = text.indexOf(FIELD_NOTES_START);
	const end = start === -1 ? -1 : text.indexOf(FIELD_NOTES_END, start);
	if (start === -1 || end === -1) return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}\n${section}\n`;
	return text.slice(0, start) + section + text.slice(end + FIELD_NOTES_END.length);
}
