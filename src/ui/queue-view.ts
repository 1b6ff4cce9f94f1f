import { DateTime } from "luxon";
import { ItemView, Keymap, Notice, type UserEvent, type WorkspaceLeaf } from "obsidian";
import type { FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import { isOverdue, overdueCount, type QueueItem } from "../domain/follow-ups/item";
import { filterItems, isFiltered, NO_FILTER, type QueueFilter } from "../domain/follow-ups/queue-filter";
import { groupItems, type QueueGroupKey } from "../domain/follow-ups/queue-groups";
import { dueText } from "../domain/follow-ups/queue-time";
import { FIRST_PAINT_ROWS, QueueWindows, type GroupTotals } from "./queue-window";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { RecordLookup } from "../domain/records/record-types";
import { runAction } from "./queue-actions";
import { QueueFilters } from "./queue-filters";
import { handleListKey } from "./queue-keyboard";
import { QueueList, type ListGroup } from "./queue-list";
import type { QueueRow, RowContent } from "./queue-row";
import { snoozeWithMenu } from "./queue-snooze";
import { runSafely } from "./safely";
import { runGuarded } from "../obsidian/guarded";
import { setClass } from "./dom-class";

export const QUEUE_VIEW_TYPE = "informational-interviews-follow-ups";
export const QUEUE_ICON = "list-checks";

function countText(n: number, what: string): string {
	return `${n} ${what}`;
}

/**
 * The follow-up queue in the right sidebar: the service's items, filtered, grouped
 * Overdue · Today · Next 7 days · Later · Anytime, each with its actions. The view keeps
 * no facts of its own: an action writes the note, the index and the queue take the change
 * in, and the view redraws the rows that changed. It also redraws when the clock moves
 * an item to another group or changes what its time reads.
 */
export class QueueView extends ItemView {
	override icon = QUEUE_ICON;
	private list: QueueList | null = null;
	private filters: QueueFilters | null = null;
	private summaryEl: HTMLElement | null = null;
	private emptyEl: HTMLElement | null = null;
	private filter: QueueFilter = NO_FILTER;
	private readonly windows = new QueueWindows();
	/** The items with a row, by id, so that a button reads the item as it is now. */
	private readonly shown = new Map<string, QueueItem>();
	/** Ids whose action is being written, so that a double click writes once. */
	private readonly busy = new Set<string>();
	private totals: GroupTotals | null = null;
	/** The frame that draws the rest of the rows after the first paint, if it is still to come. */
	private restFrame: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		/** Where rows look up a contact's organization and the filters a note's fields. */
		private readonly records: { readonly index: RecordLookup },
		private readonly service: FollowUpService,
	) {
		super(leaf);
	}

	getViewType(): string {
		return QUEUE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Follow-ups";
	}

	/** How many rows are in the DOM (for tests and the benchmark). */
	get rowCount(): number {
		return this.list?.rowCount ?? 0;
	}

	protected override onOpen(): Promise<void> {
		const el = this.contentEl;
		el.empty();
		el.addClass("ii-queue");
		const header = el.createDiv({ cls: "ii-queue-header" });
		this.summaryEl = header.createDiv({ cls: "ii-queue-summary", attr: { "aria-live": "polite" } });
		this.filters = new QueueFilters(header, (filter) => runGuarded("filter the follow-ups", () => this.setFilter(filter)));
		this.emptyEl = el.createEl("p", { cls: ["ii-queue-empty", "ii-queue-hidden"] });
		this.list = new QueueList(el, {
			run: (id, action) => this.runItem(id, action),
			open: (id, event) => this.openNote(id, event),
			snooze: (id, anchor) => runGuarded("open the snooze menu", () => this.snoozeItem(id, anchor)),
			showMore: (key) => runGuarded("show more follow-ups", () => this.pageGroup(key, "more")),
			showEarlier: (key) => runGuarded("show earlier follow-ups", () => this.pageGroup(key, "earlier")),
		});
		const list = this.list;
		const keys = { open: (row: QueueRow, event: KeyboardEvent) => this.openNote(row.id, event), act: (row: QueueRow) => this.runItem(row.id, row.primaryAction) };
		this.registerDomEvent(list.el, "keydown", (event) => runGuarded("move in the follow-up list", () => handleListKey(list, event, keys)));
		this.registerDomEvent(this.list.el, "focusin", (event) => {
			const row = this.list?.rowOf(event.target);
			if (row) this.list?.activate(row);
		});
		this.register(this.service.subscribe(() => runGuarded("update the follow-up queue", () => this.drawQueue())));
		this.register(() => this.cancelRest());
		runGuarded("show the follow-up queue", () => {
			// What fits on screen first; the rest of the rows on the next frame.
			this.drawQueue(FIRST_PAINT_ROWS);
			const win = this.contentEl.win;
			this.restFrame = win.requestAnimationFrame(() => {
				this.restFrame = null;
				runGuarded("show the follow-up queue", () => this.drawQueue());
			});
		});
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		this.cancelRest();
		this.contentEl.empty();
		this.list = null;
		this.filters = null;
		this.shown.clear();
		return Promise.resolve();
	}

	private cancelRest(): void {
		if (this.restFrame !== null) this.contentEl.win.cancelAnimationFrame(this.restFrame);
		this.restFrame = null;
	}

	private setFilter(filter: QueueFilter): void {
		this.filter = filter;
		this.windows.reset();
		this.drawQueue();
	}

	private pageGroup(key: QueueGroupKey, direction: "more" | "earlier"): void {
		const totals = this.totals;
		if (totals === null) return;
		if (direction === "more") this.windows.showMore(key, totals);
		else this.windows.showEarlier(key, totals);
		this.drawQueue();
	}

	/** Brings the DOM up to date with the queue at this moment, with at most `budget` rows. */
	drawQueue(budget?: number): void {
		const list = this.list;
		if (list === null) return;
		const { service } = this;
		const { index } = this.records;
		const now = service.now();
		const zone = service.zone;
		const all = service.items(now);
		// The dropdown's choices read every note with items: the first paint leaves them to the next frame.
		if (budget === undefined) this.filters?.setFields(service.fieldChoices(now));
		this.renderSummary(overdueCount(all, now), all.length);
		const shown = filterItems(all, this.filter, index);
		const groups = groupItems(shown, now, zone);
		const totals = {} as Record<QueueGroupKey, number>;
		for (const group of groups) totals[group.key] = group.items.length;
		this.totals = totals;
		const slices = this.windows.slices(totals, budget);
		const listGroups: ListGroup[] = groups.map(({ key, items }) => {
			const slice = slices[key];
			return { key, slice, rows: items.slice(slice.start, slice.end) };
		});
		this.shown.clear();
		for (const group of listGroups) for (const item of group.rows) this.shown.set(item.id, item);
		const contentOf = (item: QueueItem): RowContent => {
			const contact = item.contact === null ? undefined : index.get(item.contact);
			return {
				item,
				organization: contact?.kind === "contact" ? contact.organization : undefined,
				when: dueText(item, now, zone),
				overdue: isOverdue(item, now),
			};
		};
		list.render(listGroups, contentOf);
		this.renderEmpty(all.length, shown.length);
	}

	private renderSummary(overdue: number, total: number): void {
		const el = this.summaryEl;
		if (el === null) return;
		const text = total === 0 ? "Nothing to follow up" : `${countText(overdue, "overdue")} · ${countText(total, "in all")}`;
		if (el.getText() !== text) el.setText(text);
		setClass(el, "is-overdue", overdue > 0);
	}

	private renderEmpty(total: number, matching: number): void {
		const el = this.emptyEl;
		if (el === null) return;
		let text = "";
		if (total === 0) text = "Nothing to follow up right now. Reminders appear here as you add contacts and interviews.";
		else if (matching === 0 && isFiltered(this.filter)) text = "No follow-ups match these filters.";
		if (el.getText() !== text) el.setText(text);
		setClass(el, "ii-queue-hidden", text === "");
	}

	private nowInZone(): DateTime {
		return DateTime.fromMillis(this.service.now(), { zone: this.service.zone });
	}

	/** Runs an action on the item's note; the row leaves when the index reports the new fact. */
	private runItem(id: string, action: FollowUpAction): void {
		const item = this.shown.get(id);
		if (item === undefined || this.busy.has(id)) return;
		this.busy.add(id);
		const rowEl = this.list?.row(id)?.el;
		rowEl?.addClass("is-busy");
		void runSafely("record the follow-up", async () => {
			try {
				await runAction(this.app, action, item.path, item.person, this.nowInZone(), this.service.zone);
			} finally {
				this.busy.delete(id);
				rowEl?.removeClass("is-busy");
			}
		});
	}

	/** Opens the item's note; Ctrl/Cmd-click, a middle click or Ctrl/Cmd-Enter in a new tab. */
	private openNote(id: string, event: UserEvent): void {
		const item = this.shown.get(id);
		if (item === undefined) return;
		void runSafely("open the note", async () => {
			const file = this.app.vault.getFileByPath(item.path);
			if (!file) {
				new Notice(`${item.path} no longer exists.`);
				return;
			}
			await this.app.workspace.getLeaf(Keymap.isModEvent(event)).openFile(file);
		});
	}

	private snoozeItem(id: string, anchor: HTMLElement): void {
		const item = this.shown.get(id);
		if (item === undefined) return;
		snoozeWithMenu(this.app, anchor, { path: item.path, who: item.person }, this.service.zone, () => this.service.now());
	}
}
