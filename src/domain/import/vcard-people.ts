import ICAL from "ical.js";
import { cleanLine, cleanMultiline, given } from "./clean-text";
import type { ImportDetail, ImportedPerson, ImportProblem } from "./import-types";
import { isLinkedinUrl } from "./matching-keys";
import { vcard21To30 } from "./vcard-21";

/** One BEGIN:VCARD … END:VCARD block as it appears in the file. */
interface CardText {
	readonly number: number;
	readonly line: number;
	readonly lines: string[];
	readonly complete: boolean;
}

/**
 * Splits a file into cards by their BEGIN and END lines, so that one broken card costs
 * only itself. A card without END:VCARD ends where the next card or the file begins.
 */
function splitCards(text: string): { cards: CardText[]; problems: ImportProblem[] } {
	const lines = text.split(/\r\n|\n|\r/);
	const cards: CardText[] = [];
	const problems: ImportProblem[] = [];
	let current: { line: number; lines: string[] } | undefined;
	const close = (complete: boolean, lastLine: number | "end"): void => {
		if (!current) return;
		const number = cards.length + 1;
		const upTo = lastLine === "end" ? "the end of the file" : `line ${lastLine}`;
		if (!complete) problems.push({ line: current.line, message: `card ${number} has no END:VCARD; it was read up to ${upTo}` });
		cards.push({ number, line: current.line, lines: current.lines, complete });
		current = undefined;
	};
	lines.forEach((raw, i) => {
		const line = raw.trim().toUpperCase();
		if (line === "BEGIN:VCARD") {
			close(false, i);
			current = { line: i + 1, lines: [] };
		} else if (line === "END:VCARD") {
			close(true, i + 1);
		} else if (current) {
			current.lines.push(raw);
		}
	});
	close(false, "end");
	return { cards, problems };
}

type Property = InstanceType<typeof ICAL.Property>;

function textOf(value: unknown): string {
	if (Array.isArray(value)) return value.map(textOf).join(" ");
	// ical.js unescapes `\,` and `\n`; Apple also escapes `;` in text, which it leaves.
	if (typeof value === "string") return value.replace(/\\;/g, ";");
	// Dates and other typed values (BDAY, REV) are not used by an import.
	return typeof value === "number" ? String(value) : "";
}

function typesOf(property: Property): string[] {
	const type: unknown = property.getParameter("type");
	const list = Array.isArray(type) ? type : type === undefined || type === null ? [] : [type];
	return list.map((t) => textOf(t).toLowerCase());
}

/** 3.0 marks the preferred value with `TYPE=pref`, 4.0 with `PREF=1` (lower is stronger). */
function preference(property: Property): number {
	const pref = textOf(property.getParameter("pref"));
	if (pref !== "" && Number.isFinite(Number(pref))) return Number(pref);
	return typesOf(property).includes("pref") ? 1 : 101;
}

/** Values of a property in file order, the preferred one first (the first of equals wins). */
function orderedValues(card: InstanceType<typeof ICAL.Component>, name: string, strip: RegExp): string[] {
	const found = card.getAllProperties(name).map((property, order) => ({ property, order }));
	found.sort((a, b) => preference(a.property) - preference(b.property) || a.order - b.order);
	const values: string[] = [];
	for (const { property } of found) {
		const value = cleanLine(textOf(property.getFirstValue()).replace(strip, ""));
		if (value !== "" && !values.includes(value)) values.push(value);
	}
	return values;
}

function nameOf(card: InstanceType<typeof ICAL.Component>): string {
	const full = cleanLine(textOf(card.getFirstPropertyValue("fn")));
	if (full !== "") return full;
	const n: unknown = card.getFirstPropertyValue("n");
	if (!Array.isArray(n)) return cleanLine(textOf(n));
	const [family, givenName, additional, prefix, suffix] = n.map(textOf);
	return cleanLine([prefix, givenName, additional, family, suffix].filter(Boolean).join(" "));
}

function personFromCard(card: InstanceType<typeof ICAL.Component>, line: number): ImportedPerson {
	const details: ImportDetail[] = [];
	const [email, ...otherEmails] = orderedValues(card, "email", /^mailto:/i);
	const [phone, ...otherPhones] = orderedValues(card, "tel", /^tel:/i);
	for (const text of otherEmails) details.push({ label: "Other email", text });
	for (const text of otherPhones) details.push({ label: "Other phone", text });

	const org: unknown = card.getFirstPropertyValue("org");
	const [organization = "", ...units] = (Array.isArray(org) ? org : [org]).map((part) => cleanLine(textOf(part)));
	const departments = units.filter((unit) => unit !== "");
	if (departments.length > 0) details.push({ label: "Department", text: departments.join(", ") });

	const urls = [...orderedValues(card, "x-socialprofile", /^$/), ...orderedValues(card, "url", /^$/)];
	const linkedin = urls.find(isLinkedinUrl);
	for (const url of urls) if (url !== linkedin && !details.some((d) => d.text === url)) details.push({ label: "Website", text: url });

	const note = cleanMultiline(textOf(card.getFirstPropertyValue("note")));
	if (note !== "") details.push({ label: "Notes", text: note });

	return {
		line,
		name: nameOf(card),
		organization: given(organization),
		role: given(textOf(card.getFirstPropertyValue("title"))) ?? given(textOf(card.getFirstPropertyValue("role"))),
		email,
		phone,
		linkedin,
		details,
	};
}

/**
 * Every person in a vCard file (3.0 and 4.0 through ical.js; 2.1 rewritten to 3.0 first).
 * A card that cannot be read is reported with its number and line, and the others are read.
 */
export function peopleFromVcards(text: string): { people: ImportedPerson[]; problems: ImportProblem[] } {
	const { cards, problems } = splitCards(text);
	const people: ImportedPerson[] = [];
	if (cards.length === 0) {
		problems.push({ line: 1, message: "no BEGIN:VCARD line was found; this does not look like a vCard file" });
		return { people, problems };
	}
	for (const card of cards) {
		const is21 = card.lines.some((line) => /^VERSION:\s*2\.1\s*$/i.test(line.trim()));
		const body = is21 ? vcard21To30(card.lines) : card.lines;
		const source = ["BEGIN:VCARD", ...body.filter((line) => line.trim() !== ""), "END:VCARD", ""].join("\r\n");
		try {
			const parsed: unknown = ICAL.parse(source);
			const component = new ICAL.Component(parsed as unknown[]);
			people.push(personFromCard(component, card.line));
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			problems.push({ line: card.line, message: `card ${card.number} could not be read (${cleanLine(reason)}); it was skipped` });
		}
	}
	return { people, problems };
}
