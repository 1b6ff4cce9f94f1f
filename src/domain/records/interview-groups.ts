import type { InterviewRecord } from "./record-types";

/** A run of interviews in a shared list: `list[from, to)`. */
export interface InterviewSpan {
	readonly list: readonly InterviewRecord[];
	readonly from: number;
	readonly to: number;
}

/** A whole list as a span. */
export function spanOf(list: readonly InterviewRecord[]): InterviewSpan {
	return { list, from: 0, to: list.length };
}

/**
 * Interviews grouped by a number from 0 to `groups` - 1 (a contact's place in a list),
 * in one flat list: pairs are added in any order, then placed by a counting sort that
 * keeps their order within each group. For a pass over every contact at once, where a
 * list per contact would be thousands of small arrays for the garbage collector to copy.
 */
export class InterviewGroups {
	private readonly groupOf: number[] = [];
	private readonly added: InterviewRecord[] = [];
	/** The interviews by group, once placed. */
	private placed: InterviewRecord[] = [];
	/** Group g is placed[starts[g], starts[g + 1]). */
	private readonly starts: Int32Array;

	constructor(readonly groups: number) {
		this.starts = new Int32Array(groups + 1);
	}

	add(group: number, interview: InterviewRecord): void {
		this.groupOf.push(group);
		this.added.push(interview);
		this.starts[group + 1] = (this.starts[group + 1] as number) + 1;
	}

	/** Places the interviews added so far; the spans read from then on. */
	place(): void {
		const starts = this.starts;
		for (let g = 0; g < this.groups; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
		const next = starts.slice(0, this.groups);
		const placed = new Array<InterviewRecord>(this.added.length);
		for (let i = 0; i < this.added.length; i++) {
			const g = this.groupOf[i] as number;
			placed[next[g] as number] = this.added[i] as InterviewRecord;
			next[g] = (next[g] as number) + 1;
		}
		this.placed = placed;
	}

	/** A group's interviews, in the order they were added. */
	span(group: number): InterviewSpan {
		return { list: this.placed, from: this.starts[group] as number, to: this.starts[group + 1] as number };
	}
}
