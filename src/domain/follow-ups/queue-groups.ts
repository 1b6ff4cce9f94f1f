import type { DateTime } from "luxon";
import type { QueueItem } from "./follow-up-items";
import { ZoneCalendar } from "../records/zone-calendar";

export const QUEUE_GROUPS = ["overdue", "today", "next_7_days", "later", "anytime"] as const;
export type QueueGroupKey = (typeof QUEUE_GROUPS)[number];

export const QUEUE_GROUP_LABELS: Readonly<Record<QueueGroupKey, string>> = {
	overdue: "Overdue",
	today: "Today",
	next_7_days: "Next 7 days",
	later: "Later",
	anytime: "Anytime",
};

export interface QueueGroup {
	readonly key: QueueGroupKey;
	readonly label: string;
	readonly items: readonly QueueItem[];
}

/** The instants that separate the groups at a given moment, in the queue's zone. */
export interface GroupBounds {
	readonly nowMs: number;
	/** The last millisecond of today. */
	readonly todayEndMs: number;
	/** The last millisecond of the seventh day after today. */
	readonly weekEndMs: number;
}

export function groupBounds(now: DateTime | number, zone: string): GroupBounds {
	const nowMs = typeof now === "number" ? now : now.toMillis();
	const calendar = ZoneCalendar.of(zone);
	const today = calendar.dayStart(nowMs);
	return {
		nowMs,
		todayEndMs: calendar.addWholeDays(today, 1) - 1,
		weekEndMs: calendar.addWholeDays(today, 8) - 1,
	};
}

/**
 * Which group an item belongs in: overdue (due before now), today (due from now to the
 * end of today), the next 7 days (tomorrow through the seventh day after today),
 * later, or anytime (no due time).
 */
export function groupOf(item: Pick<QueueItem, "dueMs">, bounds: GroupBounds): QueueGroupKey {
	const due = item.dueMs;
	if (due === null) return "anytime";
	if (due < bounds.nowMs) return "overdue";
	if (due <= bounds.todayEndMs) return "today";
	if (due <= bounds.weekEndMs) return "next_7_days";
	return "later";
}

/** Splits a queue into its five groups, always all five and in display order; items keep their order. */
export function groupItems(items: readonly QueueItem[], now: DateTime | number, zone: string): QueueGroup[] {
	const bounds = groupBounds(now, zone);
	const byKey = new Map<QueueGroupKey, QueueItem[]>(QUEUE_GROUPS.map((key) => [key, []]));
	for (const item of items) byKey.get(groupOf(item, bounds))?.push(item);
	return QUEUE_GROUPS.map((key) => ({ key, label: QUEUE_GROUP_LABELS[key], items: byKey.get(key) ?? [] }));
}

/** A list in queue order that finds positions by search, as `SortedBlocks` does. */
export interface SearchableList {
	readonly length: number;
	/** The first position whose item satisfies `after`, false for a prefix of the list and true for the rest. */
	firstWhere(after: (item: QueueItem) => boolean): number;
}

/** Positions [start, end) of one group in a list. */
export interface GroupRange {
	readonly start: number;
	readonly end: number;
}

/**
 * Where each group lies in a list in queue order, found by search rather than by reading
 * every item: the list is ordered by due time, anytime last, so each group is one stretch
 * of it. Agrees with `groupOf` item by item.
 */
export function groupRanges(list: SearchableList, bounds: GroupBounds): Record<QueueGroupKey, GroupRange> {
	const overdueEnd = list.firstWhere((item) => item.dueMs === null || item.dueMs >= bounds.nowMs);
	const todayEnd = list.firstWhere((item) => item.dueMs === null || item.dueMs > bounds.todayEndMs);
	const weekEnd = list.firstWhere((item) => item.dueMs === null || item.dueMs > bounds.weekEndMs);
	const datedEnd = list.firstWhere((item) => item.dueMs === null);
	return {
		overdue: { start: 0, end: overdueEnd },
		today: { start: overdueEnd, end: todayEnd },
		next_7_days: { start: todayEnd, end: weekEnd },
		later: { start: weekEnd, end: datedEnd },
		anytime: { start: datedEnd, end: list.length },
	};
}

/** How many items of a list in queue order are overdue at `nowMs`. */
export function overdueIn(list: SearchableList, nowMs: number): number {
	return list.firstWhere((item) => item.dueMs === null || item.dueMs >= nowMs);
}
