import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUEUE_GROUPS, type QueueGroupKey } from "../../src/domain/follow-ups/queue-groups";
import { QUEUE_PAGE, QueueWindows, ROW_BUDGET, type GroupTotals } from "../../src/ui/queue-window";

function totals(overdue: number, today = 0, next = 0, later = 0, anytime = 0): GroupTotals {
	return { overdue, today, next_7_days: next, later, anytime };
}

function shownCount(windows: QueueWindows, t: GroupTotals): number {
	const slices = windows.slices(t);
	return QUEUE_GROUPS.reduce((sum, key) => sum + slices[key].end - slices[key].start, 0);
}

describe("QueueWindows", () => {
	it("shows the first page of each group, whole groups when they are short", () => {
		const slices = new QueueWindows().slices(totals(3, 100, 0, 41, 40));
		expect(slices.overdue).toEqual({ start: 0, end: 3, total: 3 });
		expect(slices.today).toEqual({ start: 0, end: QUEUE_PAGE, total: 100 });
		expect(slices.later).toEqual({ start: 0, end: QUEUE_PAGE, total: 41 });
		expect(slices.anytime).toEqual({ start: 0, end: 40, total: 40 });
	});

	it("makes room for more of one group by taking rows from the others, the last first", () => {
		const t = totals(5000, 5000, 5000, 5000, 5000);
		const windows = new QueueWindows();
		windows.showMore("today", t);
		const slices = windows.slices(t);
		expect(slices.today.end - slices.today.start).toBe(2 * QUEUE_PAGE);
		expect(slices.anytime.end - slices.anytime.start).toBe(0);
		expect(shownCount(windows, t)).toBe(ROW_BUDGET);
	});

	it("slides a group on once it fills the budget, and back with Show earlier", () => {
		const t = totals(5000);
		const windows = new QueueWindows();
		for (let i = 0; i < 6; i++) windows.showMore("overdue", t);
		expect(windows.slices(t).overdue).toEqual({ start: 2 * QUEUE_PAGE, end: 2 * QUEUE_PAGE + ROW_BUDGET, total: 5000 });
		windows.showEarlier("overdue", t);
		expect(windows.slices(t).overdue).toEqual({ start: QUEUE_PAGE, end: QUEUE_PAGE + ROW_BUDGET, total: 5000 });
		windows.reset();
		expect(windows.slices(t).overdue).toEqual({ start: 0, end: QUEUE_PAGE, total: 5000 });
	});

	it("keeps a window over rows that still exist when a group shrinks", () => {
		const windows = new QueueWindows();
		for (let i = 0; i < 8; i++) windows.showMore("later", totals(0, 0, 0, 5000));
		expect(windows.slices(totals(0, 0, 0, 150)).later).toEqual({ start: 0, end: 150, total: 150 });
	});

	it("never puts more than the budget in the DOM, and every row stays reachable", () => {
		const key = fc.constantFrom<QueueGroupKey>(...QUEUE_GROUPS);
		const size = fc.nat({ max: 3000 });
		const step = fc.record({ key, more: fc.boolean(), sizes: fc.tuple(size, size, size, size, size) });
		fc.assert(
			fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
				const windows = new QueueWindows();
				for (const { key: k, more, sizes } of steps) {
					const t = totals(...sizes);
					if (more) windows.showMore(k, t);
					else windows.showEarlier(k, t);
					expect(shownCount(windows, t)).toBeLessThanOrEqual(ROW_BUDGET);
					for (const group of QUEUE_GROUPS) {
						const slice = windows.slices(t)[group];
						expect(slice.start).toBeGreaterThanOrEqual(0);
						expect(slice.end).toBeLessThanOrEqual(slice.total);
					}
				}
				// From any state, the last row of any group can be brought into view.
				const t = totals(...(steps.at(-1)?.sizes ?? [500, 500, 500, 500, 500]));
				for (const group of QUEUE_GROUPS) {
					for (let i = 0; i < t[group] / QUEUE_PAGE + 2; i++) windows.showMore(group, t);
					const slice = windows.slices(t)[group];
					expect(slice.end).toBe(t[group]);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
