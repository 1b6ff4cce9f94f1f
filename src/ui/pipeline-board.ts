import type { DateTime } from "luxon";
import { setIcon } from "obsidian";
import { byColumn, bySwimlane, COLUMN_LABELS, isSetApart, timeInStage, type BoardColumn, type BoardPerson } from "../domain/pipeline/board";

/** What the board asks of its view: the board draws, the view acts. */
export interface BoardActions {
	open(person: BoardPerson, event: MouseEvent | KeyboardEvent): void;
	hover(person: BoardPerson, event: MouseEvent, target: HTMLElement): void;
	menu(person: BoardPerson, anchor: HTMLElement): void;
	drop(person: BoardPerson, column: BoardColumn, event: DragEvent): void;
}

export interface BoardOptions {
	readonly now: DateTime;
	readonly swimlanes: boolean;
	/** Desktop: cards can be dragged. On a phone they move through their menu only. */
	readonly draggable: boolean;
	/** Sections the user opened or closed, by column; missing means the default (set-apart columns closed). */
	readonly open: ReadonlyMap<BoardColumn, boolean>;
	onToggle(column: BoardColumn, open: boolean): void;
	/** Cards drawn per column before "Show more", by column (and lane); missing means `FIRST_CARDS`. */
	readonly shown: ReadonlyMap<string, number>;
	onShowMore(key: string): void;
}

/**
 * Cards drawn per column at first. A column of hundreds of cards is scrolled by nobody,
 * and every card is a dozen elements: with 3,000 people the board would otherwise build
 * some 36,000 elements on every change. The rest are a "Show more" away; filters and
 * search reach everyone.
 */
export const FIRST_CARDS = 25;
export const MORE_CARDS = 100;

const DRAG_TYPE = "application/x-informational-interviews-person";

function titleCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function dueText(next: NonNullable<BoardPerson["next"]>, now: DateTime): string {
	if (next.dueMs === null) return "anytime";
	const days = Math.round((next.dueMs - now.toMillis()) / 86_400_000);
	if (next.dueMs < now.toMillis()) return days <= -1 ? `overdue by ${-days} day${days === -1 ? "" : "s"}` : "overdue";
	if (days === 0) return "today";
	return `in ${days} day${days === 1 ? "" : "s"}`;
}

/**
 * The board: a section per column (a details element, so that a phone can fold it, and
 * paused and closed start folded) with its count and cards; in swimlanes, a row of
 * columns per career field. Cards are focusable; the view listens for keys.
 */
export class PipelineBoard {
	/** The cards drawn, by element, so that a key or a click finds its person. */
	private readonly cards = new WeakMap<HTMLElement, BoardPerson>();
	private dragged: BoardPerson | null = null;

	constructor(
		readonly el: HTMLElement,
		private readonly actions: BoardActions,
	) {}

	personOf(target: EventTarget | null): BoardPerson | undefined {
		const card = target instanceof HTMLElement ? target.closest<HTMLElement>(".ii-pipeline-card") : null;
		return card ? this.cards.get(card) : undefined;
	}

	render(people: readonly BoardPerson[], options: BoardOptions): void {
		this.el.empty();
		if (options.swimlanes) {
			for (const lane of bySwimlane(people)) {
				const laneEl = this.el.createDiv({ cls: "ii-pipeline-lane" });
				laneEl.createEl("h3", { cls: "ii-pipeline-lane-title", text: `${lane.lane} (${lane.people.length})` });
				this.renderColumns(laneEl.createDiv({ cls: "ii-pipeline-columns" }), lane.people, options, lane.lane);
			}
		} else {
			this.renderColumns(this.el.createDiv({ cls: "ii-pipeline-columns" }), people, options, "");
		}
	}

