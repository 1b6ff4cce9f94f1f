/** A field as the filters compare it: without regard to case or surrounding spaces. */
export function fieldKey(field: string): string {
	return field.trim().toLowerCase();
}

/** The notes that name one field, and how many of them spell it each way. */
interface FieldNotes {
	readonly notes: Set<string>;
	readonly spellings: Map<string, number>;
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

/** Whether `fields[i]`, whose key is `key`, repeats a field earlier in the list (lists are a few items long). */
function repeatsEarlier(fields: readonly string[], i: number, key: string): boolean {
	for (let j = 0; j < i; j++) if (fieldKey(fields[j] as string) === key) return true;
	return false;
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
				chosen.push(commonSpelling(entry.spellings));
				break;
			}
		}
		return chosen.sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0));
	}

	/** Adds (`step` 1) or takes away (-1) one note's list; a field named twice, in two spellings, counts once with its first. */
	private count(path: string, fields: readonly string[], step: 1 | -1): void {
		for (let i = 0; i < fields.length; i++) {
			const spelling = (fields[i] as string).trim();
			const key = spelling.toLowerCase();
			if (key === "" || (i > 0 && repeatsEarlier(fields, i, key))) continue;
			let entry = this.byKey.get(key);
			if (entry === undefined) {
				if (step < 0) continue;
				this.byKey.set(key, (entry = { notes: new Set(), spellings: new Map() }));
			}
			const times = (entry.spellings.get(spelling) ?? 0) + step;
			if (times > 0) entry.spellings.set(spelling, times);
			else entry.spellings.delete(spelling);
			if (step > 0) entry.notes.add(path);
			else {
				entry.notes.delete(path);
				if (entry.notes.size === 0) this.byKey.delete(key);
			}
		}
	}
}
