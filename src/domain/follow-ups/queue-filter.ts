import { compareFields, countSpelling, fieldKey, fieldsOfNote, forEachField, preferredSpelling } from "../records/career-fields";
import type { QueueItem } from "./item";
import type { FollowUpKind } from "./kinds";
import type { RecordLookup } from "../records/record-types";

/** What the queue view narrows the list to; null means any. */
export interface QueueFilter {
	readonly kind: FollowUpKind | null;
	/** Compared without regard to case or surrounding spaces. */
	readonly field: string | null;
}

export const NO_FILTER: QueueFilter = Object.freeze({ kind: null, field: null });

/** The career fields an item is about: those of the note it is about. */
export function fieldsOfItem(item: Pick<QueueItem, "path">, records: RecordLookup): readonly string[] {
	return fieldsOfNote(records.get(item.path), records);
}

export function isFiltered(filter: QueueFilter): boolean {
	return filter.kind !== null || filter.field !== null;
}

/** The items that pass the filter, in their order. */
export function filterItems(items: readonly QueueItem[], filter: QueueFilter, records: RecordLookup): readonly QueueItem[] {
	if (!isFiltered(filter)) return items;
	const wanted = filter.field === null ? null : fieldKey(filter.field);
	return items.filter((item) => {
		if (filter.kind !== null && item.kind !== filter.kind) return false;
		return wanted === null || fieldsOfItem(item, records).some((field) => fieldKey(field) === wanted);
	});
}

/**
 * The queue view's field dropdown: every career field of the notes with an item shown
 * (`shown`), once each in the spelling most notes with any item (`all`) use, in
 * alphabetical order.
 */
export function fieldChoices(all: readonly QueueItem[], shown: readonly QueueItem[], records: RecordLookup): string[] {
	const shownPaths = new Set(shown.map((item) => item.path));
	const spellings = new Map<string, Map<string, number>>();
	const chosen = new Set<string>();
	for (const path of new Set(all.map((item) => item.path))) {
		forEachField(fieldsOfNote(records.get(path), records), (spelling, key) => {
			let counts = spellings.get(key);
			if (counts === undefined) spellings.set(key, (counts = new Map<string, number>()));
			countSpelling(counts, spelling, 1);
			if (shownPaths.has(path)) chosen.add(key);
		});
	}
	return [...chosen].map((key) => preferredSpelling(spellings.get(key) ?? new Map<string, number>())).sort(compareFields);
}
