import type { RecordLookup, VaultRecord } from "./record-types";
import { compareText } from "./text-order";

/*
 * How the plugin reads career fields, wherever it shows them (the queue's dropdown, the
 * referral map's overview): spellings that differ only in case or surrounding spaces are
 * one field, shown as most notes spell it.
 */

const NO_FIELDS: readonly string[] = Object.freeze([]);

/** A field as the plugin compares it: without regard to case or surrounding spaces. */
export function fieldKey(field: string): string {
	return field.trim().toLowerCase();
}

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

/**
 * Calls `each` once per field a note names, with its first spelling (trimmed) and its key:
 * a note naming one field twice, in two spellings, names it once. Blank fields are skipped.
 * Linear in the list's length (a set of the keys seen), so a hostile list of thousands of
 * values costs milliseconds, not a scan of everything before each one.
 */
export function forEachField(fields: readonly string[], each: (spelling: string, key: string) => void): void {
	// Most notes name one field: no set for them.
	const seen = fields.length > 1 ? new Set<string>() : null;
	for (const field of fields) {
		const spelling = field.trim();
		const key = spelling.toLowerCase();
		if (key === "" || seen?.has(key)) continue;
		seen?.add(key);
		each(spelling, key);
	}
}

/** Counts `by` more notes (fewer when negative) spelling a field as `spelling`; a spelling nobody uses is dropped. */
export function countSpelling(counts: Map<string, number>, spelling: string, by: number): void {
	const times = (counts.get(spelling) ?? 0) + by;
	if (times > 0) counts.set(spelling, times);
	else counts.delete(spelling);
}

/** The spelling most notes use (counts by spelling); on a tie the first in code-unit order, so that no order of events decides. */
export function preferredSpelling(counts: ReadonlyMap<string, number>): string {
	let best = "";
	let bestCount = 0;
	for (const [spelling, count] of counts) {
		if (count > bestCount || (count === bestCount && spelling < best)) {
			best = spelling;
			bestCount = count;
		}
	}
	return best;
}

/** Fields in alphabetical order, whatever their case; exact ties in code-unit order. */
export function compareFields(a: string, b: string): number {
	return compareText(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
