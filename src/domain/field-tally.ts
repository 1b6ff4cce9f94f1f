/** A field as the filters compare it: without regard to case or surrounding spaces. */
export function fieldKey(field: string): string {
	return field.trim().toLowerCase();
}

/** The notes that name one field, and how many of them spell it each way. */
interface FieldNotes {
	readonly notes: Set<string>;
	readonly spellings: Map<string, number>;
}

/** One note's share: the list it was given (to notice when it is given the same one again) and its spellings, one per field. */
interface NoteShare {
	readonly given: readonly string[];
	readonly spellings: readonly string[];
}

/** The spelling most notes use; on a tie the first in code-unit order, so that no order of events decides. */
function commonSpelling(spellings: Map<string, number>): string {
	let best = "";
	let bestCount = 0;
	for (const [spelling, count] of spellings) {
		if (count > bestCount || (count === bestCount && spelling < best)) {
			best = spelling;
			bestCount = count;
		}
	}
	return best;
}

/**
 * The career fields a set of notes names, kept note by note, so that the queue view's
 * field dropdown costs what changed rather than a pass over every item of the queue.
 */
export class FieldTally {
	private readonly byNote = new Map<string, NoteShare>();
	private readonly byKey = new Map<string, FieldNotes>();

	/** What one note names from now on; an empty list takes the note out. */
	set(path: string, fields: readonly string[]): void {
		const before = this.byNote.get(path);
		if (before?.given === fields || (before === undefined && fields.length === 0)) return;
		if (before !== undefined) this.forget(path, before);
		if (fields.length === 0) {
			this.byNote.delete(path);
			return;
		}
		const keys = new Set<string>();
		const spellings: string[] = [];
		for (const field of fields) {
			const key = fieldKey(field);
			// A note naming a field twice, in two spellings, counts once with its first.
			if (key === "" || keys.has(key)) continue;
			keys.add(key);
			const spelling = field.trim();
			spellings.push(spelling);
			let entry = this.byKey.get(key);
			if (entry === undefined) this.byKey.set(key, (entry = { notes: new Set(), spellings: new Map() }));
			entry.notes.add(path);
			entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
		}
		this.byNote.set(path, { given: fields, spellings });
	}

	/**
	 * Every field named by a note that `counts`, once each in the spelling most notes
	 * use, in alphabetical order. A field's notes are asked until one counts, so this
	 * costs about one question per field when most notes count.
	 */
	choices(counts: (path: string) => boolean): string[] {
		const chosen: string[] = [];
		for (const entry of this.byKey.values()) {
			for (const path of entry.notes) {
				if (!counts(path)) continue;
				chosen.push(commonSpelling(entry.spellings));
				break;
			}
		}
		return chosen.sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0));
	}

	private forget(path: string, share: NoteShare): void {
		for (const spelling of share.spellings) {
			const key = fieldKey(spelling);
			const entry = this.byKey.get(key);
			if (entry === undefined) continue;
			entry.notes.delete(path);
			const count = (entry.spellings.get(spelling) ?? 0) - 1;
			if (count > 0) entry.spellings.set(spelling, count);
			else entry.spellings.delete(spelling);
			if (entry.notes.size === 0) this.byKey.delete(key);
		}
	}
}
