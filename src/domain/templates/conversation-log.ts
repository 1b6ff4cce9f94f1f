/** How a conversation happened, as the Log a conversation form offers it. */
export const CONVERSATION_WAYS = ["email", "call", "message", "in person"] as const;
export type ConversationWay = (typeof CONVERSATION_WAYS)[number];

/** The heading the dated lines go under, in the contact's note. */
export const LOG_HEADING = "## Conversations";

/** One dated line: "- 2026-11-23 · call · Asked about the spring fellowship". Line breaks in what was said become spaces. */
export function logLine(day: string, way: ConversationWay, said: string): string {
	const text = said.replace(/\s*[\r\n]+\s*/g, " ").trim();
	return `- ${day} · ${way}${text === "" ? "" : ` · ${text}`}`;
}

function headingLevel(line: string): number {
	const match = /^(#{1,6})\s/.exec(line);
	return match ? (match[1]?.length ?? 0) : 0;
}

interface Line {
	readonly text: string;
	/** Offset just after the line's line break (the text's end for the last line). */
	readonly next: number;
	readonly hasBreak: boolean;
}

function linesOf(body: string): Line[] {
	const out: Line[] = [];
	const breaks = /\r?\n/g;
	let start = 0;
	for (let m = breaks.exec(body); m !== null; m = breaks.exec(body)) {
		out.push({ text: body.slice(start, m.index), next: m.index + m[0].length, hasBreak: true });
		start = breaks.lastIndex;
	}
	out.push({ text: body.slice(start), next: body.length, hasBreak: false });
	return out;
}

/**
 * The note's text with `line` added at the end of the log section (after its last
 * non-blank line, before the next heading of the same or a higher level), or under a new
 * log heading at the end when there is none. Only characters are added: everything the
 * note held before is kept byte for byte. `bodyStart` is where the properties block ends,
 * so that nothing is ever written above or inside it.
 */
export function appendToLog(text: string, bodyStart: number, line: string): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const body = text.slice(bodyStart);
	const lines = linesOf(body);
	const level = headingLevel(LOG_HEADING);
	const headingAt = lines.findIndex((l) => l.text.trim().toLowerCase() === LOG_HEADING.toLowerCase());
	if (headingAt < 0) {
		const ending = body === "" || /\n$/.test(body) ? "" : eol;
		const gap = body.trim() === "" ? "" : eol;
		return `${text}${ending}${gap}${LOG_HEADING}${eol}${eol}${line}${eol}`;
	}
	let end = lines.length;
	for (let i = headingAt + 1; i < lines.length; i++) {
		const other = headingLevel(lines[i]?.text ?? "");
		if (other > 0 && other <= level) {
			end = i;
			break;
		}
	}
	let last = headingAt;
	for (let i = headingAt + 1; i < end; i++) if ((lines[i]?.text ?? "").trim() !== "") last = i;
	// Under a bare heading, after the blank line that follows it when there is one.
	if (last === headingAt && headingAt + 1 < end && lines[headingAt + 1]?.text.trim() === "" && lines[headingAt + 1]?.hasBreak) last = headingAt + 1;
	const after = lines[last];
	if (after === undefined) return text;
	const at = bodyStart + after.next;
	const lead = after.hasBreak ? "" : eol;
	const blank = last === headingAt ? eol : "";
	return `${text.slice(0, at)}${lead}${blank}${line}${eol}${text.slice(at)}`;
}
