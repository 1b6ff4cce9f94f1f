import type { FollowUpKind, QueueItem } from "./follow-up-items";
import { fieldKey, fieldsOfNote } from "../records/career-fields";
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
