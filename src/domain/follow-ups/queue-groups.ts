import type { DateTime } from "luxon";
import type { QueueItem } from "./item";
import { dayStartAfter } from "../records/wall-time";

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
	return { nowMs, todayEndMs: dayStartAfter(nowMs, 1, zone) - 1, weekEndMs: dayStartAfter(nowMs, 8, zone) - 1 };
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
