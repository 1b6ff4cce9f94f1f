import type { DateTime } from "luxon";
import { fieldKey } from "../records/career-fields";
import type { ContactRecord, ContactStatus, InterviewRecord } from "../records/record-types";
import type { NextItem } from "./queue-adapter";
import { PERSON_STAGES, stageFacts, STAGE_LABELS, type PersonStage, type StageHolder, type StatusOf } from "./stages";
import { compareText } from "../records/text-order";

/** The board's columns: the stages in the method's order, then the people set apart. */
export const BOARD_COLUMNS = [...PERSON_STAGES, "paused", "closed"] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export const COLUMN_LABELS: Readonly<Record<BoardColumn, string>> = { ...STAGE_LABELS, paused: "paused", closed: "closed" };

/** Columns whose people are set apart (status paused or closed); the board shows them collapsed. */
export function isSetApart(column: BoardColumn): column is "paused" | "closed" {
	return column === "paused" || column === "closed";
}

/** One card: a contact note, where they stand and what comes next. */
export interface BoardPerson {
	readonly path: string;
	readonly name: string;
	readonly organization: string | undefined;
	readonly role: string | undefined;
	readonly fields: readonly string[];
	readonly metVia: string | undefined;
	/** Referred by someone (`referred_by`, or `met_via` says referral) rather than found cold. */
	readonly referred: boolean;
	readonly status: ContactStatus;
	/** The stage the facts give, also for paused and closed people. */
	readonly stage: PersonStage;
	/** Where the card sits: the stage, or paused/closed. */
	readonly column: BoardColumn;
	readonly since: DateTime | null;
	readonly holder: StageHolder | null;
	readonly next: NextItem | null;
}

/** What the board reads people from: the record index has both. */
export interface PeopleSource {
	contacts(): readonly ContactRecord[];
	byContact(contactPath: string): readonly InterviewRecord[];
}

const REFERRAL_WORDS = /referr/i;

export function isReferred(contact: ContactRecord): boolean {
	return contact.referredBy !== undefined || (contact.metVia !== undefined && REFERRAL_WORDS.test(contact.metVia));
}

export function boardPerson(contact: ContactRecord, interviews: readonly InterviewRecord[], statusOf: StatusOf, next: NextItem | null): BoardPerson {
	const facts = stageFacts(contact, interviews, statusOf);
	return {
		path: contact.path,
		name: contact.name,
		organization: contact.organization,
		role: contact.role,
		fields: contact.fields,
		metVia: contact.metVia,
		referred: isReferred(contact),
		status: contact.status,
		stage: facts.stage,
		column: contact.status === "active" ? facts.stage : contact.status,
		since: facts.since,
		holder: facts.holder,
		next,
	};
}

/** Every contact as a card, in name order. */
export function boardPeople(source: PeopleSource, statusOf: StatusOf, nextByContact: ReadonlyMap<string, NextItem>): BoardPerson[] {
	const people = source.contacts().map((contact) => boardPerson(contact, source.byContact(contact.path), statusOf, nextByContact.get(contact.path) ?? null));
	return people.sort(comparePeople);
}

export function comparePeople(a: BoardPerson, b: BoardPerson): number {
	return compareText(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export interface BoardFilter {
	/** A career field (any spelling: compared by `fieldKey`); empty for all. */
	readonly field: string;
	readonly organization: string;
	readonly metVia: string;
	/** Part of the name, any case. */
	readonly search: string;
	/** Only these people (a number on the progress tab was followed); null for everyone. */
	readonly only: ReadonlySet<string> | null;
}

export const NO_BOARD_FILTER: BoardFilter = { field: "", organization: "", metVia: "", search: "", only: null };

export function isBoardFiltered(filter: BoardFilter): boolean {
	return filter.field !== "" || filter.organization !== "" || filter.metVia !== "" || filter.search.trim() !== "" || filter.only !== null;
}

export function matchesFilter(person: BoardPerson, filter: BoardFilter): boolean {
	if (filter.only !== null && !filter.only.has(person.path)) return false;
	if (filter.field !== "" && !person.fields.some((f) => fieldKey(f) === fieldKey(filter.field))) return false;
	if (filter.organization !== "" && (person.organization ?? "").trim().toLowerCase() !== filter.organization.trim().toLowerCase()) return false;
	if (filter.metVia !== "" && (person.metVia ?? "").trim().toLowerCase() !== filter.metVia.trim().toLowerCase()) return false;
	const search = filter.search.trim().toLowerCase();
	return search === "" || person.name.toLowerCase().includes(search);
}

export interface BoardColumnPeople {
	readonly column: BoardColumn;
	readonly people: BoardPerson[];
}

/** People by column, every column present (an empty one shows its 0), in the board's order. */
export function byColumn(people: readonly BoardPerson[]): BoardColumnPeople[] {
	const columns = new Map<BoardColumn, BoardPerson[]>(BOARD_COLUMNS.map((c) => [c, []]));
	for (const person of people) columns.get(person.column)?.push(person);
	return BOARD_COLUMNS.map((column) => ({ column, people: columns.get(column) ?? [] }));
}

/** The label for people without a field, in swimlanes and statistics. */
export const NO_FIELD = "No field";

/** Swimlanes: people by their first field (alphabetical), those without one last. */
export function bySwimlane(people: readonly BoardPerson[]): { lane: string; people: BoardPerson[] }[] {
	const lanes = new Map<string, { lane: string; people: BoardPerson[] }>();
	for (const person of people) {
		const first = person.fields.find((f) => f.trim() !== "")?.trim();
		const key = first === undefined ? "" : fieldKey(first);
		let lane = lanes.get(key);
		if (lane === undefined) lanes.set(key, (lane = { lane: first ?? NO_FIELD, people: [] }));
		lane.people.push(person);
	}
	return [...lanes.entries()]
		.sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "en")))
		.map(([, lane]) => lane);
}

/** The distinct values of a text property across people, for a filter's choices. */
export function distinctValues(people: readonly BoardPerson[], valueOf: (person: BoardPerson) => readonly (string | undefined)[]): string[] {
	const seen = new Map<string, string>();
	for (const person of people)
		for (const value of valueOf(person)) {
			const text = value?.trim();
			if (text && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
		}
	return [...seen.values()].sort(compareText);
}

/** How long someone has been in their stage, in words ("3 days", "2 weeks"); null when no fact dates it. */
export function timeInStage(since: DateTime | null, now: DateTime): string | null {
	if (since === null) return null;
	// Plain milliseconds: luxon's calendar diff costs more than the rest of a card, and an
	// hour of daylight saving time does not change "3 days" or "2 weeks".
	const days = Math.floor((now.toMillis() - since.toMillis()) / 86_400_000);
	if (days < 0) return "from " + (since.toISODate() ?? "");
	if (days === 0) return "today";
	if (days === 1) return "1 day";
	if (days < 14) return `${days} days`;
	if (days < 60) return `${Math.floor(days / 7)} weeks`;
	return `${Math.floor(days / 30)} months`;
}
