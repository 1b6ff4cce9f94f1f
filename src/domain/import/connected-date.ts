import { DateTime } from "luxon";

/** LinkedIn has written `Connected On` as `12 Nov 2024` and, in older exports, `12-Nov-24`. */
const FORMATS = ["d MMM yyyy", "d MMMM yyyy", "d-MMM-yy", "d-MMM-yyyy", "MMM d, yyyy", "MMMM d, yyyy"] as const;

/**
 * The ISO date (`2024-11-12`) for a connection date as exports write it, or undefined
 * when the text is not a date. Month names are English, as LinkedIn writes them whatever
 * the account's language; ISO dates are accepted too. No clock or zone is involved.
 */
export function parseConnectedDate(text: string): string | undefined {
	const value = text.trim();
	if (value === "") return undefined;
	const iso = DateTime.fromISO(value, { zone: "UTC" });
	if (iso.isValid && /^\d{4}-\d{2}-\d{2}/.test(value)) return iso.toISODate() ?? undefined;
	for (const format of FORMATS) {
		const date = DateTime.fromFormat(value, format, { locale: "en-US", zone: "UTC" });
		if (date.isValid) return date.toISODate() ?? undefined;
	}
	return undefined;
}
