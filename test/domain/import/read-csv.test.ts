import { describe, expect, it } from "vitest";
import { guessMapping } from "../../../src/domain/import/column-mapping";
import { readCsvTable } from "../../../src/domain/import/csv-table";
import { readImportFile } from "../../../src/domain/import/read-import";
import { importFixture, linkedinExport, utf8 } from "../../builders/import-files";

describe("LinkedIn Connections.csv", () => {
	const source = readImportFile(importFixture("linkedin-connections.csv"), "Connections.csv");

	it("is recognised by its content, preamble skipped", () => {
		expect(source.format).toBe("linkedin");
		expect(source.problems).toEqual([]);
		expect(source.table?.headerLine).toBe(4);
	});

	it("reads each connection with its company, position, profile and the date as ISO", () => {
		const priya = source.people.find((p) => p.name === "Priya Raman");
		expect(priya).toMatchObject({
			line: 5,
			organization: "Northwind Health",
			role: "Senior UX Researcher",
			email: "priya.raman@example.org",
			linkedin: "https://www.linkedin.com/in/priya-raman-4b1a2c",
			connected: "2024-11-12",
		});
		expect(source.people.find((p) => p.name === "Mei-Ling Chen")).toMatchObject({ organization: "Fabrikam, Inc.", role: "Director, Data Science", connected: "2022-01-28" });
	});

	it("keeps names in any script and emoji", () => {
		expect(source.people.map((p) => p.name)).toContain("Zoë Ångström 🌍");
	});

	it("reports a Connected On that is not a date, with its line, and still reads the person", () => {
		const read = readImportFile(utf8(linkedinExport(["Ana,Silva,,,,,sometime last year"])), "Connections.csv");
		expect(read.problems).toEqual([{ line: 5, message: '"sometime last year" is not a date; the connection date was left out' }]);
		expect(read.people[0]).toMatchObject({ name: "Ana Silva", connected: undefined });
	});

	it("reads older exports' 12-Nov-24 dates", () => {
		const read = readImportFile(utf8(linkedinExport(["Ana,Silva,,,,,12-Nov-24"])), "Connections.csv");
		expect(read.people[0]?.connected).toBe("2024-11-12");
	});
});

describe("any CSV", () => {
	it("reads a semicolon spreadsheet export with a BOM, French headers and a quoted note over two lines", () => {
		const source = readImportFile(importFixture("spreadsheet-semicolon.csv"), "anciens.csv");
		expect(source.format).toBe("csv");
		expect(source.table?.delimiter).toBe(";");
		expect(source.people.map((p) => p.name)).toEqual(["Élodie Dubois", "Luc Martin", "Chloé Petit"]);
		const elodie = source.people[0];
		expect(elodie).toMatchObject({ line: 2, email: "elodie.dubois@example.fr", organization: "Ministère de la Culture", role: "Chargée de mission", metVia: "Association des anciens" });
		expect(elodie?.details).toEqual([{ label: "Notes", text: "Très utile; voir ses notes\nsur le secteur culturel" }]);
		// The row after a two-line cell starts on line 4.
		expect(source.people[1]).toMatchObject({ line: 4, organization: "Banque; Groupe" });
	});

	it("reads a Google Contacts export: first and last name, the first email, others in the body", () => {
		const source = readImportFile(importFixture("google-contacts.csv"), "contacts.csv");
		expect(source.people.map((p) => p.name)).toEqual(["Ingrid Solberg", "Marco Bianchi", "Lena Fischer", ""]);
		expect(source.people[1]).toMatchObject({ email: "marco@example.it", details: [{ label: "Other email", text: "m.bianchi@ferrari.example" }] });
		expect(source.people[0]).toMatchObject({ linkedin: "https://www.linkedin.com/in/ingridsolberg", phone: "+47 912 34 567", organization: "Equinor", role: "Geologist" });
		// A website that is not LinkedIn is kept in the body, not as the LinkedIn property.
		expect(source.people[2]).toMatchObject({ linkedin: undefined });
		expect(source.people[2]?.details).toContainEqual({ label: "Website", text: "https://lena-fischer.example.de" });
	});

	it.each([
		[",", "Name,Email\nAna,a@x.org\n"],
		[";", "Name;Email\nAna;a@x.org\n"],
		["\t", "Name\tEmail\nAna\ta@x.org\n"],
	])("finds the separator %j from the header", (delimiter, text) => {
		const table = readCsvTable(text);
		expect(table.delimiter).toBe(delimiter);
		expect(table.rows).toEqual([{ line: 2, cells: ["Ana", "a@x.org"] }]);
	});

	it("matches columns by header name, whatever the case, spacing or language", () => {
		const mapping = guessMapping(["Full Name", "E-mail", "Organisation", "Job Title", "Mobile", "LinkedIn URL", "Industry", "Comments", "How we met"]);
		expect(mapping).toMatchObject({ fullName: 0, email: 1, organization: 2, role: 3, phone: 4, linkedin: 5, field: 6, notes: 7, metVia: 8 });
	});

	it("refuses a CSV without a name column, listing its columns", () => {
		const source = readImportFile(utf8("Email,Company\na@x.org,Acme\n"), "list.csv");
		expect(source.people).toEqual([]);
		expect(source.fatal).toContain('No column holds the name. The columns are: "Email", "Company"');
	});

	it("reports an unclosed quote with its line and keeps the rows before it", () => {
		const source = readImportFile(utf8('Name,Email\nAna,a@x.org\n"Bo,b@x.org\nCy,c@x.org\n'), "list.csv");
		expect(source.people[0]).toMatchObject({ name: "Ana", line: 2 });
		expect(source.problems).toContainEqual({ line: 3, message: "a quoted cell is not closed, so everything after it was read as one cell" });
	});
});

describe("files that are not what they should be", () => {
	it.each([
		["an empty file", new Uint8Array(), "The file is empty."],
		["only blank lines", utf8("\n\n  \n"), "The file has no text in it."],
		["a binary file", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), "The file is not text"],
	])("%s gets a clear message", (_, bytes, message) => {
		const source = readImportFile(bytes, "x.csv");
		expect(source.people).toEqual([]);
		expect(source.fatal).toContain(message);
	});

	it("a file over 10 MB is refused before it is read", () => {
		const bytes = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
		expect(readImportFile(bytes, "huge.csv").fatal).toBe("The file is 10.0 MB; imports read files up to 10.0 MB. Split it into smaller files.");
	});

	it("a Windows-1252 file (old Excel) is read with its accents, and says so", () => {
		const bytes = new Uint8Array([...utf8("Name,Company\nJos"), 0xe9, ...utf8(" Garc"), 0xed, ...utf8("a,Acme\n")]);
		const source = readImportFile(bytes, "excel.csv");
		expect(source.people[0]?.name).toBe("José García");
		expect(source.problems[0]?.message).toContain("read as Windows-1252");
	});

	it("a UTF-16 file (Outlook) is read", () => {
		const text = "\ufeffName,Email\nJosé,j@x.org\n";
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[i * 2] = text.charCodeAt(i) & 0xff;
			bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
		}
		expect(readImportFile(bytes, "outlook.csv").people[0]).toMatchObject({ name: "José", email: "j@x.org" });
	});
});
