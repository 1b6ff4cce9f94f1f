import { compareItems, type QueueItem } from "./follow-up-items";
import { mergeSorted } from "./queue-order";
import { SortedBlocks } from "./sorted-blocks";

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

/**
 * The items shown at one instant, in queue order, kept up to date as items come and go
 * and as the clock moves, so that reading the queue after a change costs what changed
 * rather than a pass over every item. Until the first instant at which some item
 * appears, goes or turns late (`validUntil`), the same items are shown; only the late
 * confirmations, due "now", are made anew at each new instant and move to where it is.
 * Each state is a `SortedBlocks`, which never changes once handed out.
 */
export class ShownList {
	private list: SortedBlocks;
	private nowMs: number;
	private validUntil = Number.POSITIVE_INFINITY;
	/** Each late confirmation's item → the copy due now that the list holds. */
	private readonly lateCopies = new Map<QueueItem, QueueItem>();

	/** The list at `nowMs` from every item in queue order, shown or not. */
	constructor(sorted: Iterable<QueueItem>, nowMs: number) {
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
		this.list = SortedBlocks.of(late.length === 0 ? shown : mergeSorted(shown, late.sort(compareItems)));
	}

	/** Whether `update` can bring the list to `nowMs`: no item appears, goes or turns late in between. */
	covers(nowMs: number): boolean {
		return nowMs >= this.nowMs && nowMs < this.validUntil;
	}

	/** The list as it stands. */
	get items(): SortedBlocks {
		return this.list;
	}

	/** Moves the list to `nowMs`, which it must cover, taking in the items that left and came since. */
	update(nowMs: number, removed: Iterable<QueueItem>, added: Iterable<QueueItem>): void {
		const out: QueueItem[] = [];
		const into: QueueItem[] = [];
		for (const item of removed) {
			const copy = this.lateCopies.get(item);
			if (copy !== undefined) {
				this.lateCopies.delete(item);
				out.push(copy);
			} else if (item.shownAt(this.nowMs)) out.push(item);
		}
		if (nowMs !== this.nowMs) {
			for (const [item, copy] of this.lateCopies) {
				out.push(copy);
				into.push(this.lateCopy(item, nowMs));
			}
		}
		this.nowMs = nowMs;
		for (const item of added) {
			const change = changeAfter(item, nowMs);
			if (change < this.validUntil) this.validUntil = change;
			if (item.shownAt(nowMs)) into.push(isLate(item, nowMs) ? this.lateCopy(item, nowMs) : item);
		}
		this.list = this.list.edit(out, into);
	}

	private lateCopy(item: QueueItem, nowMs: number): QueueItem {
		const copy = item.withDue(nowMs, false);
		this.lateCopies.set(item, copy);
		return copy;
	}
}
