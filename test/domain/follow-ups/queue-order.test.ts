import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareItems, FOLLOW_UP_KINDS, QueueItem } from "../../../src/domain/follow-ups/follow-up-items";
import { lowerBound, mergeSorted, sortItems } from "../../../src/domain/follow-ups/queue-order";

const item = fc
	.record({
		kind: fc.constantFrom(...FOLLOW_UP_KINDS),
		path: fc.constantFrom("A.md", "B.md", "a.md", "Contacts/Ana.md", "Interviews/I1.md", "Interviews/I10.md", "Interviews/I2.md"),
		// Few distinct due times, so that ties are the rule, plus "anytime" and the largest date.
		dueMs: fc.oneof(fc.constantFrom(null, 8.64e15, -1000), fc.integer({ min: 0, max: 5 }).map((n) => 1_790_000_000_000 + n * 3_600_000)),
	})
	.map(({ kind, path, dueMs }) => {
		const window = { shownFrom: Number.NEGATIVE_INFINITY, shownUntil: Number.POSITIVE_INFINITY, dueNowWhenLate: false };
		return new QueueItem({ kind, path, contact: null, person: "P", dueMs, allDay: false, ...window }, "UTC");
	});

describe("queue order", () => {
	it("sortItems orders exactly as sorting with compareItems", () => {
		fc.assert(
			fc.property(fc.array(item, { maxLength: 60 }), (items) => {
				expect(sortItems([...items])).toEqual([...items].sort(compareItems));
			}),
			{ numRuns: 500 },
		);
	});

	it("merges and searches sorted lists", () => {
		fc.assert(
			fc.property(fc.array(item, { maxLength: 30 }), fc.array(item, { maxLength: 30 }), (a, b) => {
				const left = sortItems([...a]);
				const right = sortItems([...b]);
				const merged = mergeSorted(left, right);
				expect(merged.map((i) => i.id)).toEqual(sortItems([...a, ...b]).map((i) => i.id));
				for (const probe of b) {
					const at = lowerBound(left, probe);
					if (at > 0) expect(compareItems(left[at - 1] ?? probe, probe)).toBeLessThan(0);
					if (at < left.length) expect(compareItems(left[at] ?? probe, probe)).toBeGreaterThanOrEqual(0);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
