import { byColumn, COLUMN_LABELS, type BoardPerson } from "./board";
import type { FieldSummary } from "./field-notes";
import type { NextItem } from "./queue-adapter";

/** A next item as `pipeline --json` prints it: the queue's published keys. */
export interface NextItemJson {
	id: string;
	kind: string;
	due: string | null;
	path: string;
	contact: string | null;
	title: string;
}

export interface PipelineJson {
	stages: { stage: string; people: { path: string; name: string; since: string | null; next: NextItemJson | null }[] }[];
}

function nextJson(next: NextItem | null): NextItemJson | null {
	if (next === null) return null;
	return { id: next.id, kind: next.kind, due: next.due, path: next.path, contact: next.contact, title: next.title };
}

/** DESIGN.md's `pipeline --json`: every column in the board's order, stage named as the rest of the plugin names it. */
export function pipelineJson(people: readonly BoardPerson[]): PipelineJson {
	return {
		stages: byColumn(people).map(({ column, people: inColumn }) => ({
			stage: COLUMN_LABELS[column],
			people: inColumn.map((p) => ({ path: p.path, name: p.name, since: p.since === null ? null : p.since.toISO({ suppressMilliseconds: true }), next: nextJson(p.next) })),
		})),
	};
}

export interface FieldJson {
	field: string;
	too_few: boolean;
	people: { path: string; name: string; organization: string | null }[];
	organizations: string[];
	interviews: { path: string; date: string | null; contact: string | null; takeaways: string | null }[];
}

export function fieldsJson(summaries: readonly FieldSummary[]): { fields: FieldJson[] } {
	return {
		fields: summaries.map((s) => ({
			field: s.field,
			too_few: s.tooFew,
			people: s.people.map((p) => ({ path: p.path, name: p.name, organization: p.organization ?? null })),
			organizations: [...s.organizations],
			interviews: s.interviews.map((i) => ({ path: i.path, date: i.date, contact: i.contactPath, takeaways: i.takeaways })),
		})),
	};
}
