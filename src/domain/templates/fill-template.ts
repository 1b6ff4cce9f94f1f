import { renderProperties } from "./frontmatter-merge";
import { renderTemplate, type PlaceholderLookup, type UnresolvedPlaceholder } from "./placeholders";

/** A template with its placeholders filled, body and properties alike. */
export interface FilledTemplate {
	readonly body: string;
	/** The template's own properties; they go where the note has no value. */
	readonly properties: Record<string, unknown>;
	/** Every placeholder left as written, once each. */
	readonly unresolved: readonly UnresolvedPlaceholder[];
}

export function fillTemplate(template: { readonly body: string; readonly frontmatter: Readonly<Record<string, unknown>> }, lookup: PlaceholderLookup): FilledTemplate {
	const body = renderTemplate(template.body, lookup);
	const properties = renderProperties(template.frontmatter, lookup);
	const unresolved = [...body.unresolved];
	for (const u of properties.unresolved) if (!unresolved.some((x) => x.placeholder === u.placeholder)) unresolved.push(u);
	return { body: body.text, properties: properties.values, unresolved };
}
