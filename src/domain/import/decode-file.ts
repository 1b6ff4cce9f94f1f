/** Larger files are refused before reading: a LinkedIn export of 30,000 connections is about 3 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type DecodedFile =
	| { readonly ok: true; readonly text: string; readonly notes: readonly string[] }
	| { readonly ok: false; readonly message: string };

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** NUL bytes or many other control bytes near the start mean a picture, a spreadsheet or an archive, not text. */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	for (const byte of sample) {
		if (byte === 0) return true;
		if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
	}
	return controls > sample.length / 20;
}

/**
 * The text of an import file. UTF-8 (with or without a byte-order mark) is read as is,
 * and UTF-16 by its mark; a file that is not valid UTF-8 is read as Windows-1252, which
 * is what older Excel and Outlook save, and that is said in `notes`.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
	if (bytes.length === 0) return { ok: false, message: "The file is empty." };
	if (bytes.length > MAX_IMPORT_BYTES) {
		return { ok: false, message: `The file is ${megabytes(bytes.length)}; imports read files up to ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.` };
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
		return { ok: true, text: stripBom(text), notes: [] };
	}
	if (looksBinary(bytes)) return { ok: false, message: "The file is not text (it looks like a picture, a spreadsheet or an archive). Export it as CSV or vCard (.vcf) first." };
	try {
		const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return { ok: true, text: stripBom(text), notes: [] };
	} catch {
		const text = new TextDecoder("windows-1252").decode(bytes);
		return { ok: true, text, notes: ["The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented names in the preview."] };
	}
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
