import { describe, expect, it } from "vitest";
import { readImportFile } from "../../../src/domain/import/read-import";
import { importFixture, utf8 } from "../../builders/import-files";

describe("vCard from an iPhone (3.0)", () => {
	const source = readImportFile(importFixture("iphone-contacts.vcf"), "Contacts.vcf");
	const priya = source.people[0];

	it("reads every card, with the line each starts on", () => {
		expect(source.format).toBe("vcard");
		expect(source.problems).toEqual([]);
		expect(source.people.map((p) => [p.line, p.name])).toEqual([
			[1, "Priya Raman"],
			[20, "Daniel Kowalski"],
			[30, "Ingrid Solberg"],
		]);
	});

	it("takes the preferred email and phone, and keeps the others in the body", () => {
		expect(priya).toMatchObject({ email: "Priya.Raman@Example.org", phone: "+1 (415) 555-0134" });
		expect(priya?.details).toContainEqual({ label: "Other email", text: "priya.home@example.net" });
		expect(priya?.details).toContainEqual({ label: "Other phone", text: "+1 415 555 0199" });
	});

	it("splits ORG into the organization and its units, and reads TITLE", () => {
		expect(priya).toMatchObject({ organization: "Northwind Health", role: "Senior UX Researcher" });
		expect(priya?.details).toContainEqual({ label: "Department", text: "User Research, Mobile Apps" });
	});

	it("takes the LinkedIn profile from X-SOCIALPROFILE or a URL, other sites go to the body", () => {
		expect(priya?.linkedin).toBe("http://www.linkedin.com/in/priya-raman-4b1a2c");
		expect(priya?.details).toContainEqual({ label: "Website", text: "https://priyaraman.example.net" });
		expect(source.people[2]?.linkedin).toBe("https://www.linkedin.com/in/ingridsolberg/");
	});

	it("unfolds and unescapes the note, and reads escaped commas in ORG", () => {
		expect(priya?.details).toContainEqual({
			label: "Notes",
			text: "Met at the UX Lisbon meetup, table 4. Studied at Porto; happy to introduce me to her manager.\nAsk about research ops.",
		});
		expect(source.people[1]?.organization).toBe("Smith, Jones & Partners");
	});
});

describe("vCard from an Android phone (2.1 and 3.0) and 4.0", () => {
	const source = readImportFile(importFixture("android-contacts.vcf"), "contacts.vcf");

	it("decodes quoted-printable UTF-8 names, titles and notes of 2.1 cards", () => {
		expect(source.problems).toEqual([]);
		expect(source.people[0]).toMatchObject({ name: "Dubois Élodie", organization: "Ministère de la Culture", role: "Chargée de mission", phone: "+33612345678" });
		expect(source.people[0]?.details).toContainEqual({ label: "Notes", text: "Rencontrée au salon de l'emploi, stand 12.\nAppeler après le 15." });
	});

	it("reads 2.1's bare TYPE parameters: PREF picks the email", () => {
		expect(source.people[1]).toMatchObject({ email: "o.adeyemi@example.ng", details: [{ label: "Other email", text: "segun@example.com" }] });
	});

	it("reads 4.0's PREF=1 and tel: URIs", () => {
		expect(source.people[3]).toMatchObject({ name: "Hannah Schultz", email: "h.schultz@example.de", phone: "+49-170-555-0100" });
	});

	it("takes a country LinkedIn domain as a LinkedIn profile", () => {
		expect(source.people[2]?.linkedin).toBe("https://ae.linkedin.com/in/fatima-haddad");
	});
});

describe("broken vCards", () => {
	const source = readImportFile(importFixture("broken.vcf"), "broken.vcf");

	it("reads a card without END:VCARD up to the next card, and says so with the card number and line", () => {
		expect(source.people.map((p) => p.name)).toEqual(["Rosa Delgado", "Sam Okafor", "Last Card"]);
		expect(source.problems).toEqual([
			{ line: 1, message: "card 1 has no END:VCARD; it was read up to line 4" },
			{ line: 10, message: "card 3 could not be read (Invalid parameters in 'FN;BROKEN PARAM:bad'); it was skipped" },
			{ line: 14, message: "card 4 has no END:VCARD; it was read up to the end of the file" },
		]);
	});

	it("a .vcf without any card says what is wrong", () => {
		const read = readImportFile(utf8("Name,Email\nAna,a@x.org\n"), "contacts.vcf");
		expect(read.fatal).toBe("no BEGIN:VCARD line was found; this does not look like a vCard file");
	});

	it("a card with only N gets its name from N", () => {
		const read = readImportFile(utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;José;;Dr.;\r\nEND:VCARD\r\n"), "x.vcf");
		expect(read.people[0]?.name).toBe("Dr. José García");
	});
});
