/** What a column of a CSV file can hold. */
export type ImportField = "fullName" | "firstName" | "lastName" | "email" | "organization" | "role" | "phone" | "linkedin" | "field" | "notes" | "metVia" | "connected";

/** The fields in the order the mapping form shows them, with a label for people. */
export const IMPORT_FIELDS: readonly { readonly field: ImportField; readonly label: string }[] = [
	{ field: "fullName", label: "Full name" },
	{ field: "firstName", label: "First name" },
	{ field: "lastName", label: "Last name" },
	{ field: "email", label: "Email" },
	{ field: "organization", label: "Organization" },
	{ field: "role", label: "Role" },
	{ field: "phone", label: "Phone" },
	{ field: "linkedin", label: "LinkedIn profile" },
	{ field: "field", label: "Career field" },
	{ field: "notes", label: "Notes" },
	{ field: "metVia", label: "How you met" },
	{ field: "connected", label: "Connected on" },
];

/** For each field, the index of the column that holds it, or null. */
export type ColumnMapping = Readonly<Record<ImportField, number | null>>;

export function emptyMapping(): Record<ImportField, number | null> {
	return { fullName: null, firstName: null, lastName: null, email: null, organization: null, role: null, phone: null, linkedin: null, field: null, notes: null, metVia: null, connected: null };
}

/** Header words, lower-cased with spaces, dashes and underscores removed, for each field; most specific first. */
const HEADER_NAMES: readonly (readonly [ImportField, readonly string[]])[] = [
	["firstName", ["firstname", "givenname", "forename", "first", "prenom", "vorname", "nombre"]],
	["lastName", ["lastname", "familyname", "surname", "last", "nom", "nachname", "apellido", "apellidos"]],
	["fullName", ["name", "fullname", "displayname", "contact", "contactname", "person"]],
	["email", ["email", "emailaddress", "email1value", "e-mail", "mail", "emailaddress1", "primaryemail", "courriel"]],
	["organization", ["company", "organization", "organisation", "organizationname", "organization1name", "employer", "companyname", "firma", "entreprise", "empresa"]],
	["role", ["position", "title", "jobtitle", "role", "organizationtitle", "organization1title", "job", "occupation", "poste", "fonction", "beruf", "cargo", "puesto"]],
	["phone", ["phone", "phonenumber", "mobile", "mobilephone", "cell", "telephone", "tel", "phone1value", "primaryphone"]],
	["linkedin", ["linkedin", "linkedinurl", "linkedinprofile", "url", "profileurl", "profile", "website1value"]],
	["field", ["field", "careerfield", "industry", "sector", "area"]],
	["notes", ["notes", "note", "comments", "comment", "remarks", "remarques", "commentaires", "notizen", "bemerkungen", "notas"]],
	["metVia", ["howmet", "howwemet", "metvia", "source", "met", "howyoumet", "howimet", "commentrencontre", "kennengelerntuber"]],
	["connected", ["connectedon", "connected", "dateconnected", "connectiondate"]],
];

/** What may follow a known word in a numbered column name: `Email 2`, `Phone 1 - Value`, `Website URL`. */
const NUMBERED_REST = /^\d*(?:value|address|url|number)?$/;

/** A header cell without case, accents, spaces, dashes, underscores, dots or a trailing `:`. */
export function headerKey(header: string): string {
	return header
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[\s_\-.:()]+/gu, "")
		.replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * The mapping a header row suggests. A column is used for one field at most; for Google
 * Contacts' `E-mail 1 - Value` and friends, `…1value` names are listed, and any other
 * column whose name is a known word with a number or `value`/`address`/`url` after it
 * is tried last.
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
	const mapping = emptyMapping();
	const keys = header.map(headerKey);
	const used = new Set<number>();
	const take = (field: ImportField, index: number): void => {
		mapping[field] = index;
		used.add(index);
	};
	for (const [field, names] of HEADER_NAMES) {
		const index = keys.findIndex((key, i) => !used.has(i) && names.includes(key));
		if (index >= 0) take(field, index);
	}
	for (const [field, names] of HEADER_NAMES) {
		if (mapping[field] !== null) continue;
		const index = keys.findIndex((key, i) => !used.has(i) && names.some((name) => name.length >= 4 && key.startsWith(name) && NUMBERED_REST.test(key.slice(name.length))));
		if (index >= 0) take(field, index);
	}
	return mapping;
}

/** True when the mapping can give a person a name. */
export function mappingHasName(mapping: ColumnMapping): boolean {
	return mapping.fullName !== null || mapping.firstName !== null || mapping.lastName !== null;
}
