import { DateTime, IANAZone } from "luxon";
import { describeValue } from "./problems";
import { dateTimeAt } from "./wall-time";

export { isValidZone, resolveZone, zoneFor } from "./zones";

/**
 * A moment from the record contract: a whole local day (`2026-11-24`) or a local
 * date-time (`2026-11-24T15:00`). `start` is in the configured zone; a whole day starts
 * at its local midnight.
 */
export interface When {
	readonly start: DateTime;
	readonly hasTime: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * A local date and time in `zone` read by the wall-time rule (wall-time.ts: a repeated
 * time is its first occurrence, a skipped one moves forward by the gap), or null when
 * there is no such date or time, or the zone is unknown.
 */
function localDateTime(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): DateTime | null {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
	// `create` is cached by luxon and validates once per name; `isValidZone` builds an Intl formatter per call.
	if (!IANAZone.create(zone).isValid) return null;
	return dateTimeAt(zone, year, month, day, hour, minute, second, millisecond);
}

function fromDateOnly(year: number, month: number, day: number, zone: string): DateTime | null {
	return localDateTime(zone, year, month, day);
}

/**
 * Parsed dates by zone and text. A vault repeats the same days over and over, and luxon's
 * zone arithmetic is by far the most expensive part of reading a note; DateTime values
 * are immutable, so sharing them is safe. Bounded so that a huge vault cannot grow it forever.
 */
const parsedTexts = new Map<string, Map<string, Parsed<When>>>();
const MAX_PARSED_TEXTS = 100_000;
let parsedTextCount = 0;

/** `parseWhenText`, remembered by zone and text (two levels, so that a lookup builds no key string). */
function parseWhenTextShared(value: string, zone: string): Parsed<When> {
	let byText = parsedTexts.get(zone);
	if (byText === undefined) parsedTexts.set(zone, (byText = new Map<string, Parsed<When>>()));
	let parsed = byText.get(value);
	if (parsed === undefined) {
		if (parsedTextCount >= MAX_PARSED_TEXTS) {
			forgetParsedDates();
			parsedTexts.set(zone, (byText = new Map<string, Parsed<When>>()));
		}
		parsed = parseWhenText(value, zone);
		byText.set(value, parsed);
		parsedTextCount++;
	}
	return parsed;
}

/** Empties the shared parsed dates; benchmarks use it to measure a first start. */
export function forgetParsedDates(): void {
	parsedTexts.clear();
	parsedTextCount = 0;
}

/**
 * Reads a date or date-time as Obsidian's cache gives it (a string) or as js-yaml gives
 * it (a `Date`). Never throws; an impossible date (2026-02-30, 24:00) is an error.
 */
export function parseWhen(value: unknown, zone: string): Parsed<When> {
	if (typeof value === "string") return parseWhenTextShared(value, zone);
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { ok: false, message: "is not a valid date" };
		// js-yaml turns a bare `2026-11-24` into UTC midnight: that is a whole day, not an instant.
		const utc = DateTime.fromJSDate(value, { zone: "UTC" });
		// The contract's dates have four-digit years, as have those js-yaml makes; anything
		// beyond is a hand-made value, and near the ends of the Date range no day arithmetic works.
		if (utc.year < 0 || utc.year > 9999) return { ok: false, message: `${describeValue(value)} is not a date like 2026-11-24` };
		const hasTime = utc.hour !== 0 || utc.minute !== 0 || utc.second !== 0 || utc.millisecond !== 0;
		const start = hasTime ? DateTime.fromJSDate(value, { zone }) : fromDateOnly(utc.year, utc.month, utc.day, zone);
		if (!start?.isValid) return { ok: false, message: `${describeValue(value)} is not a real date` };
		return { ok: true, value: { start, hasTime } };
	}
	return { ok: false, message: `expected a date like 2026-11-24, got ${describeValue(value)}` };
}

function parseWhenText(value: string, zone: string): Parsed<When> {
	const text = value.trim();
	const dateOnly = DATE_ONLY.exec(text);
	if (dateOnly) {
		const start = fromDateOnly(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]), zone);
		if (!start?.isValid) return { ok: false, message: `${describeValue(value)} is not a real date` };
		return { ok: true, value: { start, hasTime: false } };
	}
	const dateTime = DATE_TIME.exec(text);
	if (dateTime) {
		const [, year, month, day, hour, minute, second, fraction, offset] = dateTime;
		// A written offset is rare and luxon's to read; the usual local time is read here. Hour 24
		// (luxon's next midnight) is refused: the contract wants one spelling per moment.
		const start =
			offset === undefined
				? localDateTime(zone, Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0), fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000))
				: Number(hour) > 23
					? null
					: DateTime.fromISO(text.replace(" ", "T"), { zone });
		if (!start?.isValid) return { ok: false, message: `${describeValue(value)} is not a real date and time` };
		return { ok: true, value: { start, hasTime: true } };
	}
	return {
		ok: false,
		message: `${describeValue(value)} is not a date; write it as 2026-11-24 or 2026-11-24T15:00`,
	};
}

/** The last instant of the day a moment falls on, in its zone. */
export function endOfDay(when: When): DateTime {
	return when.start.endOf("day");
}

/**
 * The moment after which a `When` is over: a whole day is over at the end of that day,
 * a date-time at its instant. Used for snoozes and "since" comparisons.
 */
export function lastInstant(when: When): DateTime {
	return when.hasTime ? when.start : endOfDay(when);
}

/** ISO text for a `When`, in the contract's form (no seconds unless needed, no offset). */
export function formatWhen(when: When): string {
	const { start } = when;
	if (!when.hasTime) return start.toISODate() ?? "";
	return start.second === 0 && start.millisecond === 0 ? minuteText(start) : `${minuteText(start)}:${twoDigits(start.second)}`;
}

function twoDigits(n: number): string {
	return n < 10 ? `0${n}` : `${n}`;
}

/**
 * A local date and time to the minute in the contract's form, `2026-11-24T15:05`. Built
 * directly: luxon's `toFormat` reads its pattern on every call, which the pipeline board
 * felt over thousands of cards.
 */
export function minuteText(start: DateTime): string {
	return `${start.toISODate() ?? ""}T${twoDigits(start.hour)}:${twoDigits(start.minute)}`;
}
