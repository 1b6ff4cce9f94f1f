import { setIcon, type UserEvent } from "obsidian";
import { ACTION_LABELS, type FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import { ACTIONS_BY_KIND } from "../domain/follow-ups/kinds";
import type { QueueItem } from "../domain/follow-ups/item";
import type { DueText } from "../domain/follow-ups/queue-time";
import { setClass } from "./dom-class";
import { appendSentence } from "./bidi";

/** What a row's controls do; rows pass their item's id, so a handler always reads the current item. */
export interface RowHandlers {
	run(id: string, action: FollowUpAction): void;
	open(id: string, event: UserEvent): void;
	snooze(id: string, anchor: HTMLElement): void;
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
	return [item.title, item.person, organization ?? "", when.relative, when.absolute, overdue ? "1" : "0"].join("\u0000");
}

/**
 * One item of the queue in the DOM. Its kind, and so its buttons, never change (the id is
 * `kind:path`), so they are made once; `update` touches the texts only when what the row
 * shows has changed.
 */
export class QueueRow {
	readonly el: HTMLLIElement;
	private readonly titleEl: HTMLElement;
	private readonly whoEl: HTMLElement;
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
		this.titleEl = this.el.createDiv({ cls: "ii-queue-title" });
		this.titleEl.addEventListener("click", (event) => handlers.open(id, event));
		const meta = this.el.createDiv({ cls: "ii-queue-meta" });
		this.whoEl = meta.createSpan({ cls: "ii-queue-who" });
		this.whenEl = meta.createSpan({ cls: "ii-queue-when" });

		const actions = this.el.createDiv({ cls: "ii-queue-actions" });
		const kindActions = ACTIONS_BY_KIND[kind];
		this.primary = kindActions[0];
		kindActions.forEach((action, i) => {
			const button = actions.createEl("button", { cls: i === 0 ? ["ii-queue-action", "mod-cta"] : "ii-queue-action", text: ACTION_LABELS[action], attr: { tabindex: -1 } });
			button.addEventListener("click", () => handlers.run(id, action));
			this.buttons.set(button, (item) => `${ACTION_LABELS[action]}: ${item.title}`);
		});
		const open = actions.createEl("button", { cls: ["clickable-icon", "ii-queue-open"], attr: { tabindex: -1 } });
		setIcon(open, "file-text");
		open.addEventListener("click", (event) => handlers.open(id, event));
		// A middle click opens a new tab, as it does on links.
		open.addEventListener("auxclick", (event) => {
			if (event.button === 1) handlers.open(id, event);
		});
		const snooze = actions.createEl("button", { cls: ["clickable-icon", "ii-queue-snooze"], attr: { tabindex: -1 } });
		setIcon(snooze, "alarm-clock-off");
		snooze.addEventListener("click", () => handlers.snooze(id, snooze));
		this.buttons.set(open, (item) => `Open note: ${item.title}`);
		this.buttons.set(snooze, (item) => `Snooze: ${item.title}`);
	}

	/** Shows `content`; returns whether anything had to change. */
	update(content: RowContent): boolean {
		const signature = signatureOf(content);
		if (signature === this.signature) return false;
		this.signature = signature;
		const { item, organization, when, overdue } = content;
		const who = organization === undefined || organization === "" ? item.person : `${item.person} · ${organization}`;
		const [before, after] = item.titleAround;
		this.titleEl.empty();
		appendSentence(this.titleEl, [before, { name: item.person }, after].filter((part) => part !== ""));
		this.whoEl.empty();
		appendSentence(this.whoEl, organization === undefined || organization === "" ? [{ name: item.person }] : [{ name: item.person }, " · ", { name: organization }]);
		this.whenEl.setText(when.relative);
		this.whenEl.setAttr("title", when.absolute);
		setClass(this.el, "is-overdue", overdue);
		// Read as one line by screen readers: what, who, and when in both forms.
		this.el.setAttr("aria-label", `${item.title}. ${who}. ${when.relative}${when.relative === when.absolute ? "" : ` (${when.absolute})`}.`);
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
