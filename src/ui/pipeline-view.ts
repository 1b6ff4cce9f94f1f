import { DateTime } from "luxon";
import { ItemView, Keymap, Notice, Platform, type WorkspaceLeaf } from "obsidian";
import { distinctValues, isBoardFiltered, matchesFilter, NO_BOARD_FILTER, type BoardColumn, type BoardFilter, type BoardPerson } from "../domain/pipeline/board";
import { pipelinePeople, statusOfAt } from "../domain/pipeline/pipeline";
import { pipelineStatistics } from "../domain/pipeline/statistics";
import type { FollowUpService } from "../obsidian/follow-up-service";
import { runGuarded } from "../obsidian/guarded";
import type { PluginContext } from "../obsidian/plugin-host";
import { FIRST_CARDS, MORE_CARDS, PipelineBoard } from "./pipeline-board";
import { movePerson, showMoveMenu } from "./pipeline-moves";
import { renderProgress } from "./pipeline-progress";
import { runSafely } from "./safely";

export const PIPELINE_VIEW_TYPE = "informational-interviews-pipeline";
export const PIPELINE_ICON = "layout-grid";

type Tab = "board" | "progress";

/** How many weeks the per-week chart shows: the last three months. */
const WEEKS = 13;

/**
 * The pipeline in the main area: the board (a column per stage, cards that move by drag
 * and drop or their "Move to…" menu) and the Progress tab. It keeps no facts: it reads the
 * record index and the follow-up queue's items when the queue says something changed,
 * and every move is a write that comes back as such a change.
 */
