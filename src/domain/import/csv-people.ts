import { cleanLine, cleanMultiline, given } from "./clean-text";
import type { ColumnMapping } from "./column-mapping";
import { parseConnectedDate } from "./connected-date";
import type { CsvTable } from "./csv-table";
import type { ImportDetail, ImportedPerson, ImportProblem } from "./import-types";
import { isLinkedinUrl } from "./matching-keys";

/** Google Contacts joins several values in one cell with ` ::: `; spreadsheets use `;` or `,`. */
const MULTI_VALUE = /\s*(?::::|;|,|\n)\s*/;

function cell(cells: readonly string[], index: number | null): string {
	return index === null ? "" : (cells[index] ?? "");
}

function splitValues(value: string): string[] {
	return value
		.split(MULTI_VALUE)
		.map((v) => cleanLine(v))
		.filter((v) => v !== "");
}

function nameOf(cells: readonly string[], mapping: ColumnMapping): string {
	const full = cleanLine(cell(cells, mapping.fullName));
	if (full !== "") return full;
	return cleanLine(`${cell(cells, mapping.firstName)} ${cell(cells, mapping.lastName)}`);
}

/**
 * One person per row, read through the mapping. The first email and phone become
 * properties and any others go to the note's body; a web address that is not a LinkedIn
 * profile goes to the body too. A `Connected On` that is not a date is reported and left out.
 */
export function peopleFromTable(table: CsvTable, mapping: ColumnMapping): { people: ImportedPerson[]; problems: ImportProblem[] } {
	const people: ImportedPerson[] = [];
	const problems: ImportProblem[] = [];
	for (const row of table.rows) {
		const { cells } = row;
		const details: ImportDetail[] = [];
		const [email, ...otherEmails] = splitValues(cell(cells, mapping.email));
		const [phone, ...otherPhones] = splitValues(cell(cells, mapping.phone));
		for (const other of otherEmails) details.push({ label: "Other email", text: other });
		for (const other of otherPhones) details.push({ label: "Other phone", text: other });

		const url = cleanLine(cell(cells, mapping.linkedin));
		let linkedin: string | undefined;
		if (url !== "" && isLinkedinUrl(url)) linkedin = url;
		else if (url !== "") details.push({ label: "Website", text: url });

		const connectedText = cleanLine(cell(cells, mapping.connected));
		const connected = parseConnectedDate(connectedText);
		if (connectedText !== "" && connected === undefined) problems.push({ line: row.line, message: `"${connectedText}" is not a date; the connection date was left out` });

		const notes = cleanMultiline(cell(cells, mapping.notes));
		if (notes !== "") details.push({ label: "Notes", text: notes });

		people.push({
			line: row.line,
			name: nameOf(cells, mapping),
			organization: given(cell(cells, mapping.organization)),
			role: given(cell(cells, mapping.role)),
			email,
			phone,
			linkedin,
			field: given(cell(cells, mapping.field)),
			metVia: given(cell(cells, mapping.metVia)),
			connected,
			details,
		});
	}
	return { people, problems };
}
