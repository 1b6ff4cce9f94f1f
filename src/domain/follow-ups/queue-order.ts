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

/** The first position in sorted[from, to) whose item does not come before `item` in the order `compare` gives. */
export function lowerBound(sorted: readonly QueueItem[], item: QueueItem, compare = compareItems, from = 0, to = sorted.length): number {
	let low = from;
	let high = to;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compare(sorted[mid] as QueueItem, item) < 0) low = mid + 1;
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
		if (!item.shownAt(nowMs)) continue;
		if (item.dueNowWhenLate && item.dueMs !== null && item.dueMs < nowMs) late.push(item.withDue(nowMs, false));
		else shown.push(item);
	}
	return late.length === 0 ? shown : mergeSorted(shown, late.sort(compareItems));
}

/** Sorts a short run of items in place by insertion: most groups of ties are a handful. */
function insertionSort(items: QueueItem[], from: number, to: number): void {
	for (let i = from + 1; i < to; i++) {
		const item = items[i] as QueueItem;
		let j = i - 1;
		while (j >= from && compareItems(items[j] as QueueItem, item) > 0) {
			items[j + 1] = items[j] as QueueItem;
			j--;
		}
		items[j + 1] = item;
	}
}

/**
 * Paths made by joining strings (a folder and a name) are kept by V8 as ropes, which
 * compare several times slower than flat strings; taking a substring flattens the rope in
 * place, once, for every holder of that string. Comparing paths is most of a queue's sort.
 */
function flatten(text: string): string {
	return text.slice(0, 1);
}

function sortSlice(items: QueueItem[], from: number, to: number): void {
	const part = items.slice(from, to).sort(compareItems);
	for (let i = 0; i < part.length; i++) items[from + i] = part[i] as QueueItem;
}

/**
 * Sorts items[from, to), which share a sort key, into queue order: by path, as their
 * due times and kinds are the same.
 */
function sortTies(items: QueueItem[], from: number, to: number): void {
	const first = items[from] as QueueItem;
	let sameKind = true;
	for (let i = from; i < to; i++) {
		const item = items[i] as QueueItem;
		// Used, so that the flattening is not optimized away.
		if (flatten(item.path) === "") sameKind = false;
		// Keys of far-off dates can coincide for different due times or kinds: compare fully.
		if (item.dueMs !== first.dueMs || item.rank !== first.rank) sameKind = false;
	}
	if (!sameKind) {
		sortSlice(items, from, to);
		return;
	}
	if (to - from <= 12) insertionSort(items, from, to);
	else sortSlice(items, from, to);
}

/** The position of `key` in the ascending, duplicate-free keys[0, length). */
function keyIndex(keys: Float64Array, length: number, key: number): number {
	let low = 0;
	let high = length - 1;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((keys[mid] as number) < key) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * Sorts items into queue order, in place. The same order as `sort(compareItems)`, found
 * faster: the items' numeric sort keys (due time and kind) are sorted natively, each item
 * is placed into its key's bucket, and only items within a bucket are compared by path.
 * A queue has many items due at the same moment (every whole-day item of a day shares
 * one), and comparing paths is what a plain sort spends its time on.
 */
export function sortItems(items: QueueItem[]): QueueItem[] {
	const n = items.length;
	if (n < 2) return items;
	const keys = new Float64Array(n);
	for (let i = 0; i < n; i++) keys[i] = (items[i] as QueueItem).sortKey;
	const distinct = keys.slice().sort();
	let buckets = 0;
	for (let i = 0; i < n; i++) {
		const key = distinct[i] as number;
		if (buckets === 0 || key !== distinct[buckets - 1]) distinct[buckets++] = key;
	}
	// Counting sort by bucket: starts[b] is where bucket b begins in the sorted list.
	const bucketOf = new Int32Array(n);
	const starts = new Int32Array(buckets + 1);
	for (let i = 0; i < n; i++) {
		const b = keyIndex(distinct, buckets, keys[i] as number);
		bucketOf[i] = b;
		starts[b + 1] = (starts[b + 1] as number) + 1;
	}
	for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
	const next = starts.slice(0, buckets);
	const placed = items.slice();
	for (let i = 0; i < n; i++) {
		const b = bucketOf[i] as number;
		const at = next[b] as number;
		next[b] = at + 1;
		items[at] = placed[i] as QueueItem;
	}
	for (let b = 0; b < buckets; b++) {
		const from = starts[b] as number;
		const to = starts[b + 1] as number;
		if (to - from > 1) sortTies(items, from, to);
	}
	return items;
}