export class PipelineView extends ItemView {
	override icon = PIPELINE_ICON;
	private tab: Tab = "board";
	private filter: BoardFilter = NO_BOARD_FILTER;
	private swimlanes = false;
	private onlyLabel = "";
	private readonly openSections = new Map<BoardColumn, boolean>();
	/** Cards shown per column beyond the first ones, after "Show more". */
	private readonly shownCards = new Map<string, number>();
	private board: PipelineBoard | null = null;
	private progressEl: HTMLElement | null = null;
	private toolbarEl: HTMLElement | null = null;
	private onlyEl: HTMLElement | null = null;
	private summaryEl: HTMLElement | null = null;
	private people: BoardPerson[] = [];

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PluginContext,
		private readonly service: FollowUpService,
	) {
		super(leaf);
	}

	getViewType(): string {
		return PIPELINE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Pipeline";
	}

	/** Cards in the DOM (for tests and the benchmark). */
	get cardCount(): number {
		return this.contentEl.querySelectorAll(".ii-pipeline-card").length;
	}

	protected override onOpen(): Promise<void> {
		const el = this.contentEl;
		el.empty();
		el.addClass("ii-pipeline");
		if (Platform.isPhone) el.addClass("is-phone-width");
		const tabs = el.createDiv({ cls: "ii-pipeline-tabs", attr: { role: "tablist" } });
		for (const [tab, label] of [["board", "Board"], ["progress", "Progress"]] as const) {
			const button = tabs.createEl("button", { text: label, cls: "ii-pipeline-tab", attr: { role: "tab", type: "button", "data-tab": tab } });
			this.registerDomEvent(button, "click", () => runGuarded("switch the pipeline tab", () => this.setTab(tab)));
		}
		this.toolbarEl = el.createDiv({ cls: "ii-pipeline-toolbar" });
		this.summaryEl = el.createDiv({ cls: "ii-pipeline-summary", attr: { "aria-live": "polite" } });
		this.onlyEl = el.createDiv({ cls: "ii-pipeline-only" });
		const boardEl = el.createDiv({ cls: "ii-pipeline-board" });
		this.board = new PipelineBoard(boardEl, {
			open: (person, event) => this.openNote(person, event),
			hover: (person, event, target) => this.app.workspace.trigger("hover-link", { event, source: PIPELINE_VIEW_TYPE, hoverParent: this, targetEl: target, linktext: person.path, sourcePath: "" }),
			menu: (person, anchor) => runGuarded("open the move menu", () => showMoveMenu(this.host, this.service, person, anchor)),
			drop: (person, column, event) => void movePerson(this.host, this.service, person, column, { x: event.clientX, y: event.clientY }),
		});
		this.registerDomEvent(boardEl, "keydown", (event) => runGuarded("move on the pipeline board", () => this.onKey(event)));
		this.progressEl = el.createDiv({ cls: "ii-pipeline-progress" });
		this.register(this.service.subscribe((event) => runGuarded("update the pipeline", () => (event === "clock" ? this.redrawIfShowingTime() : this.draw()))));
		runGuarded("show the pipeline", () => this.draw());
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		this.contentEl.empty();
		this.board = null;
		this.progressEl = null;
		this.people = [];
		return Promise.resolve();
	}

	private now(): DateTime {
		return DateTime.fromMillis(this.service.now(), { zone: this.service.zone });
	}

	/** A minute passed: the board's relative times change only across days, so redraw once the day changed. */
	private lastDay = "";
	private redrawIfShowingTime(): void {
		const day = this.now().toISODate() ?? "";
		if (day !== this.lastDay) this.draw();
	}

	/** Brings the view up to date with the index and the queue at this moment. */
	draw(): void {
		const board = this.board;
		if (board === null) return;
		const now = this.now();
		this.lastDay = now.toISODate() ?? "";
		this.people = pipelinePeople(this.host.index, now, this.service.items(now.toMillis()));
		this.contentEl.querySelectorAll<HTMLElement>(".ii-pipeline-tab").forEach((button) => {
			const selected = button.dataset.tab === this.tab;
			button.toggleClass("is-active", selected);
			button.setAttr("aria-selected", String(selected));
		});
		board.el.toggleClass("ii-hidden", this.tab !== "board");
		this.toolbarEl?.toggleClass("ii-hidden", this.tab !== "board");
		this.progressEl?.toggleClass("ii-hidden", this.tab !== "progress");
		if (this.tab === "board") this.drawBoard(now);
		else this.drawProgress(now);
	}

	private drawBoard(now: DateTime): void {
		this.renderToolbar();
		const shown = this.people.filter((p) => matchesFilter(p, this.filter));
		const summary = isBoardFiltered(this.filter) ? `${shown.length} of ${this.people.length} people` : `${this.people.length} people`;
		this.summaryEl?.setText(this.people.length === 0 ? "No contacts yet. Create one with New contact… and they appear here." : summary);
		this.renderOnly();
		this.board?.render(shown, {
			now,
			swimlanes: this.swimlanes,
			draggable: !Platform.isMobile,
			open: this.openSections,
			onToggle: (column, open) => this.openSections.set(column, open),
			shown: this.shownCards,
			onShowMore: (key) =>
				runGuarded("show more people", () => {
					this.shownCards.set(key, (this.shownCards.get(key) ?? FIRST_CARDS) + MORE_CARDS);
					this.draw();
				}),
		});
	}

	private drawProgress(now: DateTime): void {
		const el = this.progressEl;
		if (el === null) return;
		this.summaryEl?.setText("");
		this.onlyEl?.empty();
		const stats = pipelineStatistics(this.host.index, {
			now,
			zone: this.service.zone,
			statusOf: statusOfAt(now),
			thankYouWithinHours: this.host.settings.rules.thankYouWithinHours,
			weeks: WEEKS,
		});
		renderProgress(el, stats, (label, paths) => runGuarded("show those people", () => this.showOnly(label, paths)));
	}

	/** A number on the Progress tab was followed: the board, filtered to the people behind it. */
	private showOnly(label: string, paths: readonly string[]): void {
		const people = new Set<string>();
		for (const path of paths) {
			const record = this.host.index.get(path);
			if (record?.kind === "contact") people.add(path);
			else if (record?.kind === "interview" && record.contact?.path) people.add(record.contact.path);
		}
		this.filter = { ...NO_BOARD_FILTER, only: people };
		this.onlyLabel = label;
		this.setTab("board");
	}

	private setTab(tab: Tab): void {
		this.tab = tab;
		this.draw();
	}

	private setFilter(change: Partial<BoardFilter>): void {
		this.filter = { ...this.filter, ...change };
		this.shownCards.clear();
		this.draw();
	}

	private renderOnly(): void {
		const el = this.onlyEl;
		if (el === null) return;
		el.empty();
		if (this.filter.only === null) return;
		el.createSpan({ text: `Showing the people behind "${this.onlyLabel}". ` });
		const clear = el.createEl("button", { text: "Show everyone", attr: { type: "button" } });
		clear.addEventListener("click", () => runGuarded("show everyone", () => this.setFilter({ only: null })));
	}

	private renderToolbar(): void {
		const el = this.toolbarEl;
		if (el === null) return;
		const active = el.doc.activeElement;
		const hadSearchFocus = active instanceof HTMLInputElement && active.hasClass("ii-pipeline-search");
		el.empty();
		const search = el.createEl("input", { cls: "ii-pipeline-search", attr: { type: "search", placeholder: "Search by name", "aria-label": "Search by name" } });
		search.value = this.filter.search;
		search.addEventListener("input", () => runGuarded("search the pipeline", () => this.setFilter({ search: search.value })));
		if (hadSearchFocus) {
			search.focus();
			search.setSelectionRange(search.value.length, search.value.length);
		}
		const select = (label: string, all: string, values: string[], current: string, set: (value: string) => void): void => {
			const box = el.createEl("select", { cls: "dropdown", attr: { "aria-label": label } });
			box.createEl("option", { text: all, value: "" });
			for (const value of values) box.createEl("option", { text: value, value });
			box.value = current;
			box.addEventListener("change", () => runGuarded("filter the pipeline", () => set(box.value)));
		};
		select("Field", "All fields", distinctValues(this.people, (p) => p.fields), this.filter.field, (field) => this.setFilter({ field }));
		select("Organization", "All organizations", distinctValues(this.people, (p) => [p.organization]), this.filter.organization, (organization) => this.setFilter({ organization }));
		select("Met via", "Met via anything", distinctValues(this.people, (p) => [p.metVia]), this.filter.metVia, (metVia) => this.setFilter({ metVia }));
		const lanes = el.createEl("label", { cls: "ii-pipeline-lanes-toggle" });
		const box = lanes.createEl("input", { attr: { type: "checkbox" } });
		box.checked = this.swimlanes;
		lanes.appendText(" Rows by field");
		box.addEventListener("change", () =>
			runGuarded("group the pipeline", () => {
				this.swimlanes = box.checked;
				this.draw();
			}),
		);
	}

	/** Enter opens the note (Ctrl/Cmd+Enter in a new tab); M, the context-menu key or Shift+F10 opens "Move to…"; arrows move between cards. */
	private onKey(event: KeyboardEvent): void {
		const board = this.board;
		if (board === null) return;
		const card = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".ii-pipeline-card") : null;
		const person = board.personOf(card);
		if (card === null || person === undefined || event.target !== card) return;
		if (event.key === "Enter") {
			event.preventDefault();
			this.openNote(person, event);
		} else if (event.key === "m" || event.key === "M" || event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey)) {
			event.preventDefault();
			showMoveMenu(this.host, this.service, person, card);
		} else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			const cards = Array.from(board.el.querySelectorAll<HTMLElement>(".ii-pipeline-column[open] .ii-pipeline-card"));
			const at = cards.indexOf(card);
			const next = cards[at + (event.key === "ArrowDown" ? 1 : -1)];
			if (next) {
				event.preventDefault();
				next.focus();
			}
		}
	}

	private openNote(person: BoardPerson, event: MouseEvent | KeyboardEvent): void {
		void runSafely("open the note", async () => {
			const file = this.app.vault.getFileByPath(person.path);
			if (!file) {
				new Notice(`${person.path} no longer exists.`);
				return;
			}
			await this.app.workspace.getLeaf(Keymap.isModEvent(event)).openFile(file);
		});
	}
}
