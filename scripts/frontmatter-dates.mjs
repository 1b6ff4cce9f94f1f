// Moving the ISO dates in a note's frontmatter by whole calendar days, as text: nothing
// else of the note changes. Shared by the demo's rebase script and the tests (in Node and
// in the browser), so it imports nothing.

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` as its parts, or null when it is not a real calendar date. */
export function parseIsoDate(text) {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	return { year, month, day };
}

function pad(n, width) {
	return String(n).padStart(width, "0");
}

function formatUtcDate(date) {
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * Adds whole calendar days to a `YYYY-MM-DD` date. Returns null for text that is not a
 * real date (2026-02-30), so that such values are left alone.
 */
export function addDaysToIsoDate(text, days) {
	const parts = parseIsoDate(text);
	if (!parts) return null;
	return formatUtcDate(new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days)));
}

/** Whole calendar days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from, to) {
	const a = parseIsoDate(from);
	const b = parseIsoDate(to);
	if (!a || !b) throw new Error(`not a date: ${a ? to : from}`);
	return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** Today's date in the local time zone, as `YYYY-MM-DD`. */
export function localToday(now = new Date()) {
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

// A whole scalar that is a date or a date-time, optionally quoted: the date part is group 2,
// the rest (time, seconds, fraction, zone) is kept exactly as written.
const TIME_PART = String.raw`(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const DATE_SCALAR = new RegExp(String.raw`^(["']?)(\d{4}-\d{2}-\d{2})(${TIME_PART})\1$`);
// `key: value`, `- value` or `key: - value` lines; group 1 is everything before the value,
// group 2 the value, group 3 trailing spaces and an optional comment.
const KEY_OR_ITEM_LINE = /^(\s*(?:(?:-\s+)?(?:"[^"]*"|'[^']*'|[^\s#"'][^:#]*?)\s*:\s+|-\s+)+)(\S(?:.*?\S)?)(\s*(?:\s#.*)?)$/;
// Block scalar headers (`notes: |`, `text: >-`): the lines below them are text, not values.
const BLOCK_SCALAR_HEADER = /:\s*[|>][0-9+-]*\s*(?:#.*)?$/;

/** Shifts one scalar if it is a date or date-time; returns null when it is not one. */
function shiftScalar(scalar, days) {
	const match = DATE_SCALAR.exec(scalar);
	if (!match) return null;
	const shifted = addDaysToIsoDate(match[2], days);
	if (shifted === null) return null;
	const quote = match[1];
	return `${quote}${shifted}${match[3]}${quote}`;
}

/** Shifts the items of a flow sequence (`[2026-11-24, "2026-11-25T10:00"]`). */
function shiftFlowSequence(value, days) {
	if (!value.startsWith("[") || !value.endsWith("]")) return null;
	const inner = value.slice(1, -1);
	// Quoted items with commas inside are not dates; a plain split keeps every other item intact.
	const items = inner.split(",");
	let count = 0;
	const out = items.map((item) => {
		const lead = /^\s*/.exec(item)[0];
		const trail = /\s*$/.exec(item.slice(lead.length))[0];
		const core = item.slice(lead.length, item.length - trail.length);
		const shifted = core === "" ? null : shiftScalar(core, days);
		if (shifted === null) return item;
		count += 1;
		return `${lead}${shifted}${trail}`;
	});
	return count === 0 ? null : { value: `[${out.join(",")}]`, count };
}

/** Shifts the date value on one frontmatter line (without its line ending). */
function shiftLine(line, days) {
	const match = KEY_OR_ITEM_LINE.exec(line);
	if (!match) return { line, count: 0 };
	const [, head, value, tail] = match;
	const single = shiftScalar(value, days);
	if (single !== null) return { line: `${head}${single}${tail}`, count: 1 };
	const flow = shiftFlowSequence(value, days);
	if (flow !== null) return { line: `${head}${flow.value}${tail}`, count: flow.count };
	return { line, count: 0 };
}

/** Splits text into lines that keep their own line endings (`\n`, `\r\n` or none at the end). */
function splitKeepingEndings(text) {
	const lines = [];
	const pattern = /[^\n]*\n|[^\n]+$/g;
	let match;
	while ((match = pattern.exec(text)) !== null) lines.push(match[0]);
	return lines;
}

function withoutEnding(line) {
	const ending = /\r?\n$/.exec(line)?.[0] ?? "";
	return { content: line.slice(0, line.length - ending.length), ending };
}

/**
 * Shifts every ISO date and date-time value in a note's frontmatter by `days` calendar days.
 * The frontmatter is the block between a first line `---` and the next line `---`; a note
 * without one is returned unchanged. Times of day, quotes, comments, other keys, the body
 * and line endings are kept exactly as they were.
 *
 * @param {string} text the whole note
 * @param {number} days whole days to add (negative to go back)
 * @returns {{ text: string, shifted: number }} the new text and how many values moved
 */
export function shiftDatesInFrontmatter(text, days) {
	if (!Number.isInteger(days)) throw new Error(`days must be a whole number, got ${String(days)}`);
	if (days === 0) return { text, shifted: 0 };
	const lines = splitKeepingEndings(text);
	const first = lines[0] === undefined ? null : withoutEnding(lines[0]);
	if (first === null || first.ending === "" || !/^\uFEFF?---[ \t]*$/.test(first.content)) return { text, shifted: 0 };
	let close = -1;
	for (let i = 1; i < lines.length; i++) {
		if (/^---[ \t]*$/.test(withoutEnding(lines[i]).content)) {
			close = i;
			break;
		}
	}
	if (close < 0) return { text, shifted: 0 };

	let shifted = 0;
	let blockIndent = -1; // inside a block scalar: the indent of its header line
	for (let i = 1; i < close; i++) {
		const { content, ending } = withoutEnding(lines[i]);
		const indent = /^\s*/.exec(content)[0].length;
		if (blockIndent >= 0) {
			if (content.trim() === "" || indent > blockIndent) continue;
			blockIndent = -1;
		}
		if (BLOCK_SCALAR_HEADER.test(content)) {
			blockIndent = indent;
			continue;
		}
		const result = shiftLine(content, days);
		if (result.count > 0) {
			lines[i] = result.line + ending;
			shifted += result.count;
		}
	}
	return { text: shifted === 0 ? text : lines.join(""), shifted };
}
