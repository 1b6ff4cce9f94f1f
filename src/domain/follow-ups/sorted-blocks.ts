import { compareItems, type QueueItem } from "./follow-up-items";
import { lowerBound } from "./queue-order";

/** Items per block when a list is cut into blocks; blocks grow to twice that before they split. */
const BLOCK = 256;

/** A list of items in queue order, read by position and searched, never changed once made. */
export interface ItemList extends Iterable<QueueItem> {
	readonly length: number;
	at(index: number): QueueItem | undefined;
	/** Items [start, end) as an array. */
	slice(start: number, end: number): QueueItem[];
	/** The first position whose item satisfies `after`, which must be false for a prefix of the list and true for the rest. */
	firstWhere(after: (item: QueueItem) => boolean): number;
	/** Every item in order, as one array. */
	toArray(): readonly QueueItem[];
}

function chunked(items: readonly QueueItem[]): QueueItem[][] {
	const blocks: QueueItem[][] = [];
	for (let i = 0; i < items.length; i += BLOCK) blocks.push(items.slice(i, i + BLOCK));
	return blocks;
}

/**
 * A list of items in queue order, held as blocks of a few hundred, that is never changed
 * once made: `edit` makes a new list that shares every block the edit left alone. So an
 * item comes or goes for the cost of one block and the block index, not of the whole
 * list, and a list handed to a reader stays as it was. Positions are found through the
 * blocks' starting positions.
 */
export class SortedBlocks implements ItemList {
	/** Position of each block's first item; one more entry holds the length. */
	private readonly starts: Int32Array;
	private flat: readonly QueueItem[] | null = null;

	/** `blocks` in order, none empty; the list keeps them and never changes them. */
	constructor(private readonly blocks: readonly (readonly QueueItem[])[]) {
		this.starts = new Int32Array(blocks.length + 1);
		for (let b = 0; b < blocks.length; b++) this.starts[b + 1] = (this.starts[b] as number) + (blocks[b] as readonly QueueItem[]).length;
	}

	/** A list of items already in queue order. */
	static of(sorted: readonly QueueItem[]): SortedBlocks {
		return new SortedBlocks(chunked(sorted));
	}

	get length(): number {
		return this.starts[this.blocks.length] as number;
	}

	/** The same items as a list of its own, which makes its own array when asked for one. */
	again(): SortedBlocks {
		return new SortedBlocks(this.blocks);
	}

	/** The block holding position `index` (0 ≤ index < length). */
	private blockAt(index: number): number {
		let low = 0;
		let high = this.blocks.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >>> 1;
			if ((this.starts[mid] as number) <= index) low = mid;
			else high = mid - 1;
		}
		return low;
	}

	at(index: number): QueueItem | undefined {
		if (index < 0 || index >= this.length) return undefined;
		const b = this.blockAt(index);
		return this.blocks[b]?.[index - (this.starts[b] as number)];
	}

	/** Items [start, end) as an array. */
	slice(start: number, end: number): QueueItem[] {
		const out: QueueItem[] = [];
		const to = Math.min(end, this.length);
		if (start >= to) return out;
		let b = this.blockAt(Math.max(0, start));
		let i = Math.max(0, start);
		while (i < to) {
			const block = this.blocks[b] as readonly QueueItem[];
			const offset = this.starts[b] as number;
			for (let k = i - offset; k < block.length && i < to; k++, i++) out.push(block[k] as QueueItem);
			b++;
		}
		return out;
	}

	/** The first position whose item satisfies `after`, which must be false for a prefix of the list and true for the rest. */
	firstWhere(after: (item: QueueItem) => boolean): number {
		let low = 0;
		let high = this.blocks.length;
		// The first block whose last item satisfies it, then the first such item in that block.
		while (low < high) {
			const mid = (low + high) >>> 1;
			const block = this.blocks[mid] as readonly QueueItem[];
			if (after(block[block.length - 1] as QueueItem)) high = mid;
			else low = mid + 1;
		}
		if (low === this.blocks.length) return this.length;
		const block = this.blocks[low] as readonly QueueItem[];
		let lo = 0;
		let hi = block.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (after(block[mid] as QueueItem)) hi = mid;
			else lo = mid + 1;
		}
		return (this.starts[low] as number) + lo;
	}

	/** Every item in order, as one array, made once. */
	toArray(): readonly QueueItem[] {
		if (this.flat === null) {
			const all: QueueItem[] = new Array<QueueItem>(this.length);
			let i = 0;
			for (const block of this.blocks) for (const item of block) all[i++] = item;
			this.flat = all;
		}
		return this.flat;
	}

	/** Over the flat array: a generator costs far more per item, and whole-queue passes read tens of thousands. */
	[Symbol.iterator](): Iterator<QueueItem> {
		return this.toArray()[Symbol.iterator]();
	}

	/** A new list with `removed` taken out (those present) and `added` put in, sharing untouched blocks. */
	edit(removed: Iterable<QueueItem>, added: Iterable<QueueItem>): SortedBlocks {
		const editor = new BlockEditor(this.blocks);
		for (const item of removed) editor.remove(item);
		for (const item of added) editor.insert(item);
		return editor.done();
	}
}

/** Edits a copy of the block index; a block is copied the first time an edit touches it. */
class BlockEditor {
	private readonly blocks: QueueItem[][];
	private readonly owned = new Set<QueueItem[]>();

	constructor(blocks: readonly (readonly QueueItem[])[]) {
		// The blocks are not changed here until copied (see `own`); the cast only spares a copy of each.
		this.blocks = blocks.slice() as QueueItem[][];
	}

	/** The block an item belongs in: the first whose last item does not come before it, else the last. */
	private blockFor(item: QueueItem): number {
		let low = 0;
		let high = this.blocks.length - 1;
		while (low < high) {
			const mid = (low + high) >>> 1;
			const block = this.blocks[mid] as QueueItem[];
			if (compareItems(block[block.length - 1] as QueueItem, item) < 0) low = mid + 1;
			else high = mid;
		}
		return low;
	}

	private own(b: number): QueueItem[] {
		let block = this.blocks[b] as QueueItem[];
		if (!this.owned.has(block)) {
			block = block.slice();
			this.blocks[b] = block;
			this.owned.add(block);
		}
		return block;
	}

	remove(item: QueueItem): void {
		if (this.blocks.length === 0) return;
		const b = this.blockFor(item);
		const block = this.blocks[b] as QueueItem[];
		const at = lowerBound(block, item);
		if (block[at] !== item) return;
		if (block.length === 1) {
			this.blocks.splice(b, 1);
			return;
		}
		this.own(b).splice(at, 1);
	}

	insert(item: QueueItem): void {
		if (this.blocks.length === 0) {
			const block = [item];
			this.owned.add(block);
			this.blocks.push(block);
			return;
		}
		const b = this.blockFor(item);
		const block = this.own(b);
		block.splice(lowerBound(block, item), 0, item);
		if (block.length > 2 * BLOCK) {
			const second = block.splice(BLOCK);
			this.owned.add(second);
			this.blocks.splice(b + 1, 0, second);
		}
	}

	done(): SortedBlocks {
		return new SortedBlocks(this.blocks);
	}
}
