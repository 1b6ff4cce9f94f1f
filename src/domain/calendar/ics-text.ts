/**
 * Text from a note made safe for an iCalendar TEXT value before ical.js escapes it.
 * ical.js escapes backslash, semicolon, comma and LF, but passes a lone CR and other
 * control characters through as they are; a CR would end the content line in many
 * readers and let a note start a property or a component of its own. Line breaks of
 * every kind become LF (written as `\n`), other controls (C0 but tab, DEL, C1) are
 * dropped, and a lone surrogate, which has no UTF-8 form, becomes U+FFFD.
 */
export function icsText(text: string): string {
	return wellFormed(text)
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/** A string without lone surrogates: each becomes U+FFFD, as a UTF-8 encoder would write it. */
export function wellFormed(text: string): string {
	return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

const FOLD_OCTETS = 75;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

function utf8Length(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	if (codePoint < 0x10000) return 3;
	return 4;
}

/**
 * One content line folded per RFC 5545 3.1: no physical line longer than 75 octets
 * (the leading space of a continuation counts), never inside a character's UTF-8 bytes.
 * ical.js folds too, but gives continuation lines 75 octets after the space (76 in all).
 */
export function foldLine(line: string): string {
	// Most lines are short ASCII: as many octets as characters, nothing to fold.
	if (line.length <= FOLD_OCTETS && ASCII.test(line)) return line;
	const parts: string[] = [];
	let current = "";
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) ?? 0);
		const limit = parts.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1;
		if (octets + size > limit) {
			parts.push(current);
			current = "";
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join("\r\n ");
}

/** Content lines folded with `foldLine`, each ended with CRLF. */
export function foldedLines(lines: readonly string[]): string {
	let out = "";
	for (const line of lines) out += `${foldLine(line)}\r\n`;
	return out;
}
