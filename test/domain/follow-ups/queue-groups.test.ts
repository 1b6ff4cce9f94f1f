import { describe, expect, it } from "vitest";
import { isOverdue, makeItem, overdueCount, type QueueItem } from "../../../src/domain/follow-ups/item";
import type { FollowUpKind } from "../../../src/domain/follow-ups/kinds";
import { groupBounds, groupItems, groupOf } from "../../../src/domain/follow-ups/queue-groups";
import { at, NEW_YORK } from "../../builders/queue";

function itemDue(local: string | null, zone = NEW_YORK, kind: FollowUpKind = "follow_up", path = `Contacts/${local ?? "anytime"}.md`): QueueItem {
	const dueMs = local === null ? null : at(local, zone).toMillis();
	const window = { shownFrom: Number.NEGATIVE_INFINITY, shownUntil: Number.POSITIVE_INFINITY, dueNowWhenLate: false };
	return makeItem({ path, contact: path, person: "P", zone }, { kind, dueMs, allDay: false, ...window });
}

describe("groupItems", () => {
	const now = at("2026-11-23T09:00");

	it("puts each item in Overdue, Today, Next 7 days, Later or Anytime", () => {
		const cases: [string | null, string][] = [
			["2026-11-23T08:59", "overdue"],
			["2026-11-23T09:00", "today"],
			["2026-11-23T23:59:59.999", "today"],
			["2026-11-24T00:00", "next_7_days"],
			["2026-11-30T23:59:59.999", "next_7_days"],
			["2026-12-01T00:00", "later"],
			[null, "anytime"],
		];
		const bounds = groupBounds(now, NEW_YORK);
		for (const [due, group] of cases) expect(groupOf(itemDue(due), bounds), String(due)).toBe(group);
	});

	it("always returns the five groups in display order, keeping the items' order", () => {
		const items = [itemDue("2026-11-20T10:00"), itemDue("2026-11-23T10:00"), itemDue("2026-11-23T11:00"), itemDue(null)];
		const groups = groupItems(items, now, NEW_YORK);
		expect(groups.map((g) => [g.label, g.items.length])).toEqual([
			["Overdue", 1],
			["Today", 2],
			["Next 7 days", 0],
			["Later", 0],
			["Anytime", 1],
		]);
		expect(groups[1]?.items).toEqual([items[1], items[2]]);
	});

	it("draws the day lines in the zone, also on a 23-hour day", () => {
		// March 8, 2026 in New York lasts 23 hours; "today" still ends at local midnight.
		const bounds = groupBounds(at("2026-03-08T09:00"), NEW_YORK);
		expect(at("2026-03-08T09:00").set({ hour: 23, minute: 59, second: 59, millisecond: 999 }).toMillis()).toBe(bounds.todayEndMs);
		expect(at("2026-03-15T23:59:59.999").toMillis()).toBe(bounds.weekEndMs);
		// In Auckland Monday morning is already "today" when it is still Sunday in New York.
		const auckland = groupBounds(at("2026-11-23T09:00", "Pacific/Auckland"), "Pacific/Auckland");
		expect(groupOf(itemDue("2026-11-23T20:00", "Pacific/Auckland"), auckland)).toBe("today");
		expect(groupOf(itemDue("2026-11-24T00:00", "Pacific/Auckland"), auckland)).toBe("next_7_days");
	});
});

describe("overdue", () => {
	it("means due before now: not at the due instant itself, never for anytime", () => {
		const now = at("2026-11-23T09:00");
		const items = [itemDue("2026-11-23T08:59"), itemDue("2026-11-23T09:00"), itemDue(null), itemDue("2026-11-01T00:00")];
		expect(items.map((i) => isOverdue(i, now))).toEqual([true, false, false, true]);
		expect(overdueCount(items, now)).toBe(2);
	});
});
