import { compareItems, type QueueItem } from "./follow-up-items";
import { lowerBound, mergeSorted } from "./queue-order";
import { SortedBlocks, type ItemList } from "./sorted-blocks";

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

/** Late confirmations all share one due time and kind, so they follow each other by path. */
function byPath(a: QueueItem, b: QueueItem): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The shown list at one instant: the items not late, with the late confirmations, due at
 * that instant, as one run where the instant falls. The run's items are made due "now"
 * only when read, so moving the list to a new instant costs nothing per late item.
 */
class WithLateRun implements ItemList {
	/** Where the run begins. */
	private readonly split: number;
	private readonly copies: (QueueItem | undefined)[];
	/** The whole list made out, when an item of `main` ties with the run and must mix with it by path. */
	private readonly mixed: SortedBlocks | null = null;
	private flat: readonly QueueItem[] | null = null;

	constructor(
		private readonly main: SortedBlocks,
		private readonly late: readonly QueueItem[],
		private readonly nowMs: number,
	) {
		this.copies = new Array<QueueItem | undefined>(late.length);
		const first = this.copy(0);
		this.split = first === undefined ? main.length : main.firstWhere((item) => compareItems(item, first) >= 0);
		// Another confirmation due exactly now, not late: rare enough to make the list out.
		if (first !== undefined && main.at(this.split)?.sortKey === first.sortKey) {
			const run = late.map((_, i) => this.copy(i) as QueueItem);
			this.mixed = SortedBlocks.of(mergeSorted(main.toArray(), run));
		}
	}

	private copy(j: number): QueueItem | undefined {
		let copy = this.copies[j];
		if (copy === undefined) {
			const item = this.late[j];
			if (item === undefined) return undefined;
			copy = this.copies[j] = item.withDue(this.nowMs, false);
		}
		return copy;
	}

	get length(): number {
		return this.main.length + this.late.length;
	}

	at(index: number): QueueItem | undefined {
		if (this.mixed !== null) return this.mixed.at(index);
		if (index < this.split) return this.main.at(index);
		if (index < this.split + this.late.length) return this.copy(index - this.split);
		return this.main.at(index - this.late.length);
	}

	slice(start: number, end: number): QueueItem[] {
		if (this.mixed !== null) return this.mixed.slice(start, end);
		const runEnd = this.split + this.late.length;
		const from = Math.max(0, start);
		const to = Math.min(end, this.length);
		const out = this.main.slice(from, Math.min(to, this.split));
		for (let i = Math.max(from, this.split); i < Math.min(to, runEnd); i++) out.push(this.copy(i - this.split) as QueueItem);
		if (to > runEnd) for (const item of this.main.slice(Math.max(from, runEnd) - this.late.length, to - this.late.length)) out.push(item);
		return out;
	}

	firstWhere(after: (item: QueueItem) => boolean): number {
		if (this.mixed !== null) return this.mixed.firstWhere(after);
		// The items of `main` keep their order, so the search holds for them alone.
		const inMain = this.main.firstWhere(after);
		if (inMain < this.split) return inMain;
		let low = 0;
		let high = this.late.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (after(this.copy(mid) as QueueItem)) high = mid;
			else low = mid + 1;
		}
		return low < this.late.length ? this.split + low : inMain + this.late.length;
	}

	toArray(): readonly QueueItem[] {
		this.flat ??= this.slice(0, this.length);
		return this.flat;
	}

	[Symbol.iterator](): Iterator<QueueItem> {
		return this.toArray()[Symbol.iterator]();
	}
}

/**
 * The items shown at one instant, in queue order, kept up to date as items come and go
 * and as the clock moves, so that reading the queue after a change costs what changed
 * rather than a pass over every item. Until the first instant at which some item
 * appears, goes or turns late (`validUntil`), the same items are shown; the late
 * confirmations, due "now", are kept apart and placed where the instant falls when read.
 * Every list handed out stays as it was.
 */
export class ShownList {
	/** The shown items that are not late. */
	private main: SortedBlocks;
	/** The late confirmations as they are in the queue (not due now), in path order. */
	private late: readonly QueueItem[];
	private readonly lateSet = new Set<QueueItem>();
	private nowMs: number;
	private validUntil = Number.POSITIVE_INFINITY;
	private read: ItemList | null = null;

	/** The list at `nowMs` from every item in queue order, shown or not. */
	constructor(sorted: Iterable<QueueItem>, nowMs: number) {
		this.nowMs = nowMs;
		const shown: QueueItem[] = [];
		const late: QueueItem[] = [];
		for (const item of sorted) {
			const change = changeAfter(item, nowMs);
			if (change < this.validUntil) this.validUntil = change;
			if (!item.shownAt(nowMs)) continue;
			if (isLate(item, nowMs)) {
				late.push(item);
				this.lateSet.add(item);
			} else shown.push(item);
		}
		this.main = SortedBlocks.of(shown);
		this.late = late.sort(byPath);
	}

	/** Whether `update` can bring the list to `nowMs`: no item appears, goes or turns late in between. */
	covers(nowMs: number): boolean {
		return nowMs >= this.nowMs && nowMs < this.validUntil;
	}

	/** The list as it stands: one list per instant and state, so that a new instant reads as a new list. */
	get items(): ItemList {
		this.read ??= this.late.length === 0 ? this.main.again() : new WithLateRun(this.main, this.late, this.nowMs);
		return this.read;
	}

	/** Moves the list to `nowMs`, which it must cover, taking in the items that left and came since. */
	update(nowMs: number, removed: Iterable<QueueItem>, added: Iterable<QueueItem>): void {
		const out: QueueItem[] = [];
		const into: QueueItem[] = [];
		let late: QueueItem[] | null = null;
		for (const item of removed) {
			if (this.lateSet.delete(item)) {
				late ??= this.late.slice();
				late.splice(lowerBound(late, item, byPath), 1);
			} else if (item.shownAt(this.nowMs)) out.push(item);
		}
		if (nowMs !== this.nowMs) this.read = null;
		this.nowMs = nowMs;
		for (const item of added) {
			const change = changeAfter(item, nowMs);
			if (change < this.validUntil) this.validUntil = change;
			if (!item.shownAt(nowMs)) continue;
			if (isLate(item, nowMs)) {
				late ??= this.late.slice();
				late.splice(lowerBound(late, item, byPath), 0, item);
				this.lateSet.add(item);
			} else into.push(item);
		}
		if (late !== null) {
			this.late = late;
			this.read = null;
		}
		if (out.length + into.length > 0) {
			this.main = this.main.edit(out, into);
			this.read = null;
		}
	}
}
