import type { QueueItem } from "../domain/follow-ups/item";
import { QUEUE_GROUPS, QUEUE_GROUP_LABELS, type QueueGroupKey } from "../domain/follow-ups/queue-groups";
import { QUEUE_PAGE, type GroupSlice } from "./queue-window";
import { setIcon } from "obsidian";
import { QueueRow, type RowContent, type RowHandlers } from "./queue-row";
import { setClass } from "./dom-class";

/** One group as the list shows it: which of its items are in the DOM, and those items. */
export interface ListGroup {
	readonly key: QueueGroupKey;
	readonly slice: GroupSlice;
	/** The group's items [slice.start, slice.end); none while it is collapsed. */
	readonly rows: readonly QueueItem[];
	readonly collapsed: boolean;
}

export interface ListHandlers extends RowHandlers {
	showMore(key: QueueGroupKey): void;
	showEarlier(key: QueueGroupKey): void;
	toggleGroup(key: QueueGroupKey): void;
}

/** A group's heading, its rows and the buttons for the rows not in the DOM. */
class GroupSection {
	readonly el: HTMLElement;
	readonly rowsEl: HTMLUListElement;
	private readonly toggleEl: HTMLButtonElement;
	private readonly countEl: HTMLElement;
	private readonly footerEl: HTMLElement;
	private footerKey = "";

	constructor(
		parent: HTMLElement,
		readonly key: QueueGroupKey,
		private readonly handlers: ListHandlers,
	) {
		this.el = parent.createDiv({ cls: ["ii-queue-group", `ii-queue-group-${key.replace(/_/g, "-")}`] });
		const heading = this.el.createEl("h3", { cls: "ii-queue-group-heading" });
		// The whole heading opens and closes the group, as a folder in the file explorer does.
		this.toggleEl = heading.createEl("button", { cls: "ii-queue-group-toggle", attr: { "aria-expanded": "true" } });
		setIcon(this.toggleEl.createSpan({ cls: "ii-queue-group-icon" }), "chevron-down");
		this.toggleEl.createSpan({ cls: "ii-queue-group-label", text: QUEUE_GROUP_LABELS[key] });
		this.countEl = this.toggleEl.createSpan({ cls: "ii-queue-group-count" });
		this.toggleEl.addEventListener("click", () => handlers.toggleGroup(key));
		this.rowsEl = this.el.createEl("ul", { cls: "ii-queue-rows", attr: { "aria-label": QUEUE_GROUP_LABELS[key] } });
		this.footerEl = this.el.createDiv({ cls: "ii-queue-more" });
	}

	update(slice: GroupSlice, collapsed: boolean): void {
		setClass(this.el, "ii-queue-hidden", slice.total === 0);
		setClass(this.el, "is-collapsed", collapsed);
		const expanded = collapsed ? "false" : "true";
		if (this.toggleEl.getAttr("aria-expanded") !== expanded) this.toggleEl.setAttr("aria-expanded", expanded);
		const count = String(slice.total);
		if (this.countEl.getText() !== count) {
			this.countEl.setText(count);
			// The count is a badge to the eye; read aloud, it needs words.
			this.toggleEl.setAttr("aria-label", `${QUEUE_GROUP_LABELS[this.key]}: ${slice.total === 1 ? "1 item" : `${count} items`}`);
		}
		const key = collapsed ? "collapsed" : `${slice.start}/${slice.end}/${slice.total}`;
		if (key === this.footerKey) return;
		this.footerKey = key;
		this.footerEl.empty();
		if (collapsed || (slice.start === 0 && slice.end === slice.total)) return;
		if (slice.end > slice.start) this.footerEl.createSpan({ cls: "ii-queue-range", text: `Showing ${slice.start + 1}–${slice.end} of ${slice.total}` });
		if (slice.start > 0) this.button("Show earlier", `Show earlier items in ${QUEUE_GROUP_LABELS[this.key]}`, () => this.handlers.showEarlier(this.key));
		const more = Math.min(QUEUE_PAGE, slice.total - slice.end);
		if (more > 0) this.button(`Show ${more} more`, `Show ${more} more in ${QUEUE_GROUP_LABELS[this.key]}`, () => this.handlers.showMore(this.key));
	}

	private button(text: string, label: string, onClick: () => void): void {
		this.footerEl.createEl("button", { cls: "ii-queue-more-button", text, attr: { "aria-label": label } }).addEventListener("click", onClick);
	}
}

