/*
 * The record contract of DESIGN.md as an oracle, written without the parser's code: for
 * each key, whether a value is valid, invalid, or one of the lenient readings the contract
 * neither asks for nor forbids ("either": "yes" for true, "3.0" minutes, `2026-11-24 15:00`).
 * The fuzz tests assert a problem for every invalid value and none for every valid one.
 */

export type Verdict = "valid" | "invalid" | "either";

export type ValueType =
	| { kind: "text" }
	| { kind: "textOrLink" }
	| { kind: "textList" }
	| { kind: "link"; required: boolean }
	| { kind: "linkList" }
	| { kind: "date"; timeAllowed: boolean }
	| { kind: "bool" }
	| { kind: "positiveInteger"; max?: number }
	| { kind: "choice"; allowed: readonly string[] };

const text = { kind: "text" } as const;
const date = { kind: "date", timeAllowed: false } as const;
const dateOrTime = { kind: "date", timeAllowed: true } as const;
const bool = { kind: "bool" } as const;

/** Contact keys and their types, from the contact table of DESIGN.md. */
export const CONTACT_CONTRACT: Readonly<Record<string, ValueType>> = {
	name: text,
	organization: { kind: "textOrLink" },
	role: text,
	field: { kind: "textList" },
	email: text,
	phone: text,
	linkedin: text,
	met_via: text,
	referred_by: { kind: "link", required: false },
	contacted: date,
	outreach_method: { kind: "choice", allowed: ["email", "linkedin", "phone", "letter", "in_person"] },
	replied: date,
	last_contact: dateOrTime,
	next_follow_up: dateOrTime,
	stay_in_touch: bool,
	follow_up_every: { kind: "positiveInteger" },
	status: { kind: "choice", allowed: ["active", "paused", "closed"] },
	snooze_until: dateOrTime,
};

/** Interview keys and their types, from the interview table of DESIGN.md. */
export const INTERVIEW_CONTRACT: Readonly<Record<string, ValueType>> = {
	contact: { kind: "link", required: true },
	date: dateOrTime,
	// Whole minutes, up to a day: longer is taken as a slip (docs/properties.md).
	duration: { kind: "positiveInteger", max: 1440 },
	format: { kind: "choice", allowed: ["in_person", "phone", "video"] },
	location: text,
	status: { kind: "choice", allowed: ["requested", "scheduled", "confirmed", "done", "cancelled", "no_show"] },
	confirmed: date,
	prepared: bool,
	thank_you_sent: date,
	debriefed: bool,
	referrals: { kind: "linkList" },
	// "text" in the table; a list of fields is the contact's form, read the same way.
	field: { kind: "textList" },
	snooze_until: dateOrTime,
};

/** Null, undefined and empty text: what the contract treats as "not written". */
export function isAbsent(value: unknown): boolean {
	return value === null || value === undefined || value === "";
}

function isLeap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a calendar day exists (proleptic Gregorian). */
export function isRealDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const days = month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
	return day <= days;
}

// ISO 8601 in the contract's spelling: a day, or a day, `T` and a time with an optional offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;
// Spellings a reader may accept: surrounding blanks, a space for `T`, an offset without colon.
const LENIENT = /^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/** A date or date-time written as text. */
export function dateTextVerdict(value: string, timeAllowed: boolean): Verdict {
	const m = ISO.exec(value);
	if (m === null) return LENIENT.test(value) ? "either" : "invalid";
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year === 0) return "either";
	if (!isRealDay(year, month, day)) return "invalid";
	if (m[4] === undefined) return "valid";
	const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
	// 24:00 is the next midnight spelled another way; the contract wants one spelling per moment.
	if (hour > 23 || minute > 59 || second > 59) return "invalid";
	if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return "either";
	return timeAllowed ? "valid" : "either";
}

/** A Date, as js-yaml's default schema gives one: its years have four digits, as in text. */
function dateObjectVerdict(value: Date): Verdict {
	if (Number.isNaN(value.getTime())) return "invalid";
	const year = value.getUTCFullYear();
	if (year === 0) return "either";
	return year > 0 && year <= 9999 ? "valid" : "invalid";
}

function normalChoice(value: string): string {
	return value.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** One link value (a list item, or the value itself). */
export function linkVerdict(value: unknown, resolves: (linkText: string) => boolean | undefined): Verdict {
	if (typeof value !== "string") return "invalid";
	const wiki = /^\s*!?\[\[([^\]]*)\]\]\s*$/.exec(value);
	if (wiki === null) {
		// A plain name is read, but reported: Obsidian neither tracks nor renames it.
		return /^\s*\[[^\]]*\]\([^)]*\)\s*$/.test(value) ? "either" : "invalid";
	}
	const inner = (wiki[1] ?? "").split("|")[0]?.split("#")[0]?.trim() ?? "";
	if (inner === "") return "invalid";
	const found = resolves(inner);
	if (found === undefined) return "either";
	return found ? "valid" : "invalid";
}

function textListItem(item: unknown): Verdict {
	if (isAbsent(item)) return "valid";
	if (typeof item === "string") return item.trim() === "" ? "either" : "valid";
	if (typeof item === "number") return "valid";
	return typeof item === "boolean" ? "either" : "invalid";
}

/** The verdict on a whole value, and for lists on each item (by index). */
export interface Judgement {
	readonly verdict: Verdict;
	readonly items?: readonly Verdict[];
}

/**
 * Judges a value of one key. `resolves` says whether a link text names a note of the
 * test vault (undefined: the test cannot tell, as for names in another Unicode form).
 */
export function judge(type: ValueType, value: unknown, resolves: (linkText: string) => boolean | undefined): Judgement {
	if (isAbsent(value)) return { verdict: type.kind === "link" && type.required ? "invalid" : "valid" };
	switch (type.kind) {
		case "text":
			return { verdict: typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? "valid" : "invalid" };
		case "textOrLink":
			if (typeof value === "string" && value.includes("[[")) return { verdict: linkVerdict(value, resolves) === "valid" ? "valid" : "either" };
			return judge(text, value, resolves);
		case "textList":
			if (Array.isArray(value)) return { verdict: "valid", items: (value as unknown[]).map(textListItem) };
			return { verdict: textListItem(value) };
		case "link":
			if (!Array.isArray(value)) return { verdict: linkVerdict(value, resolves) };
			if (value.length === 0) return { verdict: "either" };
			return { verdict: value.length === 1 ? linkVerdict(value[0], resolves) : "invalid" };
		case "linkList":
			if (!Array.isArray(value)) return { verdict: linkVerdict(value, resolves) };
			return { verdict: "valid", items: (value as unknown[]).map((item) => (isAbsent(item) ? "valid" : linkVerdict(item, resolves))) };
		case "date":
			if (value instanceof Date) return { verdict: dateObjectVerdict(value) };
			return { verdict: typeof value === "string" ? dateTextVerdict(value, type.timeAllowed) : "invalid" };
		case "bool":
			if (typeof value === "boolean") return { verdict: "valid" };
			return { verdict: typeof value === "string" && ["true", "false", "yes", "no"].includes(value.trim().toLowerCase()) ? "either" : "invalid" };
		case "positiveInteger":
			if (typeof value === "number") return { verdict: Number.isInteger(value) && value > 0 && value <= (type.max ?? Infinity) ? "valid" : "invalid" };
			return { verdict: typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? "either" : "invalid" };
		case "choice":
			if (typeof value !== "string") return { verdict: "invalid" };
			if (type.allowed.includes(value)) return { verdict: "valid" };
			return { verdict: type.allowed.includes(normalChoice(value)) ? "either" : "invalid" };
	}
}
