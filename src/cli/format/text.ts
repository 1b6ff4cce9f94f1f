import { replaceHidden } from "../../domain/records/hidden-characters";

/**
 * Note content ends up on a terminal: control characters in a file name or a property
 * (escape sequences, newlines), bidi controls and zero-width characters are shown as `�`
 * rather than obeyed or hidden.
 */
export function printable(text: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return replaceHidden(text, "\uFFFD").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}

/** `1 contact`, `3 contacts`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}

const collator = new Intl.Collator("en", { numeric: true });

/**
 * Order for what people read (names, fields): alphabetical with numbers by value, and
 * code-unit order to break ties so that output never depends on anything but the input.
 */
export function compareText(a: string, b: string): number {
	return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Width in characters as most terminals show them (code points, not UTF-16 units). */
function widthOf(text: string): number {
	return [...text].length;
}

/** A plain-text table: a header, a rule under it, columns two spaces apart. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
	const cells = [headers, ...rows].map((row) => headers.map((_, i) => printable(row[i] ?? "")));
	const widths = headers.map((_, i) => Math.max(...cells.map((row) => widthOf(row[i] ?? ""))));
	const line = (row: readonly string[]): string =>
		row.map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - widthOf(cell))).join("  ").trimEnd();
	const [header, ...body] = cells;
	return [line(header ?? []), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n") + "\n";
}
