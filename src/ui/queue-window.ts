import { QUEUE_GROUPS, type QueueGroupKey } from "../domain/follow-ups/queue-groups";

/** Rows a group shows at first, and how many more each "Show more" adds. */
export const QUEUE_PAGE = 40;
/** The most rows the view puts in the DOM at once, whatever the length of the queue. */
export const ROW_BUDGET = 200;
/**
 * Rows drawn before the view first shows: more than a sidebar has room for. The rest of
 * the budget follows on the next frame, so that opening the view never waits for rows
 * nobody can see yet.
 */
export const FIRST_PAINT_ROWS = 20;

/** The part of a group the user asked to see: `count` rows from `start`. */
export interface GroupWindow {
	start: number;
	count: number;
}

/** Rows [start, end) of a group that are in the DOM. */
export interface GroupSlice {
	readonly start: number;
	readonly end: number;
	readonly total: number;
}

export type GroupTotals = Readonly<Record<QueueGroupKey, number>>;

/**
 * What the user asked to see of each group. Five groups of one page each fill the budget;
 * showing more of one group takes rows from the others, later groups first, so that the
 * DOM never holds more than ROW_BUDGET rows. A group that grew past the budget slides on:
 * its first rows give way ("Show earlier" brings them back).
 */
export class QueueWindows {
	private readonly windows = new Map<QueueGroupKey, GroupWindow>();

	constructor() {
		this.reset();
	}

	/** Every group back to its first page (a new filter, say). */
	reset(): void {
		for (const key of QUEUE_GROUPS) this.windows.set(key, { start: 0, count: QUEUE_PAGE });
	}

	private window(key: QueueGroupKey): GroupWindow {
		let window = this.windows.get(key);
		if (window === undefined) this.windows.set(key, (window = { start: 0, count: QUEUE_PAGE }));
		return window;
	}

	/**
	 * The rows of each group in the DOM, for the groups' current sizes: each group's window,
	 * kept within its items, then within what the budget (at most ROW_BUDGET) leaves in
	 * display order.
	 */
	slices(totals: GroupTotals, budget = ROW_BUDGET): Record<QueueGroupKey, GroupSlice> {
		let left = Math.min(budget, ROW_BUDGET);
		const result = {} as Record<QueueGroupKey, GroupSlice>;
		for (const key of QUEUE_GROUPS) {
			const total = totals[key];
			const window = this.window(key);
			// Items may have left since the window was set: keep it over rows that exist.
			const start = Math.max(0, Math.min(window.start, total - window.count));
			const end = Math.min(total, start + window.count, start + left);
			result[key] = { start, end, total };
			left -= end - start;
		}
		return result;
	}

	/** Shows up to a page more of a group, making room in the others. */
	showMore(key: QueueGroupKey, totals: GroupTotals): void {
		const window = this.window(key);
		const start = Math.max(0, Math.min(window.start, totals[key] - window.count));
		window.start = start;
		window.count += QUEUE_PAGE;
		if (window.count > ROW_BUDGET) {
			window.start += window.count - ROW_BUDGET;
			window.count = ROW_BUDGET;
		}
		this.makeRoomFor(key, totals);
	}

	/** Shows the page before the first row shown of a group. */
	showEarlier(key: QueueGroupKey, totals: GroupTotals): void {
		const window = this.window(key);
		const start = Math.max(0, Math.min(window.start, totals[key] - window.count));
		window.start = Math.max(0, start - QUEUE_PAGE);
		this.makeRoomFor(key, totals);
	}

	/** Shrinks the other groups, the last first, until everything fits the budget. */
	private makeRoomFor(key: QueueGroupKey, totals: GroupTotals): void {
		const shown = (k: QueueGroupKey): number => Math.min(this.window(k).count, totals[k]);
		let used = QUEUE_GROUPS.reduce((sum, k) => sum + shown(k), 0);
		for (const other of [...QUEUE_GROUPS].reverse()) {
			if (used <= ROW_BUDGET) return;
			if (other === key) continue;
			const window = this.window(other);
			const cut = Math.min(shown(other), used - ROW_BUDGET);
			window.count = shown(other) - cut;
			used -= cut;
		}
	}
}
