import { replaceHidden } from "../records/hidden-characters";

/** Characters Obsidian or the file systems it runs on refuse in a note name, or that break links (`# ^ [ ] |`). */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;
/** Characters Windows, macOS or Android refuse in a folder name (`/` and `\\` separate the folders). */
const FORBIDDEN_IN_FOLDER = /[:*?"<>|]/g;

/**
 * Windows device names, which it reserves with any extension too (`con.txt`, `NUL.md`),
 * the superscript digits it reads as digits (`COM¹`), and the console's `CONIN$`/`CONOUT$`.
 * Group 1 is the device part, which gets a `_` so the name is an ordinary file.
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\s*(?:\..*)?)$/iu;

/** `con.txt` → `con_.txt`; any other name as it is. */
function notADevice(name: string): string {
	return name.replace(WINDOWS_DEVICE, "$1_$2");
}

/** Control characters (line breaks, tabs, NUL) cannot be typed into a name on purpose; they become spaces. */
function withoutControls(text: string): string {
	let result = "";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		result += code < 0x20 || code === 0x7f ? " " : char;
	}
	return result;
}

/**
 * File names are limited to 255 bytes on most systems; stay well below so that a
 * suffix (" 2"), the extension and a conflict copy made by sync still fit.
 */
export const MAX_NAME_BYTES = 180;

const encoder = new TextEncoder();

/** Cuts text to at most `maxBytes` of UTF-8 without splitting a character. */
function truncateBytes(text: string, maxBytes: number): string {
	if (encoder.encode(text).length <= maxBytes) return text;
	let bytes = 0;
	let result = "";
	for (const char of text) {
		bytes += encoder.encode(char).length;
		if (bytes > maxBytes) break;
		result += char;
	}
	return result;
}

/** Leading dots hide a file (and `..` climbs out of a folder); trailing dots and spaces are dropped by Windows. */
function trimEnds(text: string): string {
	return text.replace(/^[\s.]+/u, "").replace(/[\s.]+$/u, "");
}

/**
 * Turns whatever was typed into a safe note name: forbidden characters become spaces,
 * runs of spaces collapse, hidden-file dots and trailing dots go, and the length is
 * capped. Letters of every script are kept. Returns `fallback` when nothing is left.
 */
export function sanitizeFileName(input: string, fallback = "Untitled"): string {
	// Bidi controls and zero-width characters go: a name must look like what it is.
	const visible = replaceHidden(withoutControls(input.normalize("NFC")), "");
	const cleaned = trimEnds(visible.replace(FORBIDDEN, " ").replace(/\s+/gu, " "));
	const capped = trimEnds(truncateBytes(cleaned, MAX_NAME_BYTES));
	if (capped === "") return fallback;
	// Windows (and so a synced vault) cannot hold a file whose name is a device name.
	return notADevice(capped);
}

/**
 * A folder setting as a clean vault path: no empty, `.` or `..` segments and no leading
 * or trailing slash, so that nothing built on it can leave the vault or its folder; each
 * segment a name every platform can hold (no `:` or other refused character, hidden
 * character or device name).
 */
export function cleanFolder(folder: string): string {
	return folder
		.replace(/\\/g, "/")
		.split("/")
		// Windows drops trailing dots and spaces, which would merge "Contacts." with "Contacts".
		.map((segment) => replaceHidden(withoutControls(segment), "").replace(FORBIDDEN_IN_FOLDER, " ").replace(/\s+/gu, " ").trim().replace(/[\s.]+$/u, ""))
		.filter((segment) => segment !== "" && segment !== ".")
		.map(notADevice)
		.join("/");
}

/** The vault path for a new note: always directly inside `folder`, whatever `name` contains. */
export function notePathIn(folder: string, name: string, fallback?: string): string {
	const base = cleanFolder(folder);
	const file = `${sanitizeFileName(name, fallback)}.md`;
	return base === "" ? file : `${base}/${file}`;
}

/** Names compare without regard to case or Unicode form, as on macOS, Windows, iOS and Android. */
export function nameKey(name: string): string {
	return name.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
}

/** The first of `candidates` whose name equals `name` (ignoring case), or undefined. */
export function findDuplicate<T>(name: string, candidates: Iterable<T>, namesOf: (candidate: T) => readonly string[]): T | undefined {
	const wanted = nameKey(name);
	for (const candidate of candidates) if (namesOf(candidate).some((n) => nameKey(n) === wanted)) return candidate;
	return undefined;
}

/**
 * `name`, or `name 2`, `name 3`… — the first that `isTaken` does not claim. The suffix
 * is counted within the byte cap, so a very long name is shortened rather than overflowing.
 */
export function distinctName(name: string, isTaken: (candidate: string) => boolean): string {
	if (!isTaken(name)) return name;
	for (let n = 2; ; n++) {
		const suffix = ` ${n}`;
		const candidate = `${trimEnds(truncateBytes(name, MAX_NAME_BYTES - suffix.length))}${suffix}`;
		if (!isTaken(candidate)) return candidate;
	}
}

/** The name of a new interview note: `2026-11-24 Jordan Lee`. */
export function interviewNoteName(isoDate: string, contactName: string): string {
	return sanitizeFileName(`${isoDate} ${contactName}`, isoDate);
}
