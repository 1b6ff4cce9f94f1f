import fc from "fast-check";
import type { DateTime } from "luxon";
import { applyWrite, type FrontmatterWrite } from "../../src/domain/follow-ups/follow-up-actions";
import { buildQueue } from "../../src/domain/follow-ups/queue";
import type { BoardPerson } from "../../src/domain/pipeline/board";
import { pipelinePeople } from "../../src/domain/pipeline/pipeline";
import type { RecordIndex } from "../../src/domain/records/record-index";
import { defaultSettings } from "../../src/domain/settings";
import { NOW } from "./graph";
import { contactProps, indexOf, interviewProps } from "./records";

type Props = Record<string, unknown>;

export { NOW };
export const ZONE = "Europe/Berlin";

/**
 * A small pipeline vault: notes by path, the index over them, and the board's cards at
 * `NOW` with the queue's next items, as the plugin and the CLI compute them.
 */
export class PipelineVault {
	readonly notes: Record<string, Props | undefined>;

	constructor(notes: Record<string, Props | undefined>) {
		this.notes = { ...notes };
	}

	index(): RecordIndex {
		return indexOf(this.notes, { zone: ZONE });
	}

	people(now: DateTime = NOW): BoardPerson[] {
		const index = this.index();
		return pipelinePeople(index, now, buildQueue(index, now, defaultSettings(), ZONE));
	}

	person(path: string, now: DateTime = NOW): BoardPerson {
		const found = this.people(now).find((p) => p.path === path);
		if (found === undefined) throw new Error(`no card for ${path}`);
		return found;
	}

	/** Performs a write as `processFrontMatter` would, on the in-memory note. */
	apply(write: FrontmatterWrite): FrontmatterWrite {
		const fm = { ...(this.notes[write.path] ?? {}) };
		const undo = applyWrite(fm, write);
		this.notes[write.path] = fm;
		return undo;
	}
}

/** `Contacts/<name>.md`. */
export function contactAt(name: string): string {
	return `Contacts/${name}.md`;
}

export function contact(props: Props = {}): Props {
	return contactProps(props);
}

export function interviewWith(name: string, props: Props = {}): Props {
	return interviewProps({ contact: `[[${name}]]`, ...props });
}

// ---- random pipelines for property tests ----

export const PEOPLE = ["Ana", "Ben", "Cy", "Dee", "Eli"];

const dayArb = fc.constantFrom(undefined, "2026-09-01", "2026-10-15", "2026-11-20");

export const pipelineContactArb: fc.Arbitrary<Props> = fc
	.record({
		contacted: dayArb,
		replied: dayArb,
		last_contact: fc.constantFrom(undefined, "2026-11-01T10:00"),
		outreach_method: fc.constantFrom(undefined, "email", "linkedin", "phone", "letter"),
		met_via: fc.constantFrom(undefined, "referral", "alumni office"),
		stay_in_touch: fc.boolean(),
		status: fc.constantFrom("active", "active", "paused", "closed"),
		field: fc.constantFrom(undefined, "UX research", "Nursing"),
	})
	.map((p) => contactProps(Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))));

export const pipelineInterviewArb: fc.Arbitrary<Props> = fc
	.record({
		who: fc.constantFrom(...PEOPLE),
		date: fc.constantFrom(undefined, "2026-10-01T10:00", "2026-11-23T15:00", "2026-12-01T10:00"),
		status: fc.constantFrom(undefined, undefined, "cancelled", "confirmed", "done", "requested"),
		thank_you_sent: fc.constantFrom(undefined, "2026-10-01", "2026-11-24"),
	})
	.map(({ who, ...p }) => interviewWith(who, Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))));

export const pipelineVaultArb: fc.Arbitrary<Record<string, Props>> = fc
	.tuple(fc.array(pipelineContactArb, { minLength: PEOPLE.length, maxLength: PEOPLE.length }), fc.array(pipelineInterviewArb, { maxLength: 6 }))
	.map(([contacts, interviews]) => {
		const notes: Record<string, Props> = {};
		PEOPLE.forEach((name, i) => (notes[contactAt(name)] = contacts[i] ?? contactProps()));
		interviews.forEach((fm, i) => (notes[`Interviews/I${i}.md`] = fm));
		return notes;
	});
