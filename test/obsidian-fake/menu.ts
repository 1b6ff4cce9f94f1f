import type * as obsidian from "obsidian";
import { Component } from "./component";
import { track } from "./pending";

/**
 * Obsidian's MenuItem. It draws nothing; a test reads `title` and runs the item with
 * `click()`, as choosing it in the menu does (the menu hides first, as in Obsidian).
 */
export class MenuItem {
	/** Test hook: the title as text. */
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(private readonly menu: Menu) {}

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setWarning(_isWarning: boolean): this {
		return this;
	}

	setIsLabel(_isLabel: boolean): this {
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	/** Test hook: chooses the item. A disabled item does nothing. */
	click(): void {
		if (this.disabled) return;
		this.menu.hide();
		track(this.callback?.(new MouseEvent("click")));
	}
}

/**
 * Obsidian's Menu. Items are kept in `items`; the menu shown last is `Menu.shown` until
 * it hides (a test hook), so a test can find the menu a click opened.
 */
export class Menu extends Component {
	/** Test hook: the menu on screen, if any. */
	static shown: Menu | null = null;
	readonly items: MenuItem[] = [];
	/** Test hook: where it was shown. */
	position: obsidian.MenuPositionDef | null = null;
	private readonly hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		return this;
	}

	setParentElement(_el: HTMLElement): this {
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}

	showAtPosition(position: obsidian.MenuPositionDef, _doc?: Document): this {
		Menu.shown?.hide();
		this.position = position;
		Menu.shown = this;
		this.load();
		return this;
	}

	hide(): this {
		if (Menu.shown !== this) return this;
		Menu.shown = null;
		this.unload();
		for (const callback of this.hideCallbacks) track(callback());
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}

	/** Test hook: the item with this title. */
	item(title: string): MenuItem {
		const found = this.items.find((item) => item.title === title);
		if (!found) throw new Error(`no menu item "${title}" in: ${this.items.map((item) => item.title).join(", ")}`);
		return found;
	}
}
