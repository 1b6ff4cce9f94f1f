import type { DateTime } from "luxon";
import { isKnownDateFormat } from "./date-format";

/** What a placeholder can stand for: plain text, or a moment that may be formatted. */
export type PlaceholderValue =
	| { readonly kind: "text"; readonly text: string }
	| { readonly kind: "date"; readonly date: DateTime; readonly defaultFormat: string };

/** Looks a placeholder name up (`contact.name`); undefined when there is no value for it. */
export type PlaceholderLookup = (name: string) => PlaceholderValue | undefined;

export type UnresolvedReason = "unknown" | "empty" | "format";

/** A placeholder left in the text as written, and why, so that the UI can name it. */
export interface UnresolvedPlaceholder {
	/** Exactly as written in the template, braces included. */
	readonly placeholder: string;
	readonly reason: UnresolvedReason;
}

export interface RenderResult {
	readonly text: string;
	/** Each distinct unresolved placeholder once, in order of first appearance. */
	readonly unresolved: readonly UnresolvedPlaceholder[];
}

/**
 * `{{ name }}` or `{{ name|format }}`. Braces cannot appear inside, so `{{{{x}}}}`
 * matches only the inner pair and the rest stays as text.
 */
const PLACEHOLDER = /\{\{([^{}|]*)(?:\|([^{}]*))?\}\}/g;

/** Longer formats are treated as mistakes rather than rendered. */
const MAX_FORMAT_LENGTH = 120;

type Resolution = { ok: true; text: string } | { ok: false; reason: UnresolvedReason };

function formatDate(date: DateTime, format: string): Resolution {
	if (format.length > MAX_FORMAT_LENGTH || !isKnownDateFormat(format)) return { ok: false, reason: "format" };
	let text: string;
	try {
		text = date.toFormat(format);
	} catch {
		return { ok: false, reason: "format" };
	}
	// A format of spaces or punctuation only would print no date at all.
	if (text.trim() === "" || !/[A-Za-z]/.test(format)) return { ok: false, reason: "format" };
	return { ok: true, text };
}

function resolve(lookup: PlaceholderLookup, rawName: string, rawFormat: string | undefined): Resolution {
	const name = rawName.trim().toLowerCase();
	if (name === "") return { ok: false, reason: "empty" };
	const value = lookup(name);
	if (value === undefined) return { ok: false, reason: "unknown" };
	const format = rawFormat?.trim() ?? "";
	if (value.kind === "text") {
		if (value.text.trim() === "") return { ok: false, reason: "empty" };
		// A format on plain text means the template expects something else: keep it visible.
		return format === "" ? { ok: true, text: value.text } : { ok: false, reason: "format" };
	}
	return formatDate(value.date, format === "" ? value.defaultFormat : format);
}

/**
 * Fills the placeholders of a template in one pass over the template text: values are
 * inserted literally and never scanned again, so a name containing `{{today}}` stays as
 * it is. What cannot be filled stays exactly as written and is listed in `unresolved`.
 */
export function renderTemplate(template: string, lookup: PlaceholderLookup): RenderResult {
	const unresolved: UnresolvedPlaceholder[] = [];
	const seen = new Set<string>();
	const text = template.replace(PLACEHOLDER, (whole: string, name: string, format: string | undefined) => {
		const result = resolve(lookup, name, format);
		if (result.ok) return result.text;
		if (!seen.has(whole)) {
			seen.add(whole);
			unresolved.push({ placeholder: whole, reason: result.reason });
		}
		return whole;
	});
	return { text, unresolved };
}

/** A sentence naming what could not be filled, for a notice; empty when all was filled. */
export function describeUnresolved(unresolved: readonly UnresolvedPlaceholder[]): string {
	if (unresolved.length === 0) return "";
	const names = (reason: UnresolvedReason): string[] => unresolved.filter((u) => u.reason === reason).map((u) => u.placeholder);
	const parts: string[] = [];
	const unknown = names("unknown");
	const empty = names("empty");
	const format = names("format");
	if (unknown.length > 0) parts.push(`unknown: ${unknown.join(", ")}`);
	if (empty.length > 0) parts.push(`no value yet: ${empty.join(", ")}`);
	if (format.length > 0) parts.push(`format not understood: ${format.join(", ")}`);
	return `Some placeholders were left as they are (${parts.join("; ")}).`;
}
