import { DateTime } from "luxon";
import { ItemView, Keymap, Menu, Notice, setIcon, type UserEvent, type WorkspaceLeaf } from "obsidian";
import { ACTION_LABELS, type FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import { ACTIONS_BY_KIND, FOLLOW_UP_KINDS, type FollowUpKind } from "../domain/follow-ups/kinds";
import { isOverdue, overdueCount, type QueueItem } from "../domain/follow-ups/item";
import { filterItems, isFiltered, NO_FILTER, type QueueFilter } from "../domain/follow-ups/queue-filter";
import { groupItems, QUEUE_GROUPS, type QueueGroupKey } from "../domain/follow-ups/queue-groups";
import { FIRST_PAINT_ROWS, QueueWindows, type GroupTotals } from "./queue-window";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { ContactRecord, RecordLookup } from "../domain/records/record-types";
import type { Settings } from "../domain/settings";
import { runAction } from "./queue-actions";
import { QueueFilters } from "./queue-filters";
import { handleListKey } from "./queue-keyboard";
import { QueueList, type ListGroup } from "./queue-list";
import type { QueueRow, RowContent } from "./queue-row";
import { snoozeWithMenu } from "./queue-snooze";
import { runSafely } from "./safely";
import { runGuarded } from "../obsidian/guarded";
import { setClass } from "./dom-class";
import { dueLabel, userLocale, type LocaleTag } from "./due-label";

export const QUEUE_VIEW_TYPE = "informational-interviews-follow-ups";
export const QUEUE_ICON = "list-checks";

function countText(n: number, what: string): string {
	return `${n} ${what}`;
}

/**
 * What the view reads and writes besides the queue: rows look up a contact's organization,
 * the empty state asks whether there are contacts at all, and the filters and collapsed
 * groups are kept in the plugin's data.
 */
export interface QueueViewHost {
	readonly index: RecordLookup & { contacts(): readonly ContactRecord[] };
	readonly settings: Pick<Settings, "queueView">;
	saveData(data: unknown): Promise<void>;
	/** Opens the New contact form. */
	newContact(): void;
}

/** What the view can start that lives elsewhere in the plugin. */
export interface QueueViewHooks {
	/** Runs the Import contacts command; without it the view offers no import. */
	readonly onImport?: () => void;
}

function isKind(value: string | null): value is FollowUpKind {
	return value !== null && (FOLLOW_UP_KINDS as readonly string[]).includes(value);
}

function isGroupKey(value: string): value is QueueGroupKey {
	return (QUEUE_GROUPS as readonly string[]).includes(value);
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
	private emptyKey = "";
	private collapseAllEl: HTMLElement | null = null;
	private filter: QueueFilter = NO_FILTER;
	/** Groups shown collapsed; remembered in the plugin's data with the filters. */
	private readonly collapsed = new Set<QueueGroupKey>();
	/** The locale dates and times are written in; tests set their own. */
	locale: () => LocaleTag = userLocale;
	private readonly windows = new QueueWindows();
	/** The items with a row, by id, so that a button reads the item as it is now. */
	private readonly shown = new Map<string, QueueItem>();
	/** Ids whose action is being written, so that a double click writes once. */
	private readonly busy = new Set<string>();
	private totals: GroupTotals | null = null;
	/** The frame that draws the rest of the rows after the first paint, if it is still to come. */
	private restFrame: number | null = null;
	private fieldsFrame: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		/** Where rows look up a contact's organization and the filters a note's fields. */
		private readonly host: QueueViewHost,
		private readonly service: FollowUpService,
		private readonly hooks: QueueViewHooks = {},
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
		this.restoreState();
		const header = el.createDiv({ cls: "ii-queue-header" });
		const top = header.createDiv({ cls: "ii-queue-toolbar" });
		this.summaryEl = top.createDiv({ cls: "ii-queue-summary", attr: { "aria-live": "polite" } });
		const buttons = top.createDiv({ cls: "ii-queue-buttons" });
		this.toolButton(buttons, "user-plus", "New contact", () => this.newContact());
		if (this.hooks.onImport) {
			const onImport = this.hooks.onImport;
			this.toolButton(buttons, "import", "Import contacts", () => onImport());
		}
		this.collapseAllEl = this.toolButton(buttons, "chevrons-down-up", "Collapse all", () => this.collapseAll());
		this.filters = new QueueFilters(header, (filter) => runGuarded("filter the follow-ups", () => this.setFilter(filter)));
		this.filters.restore(this.filter);
		this.emptyEl = el.createDiv({ cls: ["ii-queue-empty", "ii-queue-hidden"] });
		this.list = new QueueList(el, {
			run: (id, action) => this.runItem(id, action),
			open: (id, event) => this.openNote(id, event),
			snooze: (id, anchor) => runGuarded("open the snooze menu", () => this.snoozeItem(id, anchor)),
			menu: (id, event) => runGuarded("open the follow-up's menu", () => this.showMenu(id, event)),
			showMore: (key) => runGuarded("show more follow-ups", () => this.pageGroup(key, "more")),
			showEarlier: (key) => runGuarded("show earlier follow-ups", () => this.pageGroup(key, "earlier")),
			toggleGroup: (key) => runGuarded("open or close the group", () => this.toggleGroup(key)),
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
		const win = this.contentEl.win;
		if (this.restFrame !== null) win.cancelAnimationFrame(this.restFrame);
		if (this.fieldsFrame !== null) win.cancelAnimationFrame(this.fieldsFrame);
		this.restFrame = null;
		this.fieldsFrame = null;
	}

	/**
	 * The field dropdown's choices read every note with items shown (about 5 ms at 3,000
	 * records): they follow in the next frame, so that the frame showing a change has only
	 * the rows to draw. Several redraws in one frame list the fields once.
	 */
	private refreshFieldsSoon(): void {
		if (this.fieldsFrame !== null) return;
		this.fieldsFrame = this.contentEl.win.requestAnimationFrame(() => {
			this.fieldsFrame = null;
			runGuarded("list the career fields", () => this.filters?.setFields(this.service.fieldChoices(this.service.now())));
		});
	}

	private toolButton(parent: HTMLElement, icon: string, label: string, onClick: () => void): HTMLElement {
		const button = parent.createEl("button", { cls: ["clickable-icon", "ii-queue-tool"], attr: { "aria-label": label } });
		setIcon(button, icon);
		button.addEventListener("click", () => runGuarded(label.toLowerCase(), onClick));
		return button;
	}

	private newContact(): void {
		this.host.newContact();
	}

	/** The filters and collapsed groups as the plugin's data last had them. */
	private restoreState(): void {
		const state = this.host.settings.queueView;
		this.filter = { kind: isKind(state.kind) ? state.kind : null, field: state.field };
		this.collapsed.clear();
		for (const key of state.collapsed) if (isGroupKey(key)) this.collapsed.add(key);
	}

	/** Keeps the filters and collapsed groups in the plugin's data, so that they outlast a restart. */
	private saveState(): void {
		this.host.settings.queueView = { collapsed: [...this.collapsed], kind: this.filter.kind, field: this.filter.field };
		void runSafely("remember the follow-up queue's filters", () => this.host.saveData(this.host.settings));
	}

	private setFilter(filter: QueueFilter): void {
		this.filter = filter;
		this.windows.reset();
		this.saveState();
		this.drawQueue();
	}

	private clearFilters(): void {
		this.filters?.restore(NO_FILTER);
		this.setFilter(NO_FILTER);
	}

	private toggleGroup(key: QueueGroupKey): void {
		if (this.collapsed.has(key)) this.collapsed.delete(key);
		else this.collapsed.add(key);
		this.saveState();
		this.drawQueue();
	}

	/** Collapses every group, or opens them all again when all are collapsed already. */
	private collapseAll(): void {
		const allCollapsed = QUEUE_GROUPS.every((key) => this.collapsed.has(key));
		this.collapsed.clear();
		if (!allCollapsed) for (const key of QUEUE_GROUPS) this.collapsed.add(key);
		this.saveState();
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
		// Every read of the queue is here, in one place: the service's clock, zone, items and fields.
		const { service } = this;
		const { index } = this.host;
		const now = service.now();
		const zone = service.zone;
		const locale = this.locale();
		const all = service.items(now);
		this.refreshFieldsSoon();
		this.renderSummary(overdueCount(all, now), all.length);
		const shown = filterItems(all, this.filter, index);
		const groups = groupItems(shown, now, zone);
		const totals = {} as Record<QueueGroupKey, number>;
		for (const group of groups) totals[group.key] = group.items.length;
		this.totals = totals;
		const slices = this.windows.slices(totals, budget);
		const listGroups: ListGroup[] = groups.map(({ key, items }) => {
			const slice = slices[key];
			if (this.collapsed.has(key)) return { key, slice, rows: [], collapsed: true };
			return { key, slice, rows: items.slice(slice.start, slice.end), collapsed: false };
		});
		this.shown.clear();
		for (const group of listGroups) for (const item of group.rows) this.shown.set(item.id, item);
		const contentOf = (item: QueueItem): RowContent => {
			const contact = item.contact === null ? undefined : index.get(item.contact);
			return {
				item,
				organization: contact?.kind === "contact" ? contact.organization : undefined,
				when: dueLabel(item, now, zone, locale),
				overdue: isOverdue(item, now),
			};
		};
		list.render(listGroups, contentOf);
		this.renderEmpty(all.length, shown.length);
		this.renderCollapseAll();
	}

	private renderCollapseAll(): void {
		const el = this.collapseAllEl;
		if (el === null) return;
		const allCollapsed = QUEUE_GROUPS.every((key) => this.collapsed.has(key));
		const label = allCollapsed ? "Expand all" : "Collapse all";
		if (el.getAttr("aria-label") === label) return;
		el.setAttr("aria-label", label);
		el.empty();
		setIcon(el, allCollapsed ? "chevrons-up-down" : "chevrons-down-up");
	}

	private renderSummary(overdue: number, total: number): void {
		const el = this.summaryEl;
		if (el === null) return;
		const text = total === 0 ? "Nothing to follow up" : `${countText(overdue, "overdue")} · ${countText(total, "in all")}`;
		if (el.getText() !== text) el.setText(text);
		setClass(el, "is-overdue", overdue > 0);
	}

	/**
	 * What to do next when there is nothing to show: add or import contacts when there
	 * are none, clear the filters when they hide everything.
	 */
	private renderEmpty(total: number, matching: number): void {
		const el = this.emptyEl;
		if (el === null) return;
		let key: "" | "no-contacts" | "nothing" | "filtered" = "";
		if (total === 0) key = this.host.index.contacts().length === 0 ? "no-contacts" : "nothing";
		else if (matching === 0 && isFiltered(this.filter)) key = "filtered";
		setClass(el, "ii-queue-hidden", key === "");
		if (key === this.emptyKey) return;
		this.emptyKey = key;
		el.empty();
		const text = el.createEl("p", { cls: "ii-queue-empty-text" });
		const buttons = el.createDiv({ cls: "ii-queue-empty-buttons" });
		const button = (label: string, onClick: () => void, cta = false): void => {
			buttons.createEl("button", { cls: cta ? "mod-cta" : [], text: label }).addEventListener("click", () => runGuarded(label.toLowerCase(), onClick));
		};
		if (key === "no-contacts") {
			text.setText("No contacts yet. Add the first person you'd like to talk to, and reminders appear here as you go.");
			button("New contact", () => this.newContact(), true);
			const onImport = this.hooks.onImport;
			if (onImport) button("Import contacts", () => onImport());
		} else if (key === "nothing") {
			text.setText("Nothing to follow up right now. Reminders appear here as you add contacts and interviews.");
		} else if (key === "filtered") {
			text.setText("No follow-ups match these filters.");
			button("Clear filters", () => this.clearFilters());
		}
	}

	/** Every action on a row, for a right click, a long press or the row's "more" button. */
	private showMenu(id: string, event: MouseEvent): void {
		const item = this.shown.get(id);
		if (item === undefined) return;
		const menu = new Menu();
		for (const action of ACTIONS_BY_KIND[item.kind]) {
			menu.addItem((entry) => entry.setTitle(ACTION_LABELS[action]).setIcon("check").onClick(() => this.runItem(id, action)));
		}
		menu.addSeparator();
		menu.addItem((entry) => entry.setTitle("Open note").setIcon("file-text").onClick(() => this.openNote(id, new MouseEvent("click"))));
		menu.addItem((entry) => entry.setTitle("Open in new tab").setIcon("file-plus").onClick(() => this.openNote(id, new MouseEvent("click", { ctrlKey: true, metaKey: true }))));
		const anchor = this.list?.row(id)?.el ?? this.contentEl;
		menu.addItem((entry) => entry.setTitle("Snooze…").setIcon("alarm-clock-off").onClick(() => this.snoozeItem(id, anchor)));
		menu.showAtMouseEvent(event);
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
