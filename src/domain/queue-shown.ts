import { compareItems, type QueueItem } from "./follow-up-items";
import { lowerBound, mergeSorted } from "./queue-order";

/** A late confirmation is shown as due now, which moves it in the order as time passes. */
function isLate(item: QueueItem, nowMs: number): boolean {
	return item.dueNowWhenLate && item.dueMs !== null && item.dueMs < nowMs;
}

/** The first instant after `nowMs` at which the item appears, goes, or turns late; Infinity when never. */
function changeAfter(item: QueueItem, nowMs: number): number {
	let next = Number.POSITIVE_INFINITY;
	if (item.shownFrom > nowMs) next = item.shownFrom;
	if (item.shownUntil > nowMs && item.shownUntil < next) next = item.shownUntil;
	if (item.dueNowWhenLate && item.dueMs !== null && item.dueMs + 1 > nowMs && item.dueMs + 1 < next) next = item.dueMs + 1;
	return next;
}

/** Late copies beyond this many are cheaper to make again with the whole list. */
const MAX_MOVED = 4096;

/**
 * The items shown at one instant, in queue order, kept up to date as items come and go
 * and as the clock moves, so that reading the queue after a change costs what changed
 * rather than a pass over every item. Until the first instant at which some item
 * appears, goes or turns late (`validUntil`), the same items are shown; only the late
 * confirmations, due "now", are made anew and move, as one block, to the new now.
 * An array handed out is never changed afterwards: the next update works on a copy.
 */
export class ShownList {
	private list: QueueItem[];
	private nowMs: number;
	private validUntil = Number.POSITIVE_INFINITY;
	/** Each late confirmation's item → the copy due now that the list holds. */
	private readonly lateCopies = new Map<QueueItem, QueueItem>();
	private handedOut = false;

	/** The list at `nowMs` from every item in queue order, shown or not. */
	constructor(sorted: readonly QueueItem[], nowMs: number) {
		this.nowMs = nowMs;
		const shown: QueueItem[] = [];
		const late: QueueItem[] = [];
		for (const item of sorted) {
			const change = changeAfter(item, nowMs);
			if (change < this.validUntil) this.validUntil = change;
			if (!item.shownAt(nowMs)) continue;
			if (isLate(item, nowMs)) late.push(this.lateCopy(item, nowMs));
			else shown.push(item);
		}
		this.list = late.length === 0 ? shown : mergeSorted(shown, late.sort(compareItems));
	}

	/** Whether `update` can bring the list to `nowMs`: no item appears, goes or turns late in between. */
	covers(nowMs: number): boolean {
		return nowMs >= this.nowMs && nowMs < this.validUntil;
	}

	/** The list as it stands; it stays as it is whatever happens later. */
	read(): readonly QueueItem[] {
		this.handedOut = true;
		return this.list;
	}

	/**
	 * Moves the list to `nowMs` (which it must cover) and takes in the items that left
	 * and came since. Returns false when that cannot be done in place (the late block
	 * would mix with other items), and the list must be made again.
	 */
	update(nowMs: number, removed: Iterable<QueueItem>, added: Iterable<QueueItem>): boolean {
		if (this.handedOut) {
			this.list = this.list.slice();
			this.handedOut = false;
		}
		if (nowMs !== this.nowMs && this.lateCopies.size > 0 && !this.moveLate(nowMs)) return false;
		this.nowMs = nowMs;
		for (const item of removed) {
			const copy = this.lateCopies.get(item);
			if (copy !== undefined) this.lateCopies.delete(item);
			else if (!item.shownAt(nowMs)) continue;
			this.remove(copy ?? item);
		}
		for (const item of added) {
			const change = changeAfter(item, nowMs);
			if (change < this.validUntil) this.validUntil = change;
			if (!item.shownAt(nowMs)) continue;
			this.insert(isLate(item, nowMs) ? this.lateCopy(item, nowMs) : item);
		}
		return true;
	}

	private lateCopy(item: QueueItem, nowMs: number): QueueItem {
		const copy = item.withDue(nowMs, false);
		this.lateCopies.set(item, copy);
		return copy;
	}

	private remove(item: QueueItem): void {
		const at = lowerBound(this.list, item);
		if (this.list[at] === item) this.list.splice(at, 1);
	}

	private insert(item: QueueItem): void {
		this.list.splice(lowerBound(this.list, item), 0, item);
	}

	/**
	 * The late confirmations, all due at the old now, sit together in path order, and
	 * none turned late or stopped showing since (`validUntil`): they move as one block,
	 * past the items that fell due in between, to the new now.
	 */
	private moveLate(nowMs: number): boolean {
		const size = this.lateCopies.size;
		if (size > MAX_MOVED) return false;
		const copies = new Set(this.lateCopies.values());
		let first: QueueItem | undefined;
		for (const copy of copies) if (first === undefined || compareItems(copy, first) < 0) first = copy;
		if (first === undefined) return true;
		const start = lowerBound(this.list, first);
		for (let i = start; i < start + size; i++) {
			const item = this.list[i];
			if (item === undefined || !copies.has(item)) return false;
		}
		const originals = new Map<QueueItem, QueueItem>();
		for (const [item, copy] of this.lateCopies) originals.set(copy, item);
		const block = this.list.splice(start, size).map((copy) => this.lateCopy(originals.get(copy) ?? copy, nowMs));
		const key = (block[0] as QueueItem).sortKey;
		const at = lowerBound(this.list, block[0] as QueueItem);
		// Another item due exactly at the new now would have to mix with the block by path.
		if (this.list[at - 1]?.sortKey === key || this.list[at]?.sortKey === key) return false;
		this.list.splice(at, 0, ...block);
		return true;
	}
}
