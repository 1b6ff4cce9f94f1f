import { compareFields, countSpelling, forEachField, preferredSpelling } from "../records/career-fields";

/** The notes that name one field, and how many of them spell it each way. */
interface FieldNotes {
	readonly notes: Set<string>;
	readonly spellings: Map<string, number>;
}

/**
 * The career fields a set of notes names, kept note by note, so that the queue view's
 * field dropdown costs what changed rather than a pass over every item of the queue.
 * A note's list is kept as given: the records' lists are never changed in place, and
 * taking a note out counts its list again rather than keeping a copy per note.
 */
export class FieldTally {
	private readonly byNote = new Map<string, readonly string[]>();
	private readonly byKey = new Map<string, FieldNotes>();

	/** What one note names from now on; an empty list takes the note out. */
	set(path: string, fields: readonly string[]): void {
		const before = this.byNote.get(path);
		if (before === fields) return;
		if (before !== undefined) this.count(path, before, -1);
		if (fields.length > 0) {
			this.byNote.set(path, fields);
			this.count(path, fields, 1);
		} else if (before !== undefined) this.byNote.delete(path);
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
				chosen.push(preferredSpelling(entry.spellings));
				break;
			}
		}
		return chosen.sort(compareFields);
	}

	/** Adds (`step` 1) or takes away (-1) one note's list. */
	private count(path: string, fields: readonly string[], step: 1 | -1): void {
		forEachField(fields, (spelling, key) => {
			let entry = this.byKey.get(key);
			if (entry === undefined) {
				if (step < 0) return;
				this.byKey.set(key, (entry = { notes: new Set(), spellings: new Map() }));
			}
			countSpelling(entry.spellings, spelling, step);
			if (step > 0) entry.notes.add(path);
			else {
				entry.notes.delete(path);
				if (entry.notes.size === 0) this.byKey.delete(key);
			}
		});
	}
}
