import { DateTime, Info } from "luxon";

/** LinkedIn has written `Connected On` as `12 Nov 2024` and, in older exports, `12-Nov-24`. */
const FORMATS = ["d MMM yyyy", "d MMMM yyyy", "d-MMM-yy", "d-MMM-yyyy", "MMM d, yyyy", "MMMM d, yyyy"] as const;

/** `12 Nov 2024` and `12-Nov-24`, the shapes of almost every row, read without luxon's format parser (which is slow per call). */
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4}|\d{2})$/;
const MONTH_NUMBERS = new Map<string, number>([
	...Info.months("short", { locale: "en-US" }).map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
	...Info.months("long", { locale: "en-US" }).map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
]);

function dayMonthYear(value: string): string | undefined {
	const match = DAY_MONTH_YEAR.exec(value);
	const month = match ? MONTH_NUMBERS.get((match[2] ?? "").toLowerCase()) : undefined;
	if (!match || month === undefined) return undefined;
	const yearText = match[3] ?? "";
	const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
	const date = DateTime.fromObject({ year, month, day: Number(match[1]) }, { zone: "UTC" });
	return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}

/**
 * The ISO date (`2024-11-12`) for a connection date as exports write it, or undefined
 * when the text is not a date. Month names are English, as LinkedIn writes them whatever
 * the account's language; ISO dates are accepted too. No clock or zone is involved.
 */
export function parseConnectedDate(text: string): string | undefined {
	const value = text.trim();
	if (value === "") return undefined;
	const quick = dayMonthYear(value);
	if (quick !== undefined) return quick;
	const iso = DateTime.fromISO(value, { zone: "UTC" });
	if (iso.isValid && /^\d{4}-\d{2}-\d{2}/.test(value)) return iso.toISODate() ?? undefined;
	for (const format of FORMATS) {
		const date = DateTime.fromFormat(value, format, { locale: "en-US", zone: "UTC" });
		if (date.isValid) return date.toISODate() ?? undefined;
	}
	return undefined;
}