/**
 * The grouped rows of the queue, kept in the DOM by item id: each render moves, adds and
 * removes only the rows that changed place or left, and rewrites only the rows whose
 * text changed, so a live update costs what changed rather than the whole list. One row
 * at a time holds the tab stop (a roving tabindex); the arrow keys move it.
 */
export class QueueList {
	readonly el: HTMLElement;
	private readonly sections = new Map<QueueGroupKey, GroupSection>();
	private readonly rows = new Map<string, QueueRow>();
	/** Rows in display order, as of the last render. */
	private order: QueueRow[] = [];
	private activeId: string | null = null;

	constructor(
		parent: HTMLElement,
		private readonly handlers: ListHandlers,
	) {
		this.el = parent.createDiv({ cls: "ii-queue-list" });
		for (const key of QUEUE_GROUPS) this.sections.set(key, new GroupSection(this.el, key, handlers));
	}

	/** How many rows are in the DOM. */
	get rowCount(): number {
		return this.rows.size;
	}

	render(groups: readonly ListGroup[], contentOf: (item: QueueItem) => RowContent): void {
		const focusedIndex = this.focusedIndex();
		const wanted = new Set<string>();
		const order: QueueRow[] = [];
		for (const group of groups) {
			const section = this.sections.get(group.key);
			if (section === undefined) continue;
			section.update(group.slice, group.collapsed);
			let cursor = section.rowsEl.firstChild;
			for (const item of group.rows) {
				const row = this.rowFor(item);
				row.update(contentOf(item));
				wanted.add(row.id);
				order.push(row);
				if (row.el === cursor) cursor = cursor.nextSibling;
				else section.rowsEl.insertBefore(row.el, cursor);
			}
		}
		for (const [id, row] of this.rows) {
			if (wanted.has(id)) continue;
			row.el.detach();
			this.rows.delete(id);
		}
		this.order = order;
		this.settleTabStop(focusedIndex);
	}

	private rowFor(item: QueueItem): QueueRow {
		const id = item.id;
		let row = this.rows.get(id);
		if (row === undefined) {
			row = new QueueRow(id, item.kind, this.handlers);
			this.rows.set(id, row);
		}
		return row;
	}

	/** Where focus was in the list before a render, by row position; null when it was elsewhere. */
	private focusedIndex(): number | null {
		const focused = this.el.doc.activeElement;
		if (!(focused instanceof HTMLElement) || !this.el.contains(focused)) return null;
		const rowEl = focused.closest(".ii-queue-row");
		const index = this.order.findIndex((row) => row.el === rowEl);
		return index >= 0 ? index : null;
	}

	/**
	 * Gives the tab stop to the active row, or when it left (its item was done) to the row
	 * that took its place; focus follows when it was in the list, so that a keyboard user
	 * can act on one item after another.
	 */
	private settleTabStop(focusedIndex: number | null): void {
		const order = this.order;
		let active = this.activeId === null ? undefined : this.rows.get(this.activeId);
		if (active === undefined) active = order[Math.min(focusedIndex ?? 0, order.length - 1)];
		this.activeId = active?.id ?? null;
		for (const row of order) row.setActive(row === active);
		if (focusedIndex !== null && active !== undefined && !this.el.contains(this.el.doc.activeElement)) active.el.focus();
	}

	/** Gives a row the tab stop (focus moved there by a click or Tab). */
	activate(row: QueueRow): void {
		if (this.activeId === row.id) return;
		this.activeId = row.id;
		for (const other of this.order) other.setActive(other === row);
	}

	/** Makes a row the active one and focuses it. */
	focusRow(row: QueueRow): void {
		this.activate(row);
		row.el.focus();
	}

	/** The row of an item, when it is in the DOM. */
	row(id: string): QueueRow | undefined {
		return this.rows.get(id);
	}

	/** The row an element belongs to, if any. */
	rowOf(target: EventTarget | null): QueueRow | undefined {
		if (!(target instanceof Element)) return undefined;
		const rowEl = target.closest(".ii-queue-row");
		return this.order.find((row) => row.el === rowEl);
	}

	/** The row `step` places from `row` in display order (clamped), for the arrow keys, Home and End. */
	rowAfter(row: QueueRow | undefined, step: number): QueueRow | undefined {
		if (this.order.length === 0) return undefined;
		const from = row === undefined ? -1 : this.order.indexOf(row);
		const to = Math.max(0, Math.min(this.order.length - 1, from + step));
		return this.order[to];
	}

	first(): QueueRow | undefined {
		return this.order[0];
	}

	last(): QueueRow | undefined {
		return this.order[this.order.length - 1];
	}
}
