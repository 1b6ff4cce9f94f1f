/**
 * Cleaning of every value read from an imported file. Direction overrides and isolates
 * (U+202A–202E, U+2066–2069), marks, zero-width characters and other controls can make a
 * name display as something else or hide text, so they go; line breaks become spaces
 * except where a value may span lines (notes). Nothing is interpreted: a cell such as
 * `=HYPERLINK("…")` stays that exact text.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/gu;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function withoutControls(text: string, keepLineBreaks: boolean): string {
	// Most cells have none: skip the walk through every character.
	if (!CONTROL.test(text)) return text;
	let result = "";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (char === "\n" && keepLineBreaks) result += char;
		else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) result += char === "\t" || char === "\n" || char === "\r" ? " " : "";
		else result += char;
	}
	return result;
}

/** One line of text: invisible characters and controls removed, spaces collapsed, trimmed. */
export function cleanLine(value: string | undefined): string {
	if (value === undefined || value === "") return "";
	return withoutControls(value.normalize("NFC").replace(INVISIBLE, ""), false).replace(/\s+/gu, " ").trim();
}

/** Text that may span lines (a note): line breaks kept, other controls removed, blank ends trimmed. */
export function cleanMultiline(value: string | undefined): string {
	if (value === undefined) return "";
	const unified = value.normalize("NFC").replace(/\r\n?/g, "\n").replace(INVISIBLE, "");
	return withoutControls(unified, true)
		.split("\n")
		.map((line) => line.replace(/[ \t]+/g, " ").trimEnd())
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}

/** A value or undefined when nothing is left after cleaning. */
export function given(value: string | undefined): string | undefined {
	const cleaned = cleanLine(value);
	return cleaned === "" ? undefined : cleaned;
}
