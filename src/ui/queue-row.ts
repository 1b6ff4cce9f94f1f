import { setIcon, type UserEvent } from "obsidian";
import { ACTION_LABELS, type FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import { ACTIONS_BY_KIND } from "../domain/follow-ups/kinds";
import type { QueueItem } from "../domain/follow-ups/item";
import type { DueText } from "../domain/follow-ups/queue-time";
import { setClass } from "./dom-class";
import { appendSentence } from "./bidi";
import { ACTION_ICONS, stepTitle } from "./step-labels";

/** What a row's controls do; rows pass their item's id, so a handler always reads the current item. */
export interface RowHandlers {
	run(id: string, action: FollowUpAction): void;
	open(id: string, event: UserEvent): void;
	snooze(id: string, anchor: HTMLElement): void;
	/** The row's menu (right click, long press, or the "more" button on a phone). */
	menu(id: string, event: MouseEvent): void;
}

/** Everything a row shows. */
export interface RowContent {
	readonly item: QueueItem;
	readonly organization: string | undefined;
	readonly when: DueText;
	readonly overdue: boolean;
}

function signatureOf(content: RowContent): string {
	const { item, organization, when, overdue } = content;
	return [item.person, item.suggestPhone ? "1" : "0", organization ?? "", when.relative, when.absolute, overdue ? "1" : "0"].join("\u0000");
}

/** "Thank-you · Kwame Asante": the step, then the person. */
export function rowTitle(item: Pick<QueueItem, "kind" | "person" | "suggestPhone">): string {
	return `${stepTitle(item.kind, item.suggestPhone === true)} · ${item.person}`;
}

/**
 * One item of the queue in the DOM, one line as in core's Backlinks and Outline: the
 * step and the person, then the organization and the due time, muted. The actions show
 * on hover and focus on a desktop and stay in view on a phone, where the main one and
 * the menu are full-size touch targets; every action is also in the row's menu. Its kind,
 * and so its buttons, never change (the id is `kind:path`), so they are made once.
 */
export class QueueRow {
	readonly el: HTMLLIElement;
	private readonly titleEl: HTMLElement;
	private readonly orgEl: HTMLElement;
	private readonly whenEl: HTMLElement;
	/** Every button with the label it gets for an item (labels name the item, so they follow renames). */
	private readonly buttons = new Map<HTMLButtonElement, (item: QueueItem) => string>();
	private readonly primary: FollowUpAction;
	private signature = "";
	/** Rows start without the tab stop; their buttons are made with tabindex -1 to match. */
	private active = false;

	constructor(
		readonly id: string,
		kind: QueueItem["kind"],
		handlers: RowHandlers,
	) {
		this.el = createEl("li", { cls: "ii-queue-row", attr: { "data-item-id": id, tabindex: -1 } });
		const line = this.el.createDiv({ cls: "ii-queue-line" });
		this.titleEl = line.createSpan({ cls: "ii-queue-title" });
		this.orgEl = line.createSpan({ cls: "ii-queue-org" });
		this.whenEl = line.createSpan({ cls: "ii-queue-when" });
		line.addEventListener("click", (event) => handlers.open(id, event));
		// A middle click opens a new tab, as it does on links.
		line.addEventListener("auxclick", (event) => {
			if (event.button === 1) handlers.open(id, event);
		});
		this.el.addEventListener("contextmenu", (event) => {
			event.preventDefault();
			handlers.menu(id, event);
		});

		const actions = this.el.createDiv({ cls: "ii-queue-actions" });
		const kindActions = ACTIONS_BY_KIND[kind];
		this.primary = kindActions[0];
		kindActions.forEach((action, i) => {
			const button = this.iconButton(actions, i === 0 ? ["ii-queue-action", "is-primary"] : ["ii-queue-action"], ACTION_ICONS[action]);
			button.addEventListener("click", () => handlers.run(id, action));
			this.buttons.set(button, (item) => `${ACTION_LABELS[action]}: ${rowTitle(item)}`);
		});
		const open = this.iconButton(actions, ["ii-queue-open"], "file-text");
		open.addEventListener("click", (event) => handlers.open(id, event));
		open.addEventListener("auxclick", (event) => {
			if (event.button === 1) handlers.open(id, event);
		});
		const snooze = this.iconButton(actions, ["ii-queue-snooze"], "alarm-clock-off");
		snooze.addEventListener("click", () => handlers.snooze(id, snooze));
		const more = this.iconButton(actions, ["ii-queue-menu"], "more-vertical");
		more.addEventListener("click", (event) => handlers.menu(id, event));
		this.buttons.set(open, (item) => `Open note: ${rowTitle(item)}`);
		this.buttons.set(snooze, (item) => `Snooze: ${rowTitle(item)}`);
		this.buttons.set(more, (item) => `More actions: ${rowTitle(item)}`);
	}

	private iconButton(parent: HTMLElement, cls: string[], icon: string): HTMLButtonElement {
		const button = parent.createEl("button", { cls: ["clickable-icon", ...cls], attr: { tabindex: -1 } });
		setIcon(button, icon);
		return button;
	}

	/** Shows `content`; returns whether anything had to change. */
	update(content: RowContent): boolean {
		const signature = signatureOf(content);
		if (signature === this.signature) return false;
		this.signature = signature;
		const { item, organization, when, overdue } = content;
		const title = rowTitle(item);
		const org = organization ?? "";
		this.titleEl.empty();
		appendSentence(this.titleEl, [`${stepTitle(item.kind, item.suggestPhone === true)} · `, { name: item.person }]);
		// The line is cut to fit the sidebar (the name and the organization, never the step): the full texts are a hover away.
		this.titleEl.querySelector("bdi")?.setAttr("title", item.person);
		// Set off from the words around it by CSS (unicode-bidi: isolate), as a <bdi> would.
		this.orgEl.setText(org);
		this.orgEl.setAttr("title", org);
		this.whenEl.setText(when.relative);
		this.whenEl.setAttr("title", when.absolute);
		setClass(this.el, "is-overdue", overdue);
		// Read as one line by screen readers: what, who, and when in both forms.
		const where = org === "" ? "" : ` ${org}.`;
		this.el.setAttr("aria-label", `${title}.${where} ${when.relative}${when.relative === when.absolute ? "" : ` (${when.absolute})`}.`);
		for (const [button, label] of this.buttons) button.setAttr("aria-label", label(item));
		return true;
	}

	/** The row that holds the list's tab stop: it and its buttons are reachable with Tab, other rows with the arrow keys. */
	setActive(active: boolean): void {
		if (active === this.active) return;
		this.active = active;
		const tabindex = active ? 0 : -1;
		this.el.setAttr("tabindex", tabindex);
		for (const button of this.buttons.keys()) button.setAttr("tabindex", tabindex);
	}

	/** The action a Space press runs: the kind's first, the one that completes the item. */
	get primaryAction(): FollowUpAction {
		return this.primary;
	}
}
