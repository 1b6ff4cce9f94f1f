import type { FollowUpKind, QueueItem } from "./follow-up-items";
import { fieldKey } from "./field-tally";
import type { VaultRecord } from "./record-types";

/** What the queue view narrows the list to; null means any. */
export interface QueueFilter {
	readonly kind: FollowUpKind | null;
	/** Compared without regard to case or surrounding spaces. */
	readonly field: string | null;
}

export const NO_FILTER: QueueFilter = Object.freeze({ kind: null, field: null });

export interface RecordLookup {
	get(path: string): VaultRecord | undefined;
}

const NO_FIELDS: readonly string[] = Object.freeze([]);

/**
 * The career fields a note is about: an interview's own `field`, or else its contact's,
 * as DESIGN.md defaults it; a contact's own.
 */
export function fieldsOfNote(record: VaultRecord | undefined, records: RecordLookup): readonly string[] {
	if (record === undefined) return NO_FIELDS;
	if (record.kind === "contact" || record.fields.length > 0) return record.fields;
	const contactPath = record.contact?.path;
	const contact = contactPath ? records.get(contactPath) : undefined;
	return contact?.kind === "contact" ? contact.fields : NO_FIELDS;
}

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
