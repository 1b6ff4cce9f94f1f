/**
 * vCard 2.1 (what older Android phones and Outlook export) is not RFC 6350, and ical.js
 * reads only 3.0 and 4.0. These few rewrites turn a 2.1 card into 3.0 that means the
 * same: bare parameters (`TEL;CELL;PREF:`) get their `TYPE=` name, quoted-printable
 * values (`=C3=89lodie`, with `=` soft line breaks) are decoded, and photos are dropped
 * because an import does not use them and their 2.1 layout is the least regular part.
 */

function decodeQuotedPrintable(value: string, charset: string): string {
	const bytes: number[] = [];
	for (let i = 0; i < value.length; i++) {
		const char = value.charAt(i);
		const hex = value.slice(i + 1, i + 3);
		if (char === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			for (const byte of new TextEncoder().encode(char)) bytes.push(byte);
		}
	}
	try {
		return new TextDecoder(charset).decode(new Uint8Array(bytes));
	} catch {
		return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
	}
}

/** Text escaped as vCard 3.0 text: commas and line breaks would otherwise change the meaning. */
function escape30(value: string): string {
	return value.replace(/\r\n|\r|\n/g, "\\n").replace(/(?<!\\),/g, "\\,");
}

/** Joins quoted-printable soft line breaks (a line ending in `=`) and unfolds 2.1's indented continuations. */
function logicalLines(lines: readonly string[]): string[] {
	const result: string[] = [];
	let softBreak = false;
	for (const line of lines) {
		const last = result.length - 1;
		if (softBreak && last >= 0) {
			result[last] = `${(result[last] ?? "").slice(0, -1)}${line.trimStart()}`;
		} else if (/^[ \t]/.test(line) && last >= 0) {
			result[last] = `${result[last] ?? ""}${line.slice(1)}`;
		} else {
			result.push(line);
		}
		const current = result[result.length - 1] ?? "";
		softBreak = /ENCODING=QUOTED-PRINTABLE/i.test(current.split(":")[0] ?? "") && current.endsWith("=");
	}
	return result;
}

function rewriteLine(line: string): string | undefined {
	const colon = line.indexOf(":");
	if (colon < 0) return line;
	const [name = "", ...params] = line.slice(0, colon).split(";");
	let value = line.slice(colon + 1);
	if (/^(?:[^.]+\.)?PHOTO$/i.test(name)) return undefined;
	const kept: string[] = [];
	let quotedPrintable = false;
	let charset = "utf-8";
	for (const param of params) {
		const eq = param.indexOf("=");
		const key = eq < 0 ? "" : param.slice(0, eq).toUpperCase();
		const paramValue = eq < 0 ? param : param.slice(eq + 1);
		if (key === "ENCODING" || (key === "" && /^quoted-printable$/i.test(paramValue))) quotedPrintable ||= /^quoted-printable$/i.test(paramValue);
		else if (key === "CHARSET") charset = paramValue;
		else if (key === "") kept.push(`TYPE=${paramValue}`);
		else kept.push(param);
	}
	if (/^VERSION$/i.test(name)) value = "3.0";
	else if (quotedPrintable) value = escape30(decodeQuotedPrintable(value, charset));
	else if (!/^(?:[^.]+\.)?(?:N|ORG|ADR)$/i.test(name)) value = escape30(value);
	return [name, ...kept].join(";") + ":" + value;
}

/** The lines of one 2.1 card (BEGIN to END) as 3.0 lines. */
export function vcard21To30(lines: readonly string[]): string[] {
	const result: string[] = [];
	for (const line of logicalLines(lines)) {
		const rewritten = rewriteLine(line);
		if (rewritten !== undefined) result.push(rewritten);
	}
	return result;
}
