import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_KINDS, QueueItem } from "../../../src/domain/follow-ups/follow-up-items";
import { shownAt, sortItems } from "../../../src/domain/follow-ups/queue-order";
import { ShownList } from "../../../src/domain/follow-ups/queue-shown";

const HOUR = 3_600_000;
const START = 1_790_000_000_000;
const PATHS = ["A.md", "B.md", "a.md", "Contacts/Ana.md", "Interviews/I1.md", "Interviews/I10.md", "Interviews/I2.md"];

/** An instant a few hours either side of START: items appear, go and turn late while the test's clock moves. */
const instant = fc.integer({ min: -6, max: 6 }).map((h) => START + h * HOUR);

/** An item with a window and a due time near START; a confirmation turns due "now" once late. */
const item = fc
	.record({
		kind: fc.constantFrom(...FOLLOW_UP_KINDS),
		path: fc.constantFrom(...PATHS),
		dueMs: fc.oneof(fc.constant(null), instant),
		shownFrom: fc.oneof(fc.constant(Number.NEGATIVE_INFINITY), instant),
		shownUntil: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), instant),
	})
	.map(({ kind, path, dueMs, shownFrom, shownUntil }) => {
		const dueNowWhenLate = kind === "confirm";
		return new QueueItem({ kind, path, contact: null, person: "P", dueMs, allDay: false, shownFrom, shownUntil, dueNowWhenLate }, "UTC");
	});

/** One step: the clock moves on by some minutes (or not), some items leave, some come. */
const step = fc.record({
	minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
	leave: fc.array(fc.nat(), { maxLength: 3 }),
	come: fc.array(item, { maxLength: 3 }),
});

/** What a reader sees of the list: ids, due times and whether due is "now". */
const seen = (items: readonly QueueItem[]) => items.map((i) => `${i.id} @ ${String(i.dueMs)}${i.allDay ? " (day)" : ""}`);

describe("the list shown at an instant", () => {
	it("never shows an item whose window opens after every date or closes before every date", () => {
		const windowed = (path: string, shownFrom: number, shownUntil: number) =>
			new QueueItem({ kind: "thank_you", path, contact: null, person: "P", dueMs: START, allDay: false, shownFrom, shownUntil, dueNowWhenLate: false }, "UTC");
		const never = windowed("Never.md", Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
		const gone = windowed("Gone.md", Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY);
		const always = windowed("Always.md", Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
		expect([never.shownFrom, gone.shownUntil]).toEqual([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
		expect(seen(shownAt(sortItems([never, gone, always]), START))).toEqual(seen([always]));
		expect(seen(new ShownList(sortItems([never, gone, always]), START).items.toArray())).toEqual(seen([always]));
	});

	it("kept up to date as items come and go and the clock moves, equals the list made afresh", () => {
		fc.assert(
			fc.property(fc.array(item, { maxLength: 25 }), instant, fc.array(step, { maxLength: 12 }), (start, from, steps) => {
				// One item per id, as in a queue.
				const byId = new Map(start.map((i) => [i.id, i]));
				let now = from;
				let list = new ShownList(sortItems([...byId.values()]), now);
				for (const { minutes, leave, come } of steps) {
					now += minutes * 60_000;
					const ids = [...byId.keys()];
					const removed = new Set<QueueItem>();
					for (const n of leave) {
						const id = ids[n % Math.max(1, ids.length)];
						const gone = id === undefined ? undefined : byId.get(id);
						if (gone === undefined) continue;
						removed.add(gone);
						byId.delete(gone.id);
					}
					const added = new Set<QueueItem>();
					for (const fresh of come) {
						const old = byId.get(fresh.id);
						// As the queue does: an item that came and went again before the list was read is no change.
						if (old !== undefined && !added.delete(old)) removed.add(old);
						byId.set(fresh.id, fresh);
						added.add(fresh);
					}
					const fresh = shownAt(sortItems([...byId.values()]), now);
					if (list.covers(now)) list.update(now, removed, added);
					else list = new ShownList(sortItems([...byId.values()]), now);
					const items = list.items;
					expect(seen(items.toArray())).toEqual(seen(fresh));
					// Read as a view reads it: by position, by window, and by searching for a due time.
					expect(items.length).toBe(fresh.length);
					for (let i = 0; i < fresh.length; i++) expect(items.at(i)?.id).toBe(fresh[i]?.id);
					for (const [from, to] of [[0, 3], [2, 9], [5, fresh.length]] as const) expect(seen(items.slice(from, to))).toEqual(seen(fresh.slice(from, to)));
					for (const bound of [now - HOUR, now, now + 1, now + HOUR]) {
						const after = (i: QueueItem) => i.dueMs === null || i.dueMs >= bound;
						const index = fresh.findIndex(after);
						expect(items.firstWhere(after)).toBe(index === -1 ? fresh.length : index);
					}
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it("mixes late confirmations by path with a confirmation due exactly now", () => {
		const confirm = (path: string, dueMs: number) =>
			new QueueItem({ kind: "confirm", path, contact: null, person: "P", dueMs, allDay: false, shownFrom: Number.NEGATIVE_INFINITY, shownUntil: Number.POSITIVE_INFINITY, dueNowWhenLate: true }, "UTC");
		const items = sortItems([confirm("A.md", START - HOUR), confirm("B.md", START), confirm("C.md", START - 2 * HOUR)]);
		const list = new ShownList(items, START);
		expect(seen(list.items.toArray())).toEqual(seen(shownAt(items, START)));
		expect(list.items.toArray().map((i) => i.path)).toEqual(["A.md", "B.md", "C.md"]);
		expect(list.items.firstWhere((i) => i.path >= "B.md")).toBe(1);
	});

	it("never changes a list it has handed out", () => {
		const soon = new QueueItem({ kind: "prepare", path: "B.md", contact: null, person: "P", dueMs: START + HOUR, allDay: false, shownFrom: Number.NEGATIVE_INFINITY, shownUntil: Number.POSITIVE_INFINITY, dueNowWhenLate: false }, "UTC");
		const later = new QueueItem({ kind: "prepare", path: "A.md", contact: null, person: "P", dueMs: START + 2 * HOUR, allDay: false, shownFrom: Number.NEGATIVE_INFINITY, shownUntil: Number.POSITIVE_INFINITY, dueNowWhenLate: false }, "UTC");
		const list = new ShownList([soon], START);
		const first = list.items;
		list.update(START, [soon], [later]);
		expect(seen(first.toArray())).toEqual(seen([soon]));
		expect(seen(list.items.toArray())).toEqual(seen([later]));
	});
});
