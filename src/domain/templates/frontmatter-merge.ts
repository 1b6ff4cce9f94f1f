import { renderTemplate, type PlaceholderLookup, type UnresolvedPlaceholder } from "./placeholders";

/** A property without a value: absent, null, empty text or an empty list. */
export function isBlank(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === "string") return value.trim() === "";
	return Array.isArray(value) && value.length === 0;
}

/**
 * The template properties a note should receive: only those the note leaves blank, so
 * that inserting a template never changes a value the user already has.
 */
export function missingProperties(
	existing: Readonly<Record<string, unknown>> | undefined,
	incoming: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(incoming)) {
		if (isBlank(value)) continue;
		if (existing === undefined || isBlank(existing[key])) result[key] = value;
	}
	return result;
}

function renderValue(value: unknown, lookup: PlaceholderLookup, unresolved: UnresolvedPlaceholder[]): unknown {
	if (typeof value === "string") {
		const rendered = renderTemplate(value, lookup);
		unresolved.push(...rendered.unresolved);
		return rendered.text;
	}
	if (Array.isArray(value)) return value.map((item) => renderValue(item, lookup, unresolved));
	return value;
}

/** Fills placeholders in a template's property values (`contacted: "{{today}}"`), text and lists of text. */
export function renderProperties(
	properties: Readonly<Record<string, unknown>>,
	lookup: PlaceholderLookup,
): { values: Record<string, unknown>; unresolved: UnresolvedPlaceholder[] } {
	const unresolved: UnresolvedPlaceholder[] = [];
	const values: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(properties)) values[key] = renderValue(value, lookup, unresolved);
	const distinct = new Map<string, UnresolvedPlaceholder>();
	for (const u of unresolved) if (!distinct.has(u.placeholder)) distinct.set(u.placeholder, u);
	return { values, unresolved: [...distinct.values()] };
}
