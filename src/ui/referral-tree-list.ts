import { setIcon } from "obsidian";
import type { PersonKey } from "../domain/referrals/referral-edges";
import type { ReferralTreeNode } from "../domain/referrals/referral-tree";
import { shortName, type MapContext } from "./referral-map-context";
import { renderPersonRow } from "./referral-person-row";

export interface TreeListOptions {
	/** The tree's accessible name. */
	readonly label: string;
	/** Nodes down to this depth start open: 1 opens the top level, showing whom each referred. */
	readonly openLevels: number;
	/** Who referred the top-level people (the person the tree hangs from), if anyone. */
	readonly topReferrer: PersonKey | null;
	/** Say how the top-level people were found: they are where the trees start. */
	readonly metViaAtTop?: boolean;
}

/** One node waiting to be drawn into a list. */
interface Pending {
	readonly node: ReferralTreeNode;
	readonly list: HTMLElement;
	readonly level: number;
	readonly referrer: PersonKey | null;
}

interface Drawn {
	readonly pending: Pending;
	readonly group: HTMLElement;
	readonly toggle: HTMLElement;
}

const ITEM = '[role="treeitem"]';

/**
 * A referral tree as an ARIA tree. Closed branches are not in the DOM at all, so the
 * page holds only what is visible; drawing uses a work list instead of recursion, so a
 * chain of any depth draws. Keys: arrows move and open or close, Enter opens the note.
 */
class TreeList {
	private readonly drawn = new WeakMap<Element, Drawn>();

	constructor(
		private readonly ctx: MapContext,
		private readonly options: TreeListOptions,
		readonly tree: HTMLElement,
	) {}

	draw(start: readonly Pending[]): void {
		const work = [...start].reverse();
		for (let next = work.pop(); next; next = work.pop()) {
			const children = this.drawItem(next);
			for (let i = children.length - 1; i >= 0; i--) work.push(children[i] as Pending);
		}
	}

	/** Draws one node; returns its children when they are to be drawn too (the node is open). */
	private drawItem(pending: Pending): Pending[] {
		const { node, list, level } = pending;
		const item = list.createEl("li", { cls: "ii-ref-item", attr: { role: "treeitem", "aria-level": level, tabindex: -1 } });
		const hasChildren = node.children.length > 0;
		const toggle = item.createEl("button", { cls: ["ii-ref-toggle", "clickable-icon"] });
		toggle.tabIndex = -1;
		const row = renderPersonRow(item, node.person, this.ctx, {
			referrer: pending.referrer,
			repeat: node.repeat,
			hidden: node.hidden,
			showMetVia: level === 1 && this.options.metViaAtTop === true,
			inTree: true,
		});
		row.prepend(toggle);
		if (!hasChildren) {
			toggle.addClass("ii-ref-toggle-none");
			toggle.setAttr("aria-hidden", "true");
			toggle.disabled = true;
			return [];
		}
		const group = item.createEl("ul", { cls: "ii-ref-group", attr: { role: "group" } });
		this.drawn.set(item, { pending, group, toggle });
		toggle.addEventListener("click", (event) => {
			event.stopPropagation();
			try {
				this.setOpen(item, item.getAttribute("aria-expanded") !== "true");
			} catch (error) {
				console.error("Informational Interviews: could not open or close a branch of the referral map", error);
			}
		});
		const open = this.ctx.isOpen(node.person, level <= this.options.openLevels);
		this.markOpen(item, open);
		return open ? this.childrenOf(pending, group) : [];
	}

	private childrenOf(pending: Pending, group: HTMLElement): Pending[] {
		return pending.node.children.map((child) => ({ node: child, list: group, level: pending.level + 1, referrer: pending.node.person }));
	}

	private markOpen(item: HTMLElement, open: boolean): void {
		const drawn = this.drawn.get(item);
		if (!drawn) return;
		const name = shortName(this.ctx.graph.person(drawn.pending.node.person).name);
		item.setAttr("aria-expanded", String(open));
		setIcon(drawn.toggle, open ? "chevron-down" : "chevron-right");
		drawn.toggle.setAttr("aria-label", open ? `Collapse the referrals of ${name}` : `Expand the referrals of ${name}`);
	}

	setOpen(item: Element, open: boolean): void {
		const drawn = this.drawn.get(item);
		if (!drawn || !item.instanceOf(HTMLElement)) return;
		this.ctx.setOpen(drawn.pending.node.person, open);
		this.markOpen(item, open);
		drawn.group.empty();
		if (open) this.draw(this.childrenOf(drawn.pending, drawn.group));
	}

	isOpen(item: Element): boolean {
		return item.getAttribute("aria-expanded") === "true";
	}

	hasChildren(item: Element): boolean {
		return this.drawn.has(item);
	}
}

function move(from: HTMLElement, to: Element | null | undefined): void {
	if (!(to instanceof HTMLElement)) return;
	from.tabIndex = -1;
	to.tabIndex = 0;
	to.focus();
}

function parentItem(item: Element): Element | null {
	return item.parentElement?.closest(ITEM) ?? null;
}

/** Arrow keys move between the items shown, open and close branches; Enter opens the person's note. */
function onKey(list: TreeList, event: KeyboardEvent, open: (item: HTMLElement, event: KeyboardEvent) => void): void {
	const target = event.target;
	if (!(target instanceof HTMLElement) || target.getAttribute("role") !== "treeitem") return;
	const items = Array.from(list.tree.querySelectorAll(ITEM));
	const at = items.indexOf(target);
	let handled = true;
	switch (event.key) {
		case "ArrowDown":
			move(target, items[at + 1]);
			break;
		case "ArrowUp":
			move(target, items[at - 1]);
			break;
		case "Home":
			move(target, items[0]);
			break;
		case "End":
			move(target, items[items.length - 1]);
			break;
		case "ArrowRight":
			if (list.hasChildren(target) && !list.isOpen(target)) list.setOpen(target, true);
			else if (list.isOpen(target)) move(target, target.querySelector(ITEM));
			break;
		case "ArrowLeft":
			if (list.isOpen(target)) list.setOpen(target, false);
			else move(target, parentItem(target));
			break;
		case "Enter":
			open(target, event);
			break;
		default:
			handled = false;
	}
	if (handled) event.preventDefault();
}

/**
 * Draws `nodes` (with their subtrees, as far as they are open) as a tree under `parent`.
 * `open` is called for Enter on an item, with the item, to open that person's note.
 */
export function renderReferralTree(
	parent: HTMLElement,
	nodes: readonly ReferralTreeNode[],
	ctx: MapContext,
	options: TreeListOptions,
	open: (item: HTMLElement, event: KeyboardEvent) => void,
): HTMLElement {
	const tree = parent.createEl("ul", { cls: "ii-ref-tree", attr: { role: "tree", "aria-label": options.label } });
	const list = new TreeList(ctx, options, tree);
	list.draw(nodes.map((node) => ({ node, list: tree, level: 1, referrer: options.topReferrer })));
	const first = tree.querySelector(ITEM);
	if (first instanceof HTMLElement) first.tabIndex = 0;
	tree.addEventListener("keydown", (event) => {
		try {
			onKey(list, event, open);
		} catch (error) {
			console.error("Informational Interviews: a key in the referral tree failed", error);
		}
	});
	return tree;
}
