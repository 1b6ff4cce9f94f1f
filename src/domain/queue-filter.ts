import type { FollowUpKind, QueueItem } from "./follow-up-items";
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

/**
 * The career fields an item is about: an interview's own `field`, or else its contact's,
 * as DESIGN.md defaults it; a contact's items use the contact's.
 */
export function fieldsOfItem(item: Pick<QueueItem, "path" | "contact">, records: RecordLookup): readonly string[] {
	const record = records.get(item.path);
	if (record?.kind === "interview" && record.fields.length > 0) return record.fields;
	const contact = item.contact === null ? undefined : records.get(item.contact);
	return contact?.kind === "contact" ? contact.fields : [];
}

function fieldKey(field: string): string {
	return field.trim().toLowerCase();
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
 * Every field the items are about, once each (first spelling wins), in alphabetical order.
 * Each note is read once however many items it has, and each spelling normalized once:
 * the view asks for this whenever notes change, over queues of thousands of items.
 */
export function fieldChoices(items: readonly QueueItem[], records: RecordLookup): string[] {
	const seenNotes = new Set<string>();
	const spellings = new Set<string>();
	for (const item of items) {
		if (seenNotes.has(item.path)) continue;
		seenNotes.add(item.path);
		for (const field of fieldsOfItem(item, records)) spellings.add(field);
	}
	const byKey = new Map<string, string>();
	for (const field of spellings) {
		const key = fieldKey(field);
		if (key !== "" && !byKey.has(key)) byKey.set(key, field.trim());
	}
	return [...byKey.values()].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0));
}
