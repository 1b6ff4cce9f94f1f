import { compareItems, type QueueItem } from "./follow-up-items";

/** Merges two lists already in queue order. */
export function mergeSorted(a: readonly QueueItem[], b: readonly QueueItem[]): QueueItem[] {
	const out: QueueItem[] = new Array<QueueItem>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = compareItems(a[i] as QueueItem, b[j] as QueueItem) <= 0 ? (a[i++] as QueueItem) : (b[j++] as QueueItem);
	while (i < a.length) out[k++] = a[i++] as QueueItem;
	while (j < b.length) out[k++] = b[j++] as QueueItem;
	return out;
}

/** The first position in a sorted list whose item does not come before `item`. */
export function lowerBound(sorted: readonly QueueItem[], item: QueueItem): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compareItems(sorted[mid] as QueueItem, item) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * The items of a sorted list that are shown at `nowMs`, in queue order; a confirmation
 * whose moment has passed is due now, which moves it to where now falls in the order.
 */
export function shownAt(sorted: readonly QueueItem[], nowMs: number): QueueItem[] {
	const shown: QueueItem[] = [];
	const late: QueueItem[] = [];
	for (const item of sorted) {
		if (nowMs < item.shownFrom || nowMs >= item.shownUntil) continue;
		if (item.dueNowWhenLate && item.dueMs !== null && item.dueMs < nowMs) late.push(item.withDue(nowMs, false));
		else shown.push(item);
	}
	return late.length === 0 ? shown : mergeSorted(shown, late.sort(compareItems));
}

/**
 * Sorts items into queue order, in place. The same order as `sort(compareItems)`, found
 * faster: items are grouped by due time and kind, the groups ordered by a native numeric
 * sort, and only items within a group are compared by path. A queue has many items due
 * at the same moment (every whole-day item of a day shares one), and comparing paths is
 * what a plain sort spends its time on.
 */
export function sortItems(items: QueueItem[]): QueueItem[] {
	const groups = new Map<number, QueueItem[]>();
	for (const item of items) {
		// Exact for every real date; were two keys ever to collide, compareItems still orders the group.
		const key = item.dueMs === null ? Number.POSITIVE_INFINITY : item.dueMs * 8 + item.rank;
		const group = groups.get(key);
		if (group === undefined) groups.set(key, [item]);
		else group.push(item);
	}
	let next = 0;
	for (const key of Float64Array.from(groups.keys()).sort()) {
		const group = groups.get(key) ?? [];
		if (group.length > 1) group.sort(compareItems);
		for (const item of group) items[next++] = item;
	}
	return items;
}
