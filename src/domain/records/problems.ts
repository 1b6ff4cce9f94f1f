/** Something wrong in a note's properties, said so that a person can fix it. */
export interface Problem {
	/** Vault-relative path of the note, with `/`. */
	readonly path: string;
	/** The property at fault (`date`, `referrals[2]`), or `frontmatter` for the block as a whole. */
	readonly field: string;
	readonly message: string;
}

/** Collects problems for one note so that parsers can report and carry on. */
export class ProblemList {
	readonly items: Problem[] = [];
	constructor(private readonly path: string) {}

	add(field: string, message: string): void {
		this.items.push({ path: this.path, field, message });
	}
}

/** A short, printable form of a value for messages; never the whole of a huge string. */
export function describeValue(value: unknown): string {
	let text: string;
	if (value === null || value === undefined) return "empty";
	if (typeof value === "string") text = JSON.stringify(value);
	else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
	else if (Array.isArray(value)) return `a list of ${value.length}`;
	else if (typeof value === "object") return "a nested object";
	else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") text = String(value);
	else return typeof value;
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
