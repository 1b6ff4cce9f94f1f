/** The kinds of file an import reads. */
export type ImportFormat = "linkedin" | "vcard" | "csv";

export const IMPORT_FORMATS: readonly ImportFormat[] = ["linkedin", "vcard", "csv"];

/** Something in the file that could not be used as it is, with where it is (1-based line). */
export interface ImportProblem {
	readonly line: number;
	readonly message: string;
}

/** One person as read from a file, cleaned, before anything is compared with the vault. */
export interface ImportedPerson {
	/** The line the row or card starts on (1-based), for messages. */
	readonly line: number;
	/** "" when the row or card has no name. */
	readonly name: string;
	readonly organization?: string;
	readonly role?: string;
	readonly email?: string;
	readonly phone?: string;
	readonly linkedin?: string;
	readonly field?: string;
	readonly metVia?: string;
	/** ISO date the connection was made (LinkedIn's `Connected On`). */
	readonly connected?: string;
	/** Lines for the note body: other emails and phones, departments, websites, notes. */
	readonly details: readonly ImportDetail[];
}

/** One labelled piece of text that goes into the body of the new note. */
export interface ImportDetail {
	readonly label: string;
	readonly text: string;
}