	private renderColumns(parent: HTMLElement, people: readonly BoardPerson[], options: BoardOptions, lane: string): void {
		for (const { column, people: inColumn } of byColumn(people)) {
			const section = parent.createEl("details", { cls: ["ii-pipeline-column", `ii-pipeline-column-${column.replace(/_/g, "-")}`], attr: { "data-column": column } });
			section.open = options.open.get(column) ?? !isSetApart(column);
			section.addEventListener("toggle", () => options.onToggle(column, section.open));
			const summary = section.createEl("summary", { cls: "ii-pipeline-column-header" });
			summary.createSpan({ cls: "ii-pipeline-column-name", text: titleCase(COLUMN_LABELS[column]) });
			summary.createSpan({ cls: "ii-pipeline-count", text: String(inColumn.length), attr: { "aria-label": `${inColumn.length} people` } });
			const list = section.createDiv({ cls: "ii-pipeline-cards", attr: { role: "list", "aria-label": titleCase(COLUMN_LABELS[column]) } });
			if (inColumn.length === 0) list.createDiv({ cls: "ii-pipeline-empty", text: "Nobody" });
			const key = `${lane}\u0000${column}`;
			const limit = options.shown.get(key) ?? FIRST_CARDS;
			for (const person of inColumn.slice(0, limit)) this.renderCard(list, person, options);
			if (inColumn.length > limit) {
				const more = list.createEl("button", { cls: "ii-pipeline-more", text: `Show ${Math.min(MORE_CARDS, inColumn.length - limit)} more of ${inColumn.length - limit}`, attr: { type: "button" } });
				more.addEventListener("click", () => options.onShowMore(key));
			}
			this.acceptDrops(section, column);
		}
	}

	private renderCard(parent: HTMLElement, person: BoardPerson, options: BoardOptions): void {
		const card = parent.createDiv({ cls: "ii-pipeline-card", attr: { role: "listitem", tabindex: "0", "data-path": person.path, "aria-label": `${person.name}, ${COLUMN_LABELS[person.column]}` } });
		this.cards.set(card, person);
		const top = card.createDiv({ cls: "ii-pipeline-card-top" });
		const name = top.createSpan({ cls: "ii-pipeline-card-name", text: person.name, attr: { dir: "auto" } });
		const menuButton = top.createEl("button", { cls: ["clickable-icon", "ii-pipeline-card-move"], attr: { "aria-label": `Move ${person.name} to…`, type: "button" } });
		setIcon(menuButton, "more-horizontal");
		menuButton.addEventListener("click", (event) => {
			event.stopPropagation();
			this.actions.menu(person, menuButton);
		});
		const work = [person.organization, person.role].filter((t): t is string => t !== undefined && t.trim() !== "").join(" · ");
		if (work !== "") card.createDiv({ cls: "ii-pipeline-card-work", text: work, attr: { dir: "auto" } });
		if (person.fields.length > 0) card.createDiv({ cls: "ii-pipeline-card-field", text: person.fields.join(", "), attr: { dir: "auto" } });
		if (person.next) {
			const next = card.createDiv({ cls: "ii-pipeline-card-next" });
			next.createSpan({ text: person.next.title, attr: { dir: "auto" } });
			const overdue = person.next.dueMs !== null && person.next.dueMs < options.now.toMillis();
			next.createSpan({ cls: ["ii-pipeline-card-due", ...(overdue ? ["is-overdue"] : [])], text: ` · ${dueText(person.next, options.now)}` });
		}
		const since = timeInStage(person.since, options.now);
		if (since !== null) card.createDiv({ cls: "ii-pipeline-card-since", text: `In this stage: ${since}` });
		card.addEventListener("click", (event) => this.actions.open(person, event));
		card.addEventListener("auxclick", (event) => {
			if (event.button === 1) this.actions.open(person, event);
		});
		name.addEventListener("mouseover", (event) => this.actions.hover(person, event, name));
		if (options.draggable) {
			card.setAttr("draggable", "true");
			card.addEventListener("dragstart", (event) => {
				this.dragged = person;
				card.addClass("is-dragging");
				event.dataTransfer?.setData(DRAG_TYPE, person.path);
				if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
			});
			card.addEventListener("dragend", () => {
				this.dragged = null;
				card.removeClass("is-dragging");
			});
		}
	}

	private acceptDrops(section: HTMLElement, column: BoardColumn): void {
		section.addEventListener("dragover", (event) => {
			if (this.dragged === null) return;
			event.preventDefault();
			if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
			section.addClass("is-drop-target");
		});
		section.addEventListener("dragleave", (event) => {
			if (!(event.relatedTarget instanceof Node) || !section.contains(event.relatedTarget)) section.removeClass("is-drop-target");
		});
		section.addEventListener("drop", (event) => {
			section.removeClass("is-drop-target");
			const person = this.dragged;
			this.dragged = null;
			if (person === null) return;
			event.preventDefault();
			this.actions.drop(person, column, event);
		});
	}
}
