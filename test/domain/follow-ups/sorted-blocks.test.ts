import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareItems, FOLLOW_UP_KINDS, QueueItem } from "../../../src/domain/follow-ups/follow-up-items";
import { SortedBlocks } from "../../../src/domain/follow-ups/sorted-blocks";

const START = 1_790_000_000_000;

/** Items with few due times and paths, so that ties and neighbours are the rule. */
function itemOf(kind: number, path: number, hour: number | null): QueueItem {
	const dueMs = hour === null ? null : START + hour * 3_600_000;
	const fields = { kind: FOLLOW_UP_KINDS[kind % FOLLOW_UP_KINDS.length] ?? "reach_out", path: `Notes/N${path}.md`, contact: null, person: "P", dueMs, allDay: false };
	return new QueueItem({ ...fields, shownFrom: Number.NEGATIVE_INFINITY, shownUntil: Number.POSITIVE_INFINITY, dueNowWhenLate: false }, "UTC");
}

const item = fc.tuple(fc.nat(7), fc.nat(400), fc.option(fc.integer({ min: 0, max: 30 }))).map(([k, p, h]) => itemOf(k, p, h));

/** A batch of edits: indexes of present items to take out, and new items to put in. */
const batch = fc.record({ out: fc.array(fc.nat(), { maxLength: 40 }), into: fc.array(item, { maxLength: 120 }) });

const ids = (items: Iterable<QueueItem>) => [...items].map((i) => `${i.id}@${String(i.dueMs)}`);

describe("SortedBlocks", () => {
	it("edited batch by batch, reads like the sorted list, and earlier lists stay as they were", () => {
		fc.assert(
			fc.property(fc.array(item, { maxLength: 600 }), fc.array(batch, { maxLength: 8 }), (start, batches) => {
				let model = [...new Map(start.map((i) => [i.id, i])).values()].sort(compareItems);
				let list = SortedBlocks.of(model);
				const kept: [SortedBlocks, string[]][] = [];
				for (const { out, into } of batches) {
					kept.push([list, ids(model)]);
					const removed = new Set(out.map((n) => model[n % Math.max(1, model.length)]).filter((i): i is QueueItem => i !== undefined));
					const present = new Set(model.map((i) => i.id));
					const added = [...new Map(into.filter((i) => !present.has(i.id)).map((i) => [i.id, i])).values()];
					model = [...model.filter((i) => !removed.has(i)), ...added].sort(compareItems);
					list = list.edit(removed, added);
					expect(ids(list)).toEqual(ids(model));
					expect(list.length).toBe(model.length);
				}
				for (const [earlier, picture] of kept) expect(ids(earlier.toArray())).toEqual(picture);
				// Positions, windows and searches agree with the array.
				for (const at of [0, 1, model.length >> 1, model.length - 1, model.length]) expect(list.at(at)).toBe(model[at]);
				expect(ids(list.slice(3, 250))).toEqual(ids(model.slice(3, 250)));
				const bound = START + 12 * 3_600_000;
				const due = (i: QueueItem) => i.dueMs === null || i.dueMs >= bound;
				expect(list.firstWhere(due)).toBe(model.findIndex(due) === -1 ? model.length : model.findIndex(due));
			}),
			{ numRuns: 200 },
		);
	});
});
