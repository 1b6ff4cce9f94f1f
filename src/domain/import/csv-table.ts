import Papa from "papaparse";
import type { ImportProblem } from "./import-types";

/** A row of a CSV file with the line it starts on (1-based, in the whole file). */
export interface CsvRow {
	readonly line: number;
	readonly cells: readonly string[];
}

export interface CsvTable {
	readonly header: readonly string[];
	readonly headerLine: number;
	readonly rows: readonly CsvRow[];
	readonly delimiter: string;
	readonly problems: readonly ImportProblem[];
}

const DELIMITERS = [",", ";", "\t"] as const;

/** Counts each candidate separator outside quotes on one line; the most frequent wins, `,` on a tie. */
function guessDelimiter(headerLine: string): string {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (const char of headerLine) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
	}
	let best: string = ",";
	for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
	return best;
}

/**
 * LinkedIn puts a "Notes:" paragraph and a blank line above the header of
 * Connections.csv. Returns how many lines to skip: up to the line that starts with
 * "First Name", or past the first blank line.
 */
function preambleLines(lines: readonly string[]): number {
	if (!/^\s*"?notes:?"?\s*(?:,|;|$)/i.test(lines[0] ?? "")) return 0;
	const limit = Math.min(lines.length, 50);
	for (let i = 1; i < limit; i++) if (/^"?first name"?\s*[,;\t]/i.test(lines[i] ?? "")) return i;
	for (let i = 1; i < limit; i++) if ((lines[i] ?? "").trim() === "") return i + 1;
	return 0;
}

function isBlankRow(cells: readonly string[]): boolean {
	return cells.every((cell) => cell.trim() === "");
}

/**
 * Reads CSV text (`,` `;` or tab, quoted fields with line breaks) into a header and rows,
 * each row with the line it starts on. Blank lines before the header and LinkedIn's
 * preamble are skipped. Never throws: what papaparse could not read is in `problems`.
 */
export function readCsvTable(text: string): CsvTable {
	const allLines = text.split(/\r\n|\n|\r/);
	let skip = preambleLines(allLines);
	while (skip < allLines.length && (allLines[skip] ?? "").trim() === "") skip++;
	const headerText = allLines[skip] ?? "";
	const delimiter = guessDelimiter(headerText);
	const body = allLines.slice(skip).join("\n");

	const problems: ImportProblem[] = [];
	let header: string[] | undefined;
	const rows: CsvRow[] = [];
	let offset = 0;
	let line = skip + 1;
	const lineAt = (from: number, to: number): void => {
		for (let i = from; i < to; i++) if (body.charCodeAt(i) === 10) line++;
	};
	Papa.parse<string[]>(body, {
		delimiter,
		step: (result) => {
			const start = line;
			const end = result.meta.cursor;
			lineAt(offset, end);
			offset = end;
			for (const error of result.errors) {
				const message = error.code === "MissingQuotes" ? "a quoted cell is not closed, so everything after it was read as one cell" : `${error.message.toLowerCase()}`;
				problems.push({ line: start, message });
			}
			const cells = result.data.map((cell) => String(cell));
			if (isBlankRow(cells)) return;
			if (header === undefined) header = cells;
			else rows.push({ line: start, cells });
		},
	});
	return { header: header ?? [], headerLine: skip + 1, rows, delimiter, problems };
}
