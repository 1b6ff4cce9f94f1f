import { guessMapping, mappingHasName, type ColumnMapping } from "./column-mapping";
import { peopleFromTable } from "./csv-people";
import { readCsvTable, type CsvTable } from "./csv-table";
import { decodeImportFile } from "./decode-file";
import type { ImportedPerson, ImportFormat, ImportProblem } from "./import-types";
import { peopleFromVcards } from "./vcard-people";

/** What was read from a file: the people, and for CSV the table and the mapping used. */
export interface ImportSource {
	readonly format: ImportFormat;
	readonly people: readonly ImportedPerson[];
	readonly problems: readonly ImportProblem[];
	/** CSV and LinkedIn only: the header and rows, so that the mapping can be changed. */
	readonly table?: CsvTable;
	readonly mapping?: ColumnMapping;
	/** Set when nothing could be read at all (empty, binary, too large, no name column). */
	readonly fatal?: string;
}

const LINKEDIN_HEADER = /(?:^|[,;\t])"?first name"?[,;\t]"?last name"?[,;\t].*connected on/i;

/** The format a file is in, from its content first and its name second. */
export function detectFormat(fileName: string, text: string): ImportFormat {
	const start = text.slice(0, 4096);
	if (/^\s*BEGIN:VCARD/im.test(start) || /\.vcf$|\.vcard$/i.test(fileName)) return "vcard";
	if (/^\s*"?notes:/i.test(start) || LINKEDIN_HEADER.test(start)) return "linkedin";
	return "csv";
}

export interface ReadOptions {
	/** Overrides the detected format (`--format`, the modal's choice). */
	readonly format?: ImportFormat;
	/** Overrides the guessed column mapping (the modal's fixes). */
	readonly mapping?: ColumnMapping;
}

function failed(format: ImportFormat, message: string): ImportSource {
	return { format, people: [], problems: [{ line: 1, message }], fatal: message };
}

/** People from a CSV table and a mapping; refuses a mapping without any name column. */
export function sourceFromTable(format: ImportFormat, table: CsvTable, mapping: ColumnMapping, problems: readonly ImportProblem[] = []): ImportSource {
	if (table.header.length === 0) return failed(format, "The file has no header row.");
	if (!mappingHasName(mapping)) {
		const message = `No column holds the name. The columns are: ${table.header.map((h) => `"${h}"`).join(", ")}. Choose the name column(s) in the mapping, or add a "Name" (or "First name" and "Last name") header.`;
		return { format, people: [], problems: [...problems, { line: table.headerLine, message }], table, mapping, fatal: message };
	}
	const read = peopleFromTable(table, mapping);
	const all = [...problems, ...table.problems, ...read.problems].sort((a, b) => a.line - b.line);
	return { format, people: read.people, problems: all, table, mapping };
}

/** Reads the bytes of an import file into people. Never throws. */
export function readImportFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ImportSource {
	const decoded = decodeImportFile(bytes);
	const guessedFormat = options.format ?? (/\.vcf$/i.test(fileName) ? "vcard" : "csv");
	if (!decoded.ok) return failed(guessedFormat, decoded.message);
	const notes: ImportProblem[] = decoded.notes.map((message) => ({ line: 1, message }));
	const { text } = decoded;
	if (text.trim() === "") return failed(guessedFormat, "The file has no text in it.");
	const format = options.format ?? detectFormat(fileName, text);
	if (format === "vcard") {
		const read = peopleFromVcards(text);
		const problems = [...notes, ...read.problems].sort((a, b) => a.line - b.line);
		return { format, people: read.people, problems, fatal: read.people.length === 0 ? (read.problems[0]?.message ?? "The file has no contacts in it.") : undefined };
	}
	const table = readCsvTable(text);
	return sourceFromTable(format, table, options.mapping ?? guessMapping(table.header), notes);
}
