import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { Menu, parseYaml } from "../obsidian-fake";
import { freezeClock, resetAll, startPlugin, type Started } from "./fixture";
import { accessibleName, tabOrder, tabStops, unnamedControls } from "./keyboard";
import { isVisible } from "./layout-checks";
import { bodyOf, openQueue, pathOf, rowByTitle, rows, titleOf, titles } from "./queue-driver";
import { FRAMES } from "./page";

const DESKTOP = FRAMES[0]!;
const CONFIRM_MEI = "Confirm · Mei-Ling Chen";
const DEBRIEF_KWAME = "Debrief · Kwame Asante";

beforeEach(() => freezeClock());
afterEach(() => resetAll());

/** A note's properties as written on disk. */
function propertiesOf({ app }: Started, path: string): Record<string, unknown> {
	const text = app.vault.contentOf(path) ?? "";
	const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
	return (parseYaml(match?.[1] ?? "") ?? {}) as Record<string, unknown>;
}

describe("the follow-up queue in the browser", () => {
	it("writes an action's fact into the note, leaves the body byte for byte, and the item leaves", async () => {
		const started = await startPlugin();
		const view = await openQueue(started.app, DESKTOP);
		const row = rowByTitle(view, CONFIRM_MEI);
		const path = pathOf(row);
		const before = started.app.vault.contentOf(path) ?? "";
		const button = row.querySelector<HTMLButtonElement>("button.is-primary")!;
		expect(button.getAttribute("aria-label")).toBe(`Mark confirmed: ${CONFIRM_MEI}`);

		// On a desktop the row's buttons show under the pointer, as in core's sidebars.
		await userEvent.hover(row);
		await userEvent.click(button);
		await vi.waitFor(() => expect(titles(view)).not.toContain(CONFIRM_MEI));
		expect(propertiesOf(started, path)).toMatchObject({ confirmed: "2026-11-23" });
		expect(bodyOf(started.app.vault.contentOf(path) ?? "")).toBe(bodyOf(before));
	});

	it("hides every item of a note snoozed from its row's menu, until the day chosen", async () => {
		const started = await startPlugin();
		const view = await openQueue(started.app, DESKTOP);
		const row = rowByTitle(view, DEBRIEF_KWAME);
		const path = pathOf(row);
		const before = started.app.vault.contentOf(path) ?? "";
		const snooze = row.querySelector<HTMLButtonElement>("button.ii-queue-snooze")!;
		expect(accessibleName(snooze)).toBe(`Snooze: ${DEBRIEF_KWAME}`);

		await userEvent.hover(row);
		await userEvent.click(snooze);
		const item = Menu.shown?.items.find((i) => i.title === "Snooze 1 day");
		if (!item) throw new Error(`no "Snooze 1 day" in the menu: ${Menu.shown?.items.map((i) => i.title).join(", ") ?? "no menu"}`);
		item.click();
		await vi.waitFor(() => expect(rows(view).filter((r) => pathOf(r) === path)).toEqual([]));
		expect(propertiesOf(started, path)).toMatchObject({ snooze_until: "2026-11-24" });
		expect(bodyOf(started.app.vault.contentOf(path) ?? "")).toBe(bodyOf(before));
	});

	it("reaches the filters, the current item and its buttons with Tab, and names every control", async () => {
		const { app } = await startPlugin();
		const view = await openQueue(app, DESKTOP);
		const stops = tabStops(view.contentEl);
		const first = rows(view)[0]!;
		const filters = Array.from(view.contentEl.querySelectorAll("select")).filter(isVisible);
		expect(filters.length).toBeGreaterThan(0);
		// The header's buttons, the filters, the first group's heading (it opens and closes the group), then the first item.
		const tools = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-queue-tool")).filter(isVisible);
		const firstToggle = view.contentEl.querySelector<HTMLElement>(".ii-queue-group:not(.ii-queue-hidden) .ii-queue-group-toggle")!;
		expect(tools.map(accessibleName)).toEqual(["New contact", "Import contacts", "Collapse all"]);
		expect(stops.slice(0, tools.length + filters.length + 2)).toEqual([...tools, ...filters, firstToggle, first]);
		expect(stops.filter((el) => el.closest(".ii-queue-row") !== null && el.closest(".ii-queue-row") !== first)).toEqual([]);
		// Once the first item has the focus, its buttons show and come next (the menu's own button is for phones).
		const at = stops.indexOf(first) + 1;
		const firstButtons = Array.from(first.querySelectorAll("button")).filter((b) => b.tabIndex >= 0 && !b.classList.contains("ii-queue-menu"));
		expect(await tabOrder(view.contentEl)).toEqual([...stops.slice(0, at), ...firstButtons, ...stops.slice(at)]);
		expect(unnamedControls(view.containerEl)).toEqual([]);
		for (const select of Array.from(view.contentEl.querySelectorAll("select"))) expect(accessibleName(select)).not.toBe("");
	});

	it("moves between items with the arrow keys, Home and End, and reaches every button of every item", async () => {
		const { app } = await startPlugin();
		const view = await openQueue(app, DESKTOP);
		const all = rows(view);
		all[0]!.focus();
		for (const [i, row] of all.entries()) {
			expect(document.activeElement, titleOf(row)).toBe(row);
			// Tab walks the item's buttons, Shift+Tab walks back to the item.
			// On a desktop the row's buttons show while it has the focus (the menu's own button is for phones).
			const buttons = Array.from(row.querySelectorAll("button")).filter(isVisible);
			expect(buttons.length).toBeGreaterThanOrEqual(3);
			for (const button of buttons) {
				await userEvent.tab();
				expect(document.activeElement).toBe(button);
			}
			for (let b = 0; b < buttons.length; b++) await userEvent.tab({ shift: true });
			expect(document.activeElement).toBe(row);
			if (i < all.length - 1) await userEvent.keyboard("{ArrowDown}");
		}
		await userEvent.keyboard("{ArrowDown}");
		expect(document.activeElement).toBe(all[all.length - 1]);
		await userEvent.keyboard("{Home}");
		expect(document.activeElement).toBe(all[0]);
		await userEvent.keyboard("{ArrowUp}");
		expect(document.activeElement).toBe(all[0]);
		await userEvent.keyboard("{End}");
		expect(document.activeElement).toBe(all[all.length - 1]);
	});

	it("opens an item's note with Enter, runs its action with Space, and keeps the focus in the list", async () => {
		const started = await startPlugin();
		const { app } = started;
		const view = await openQueue(app, DESKTOP);
		const row = rowByTitle(view, CONFIRM_MEI);
		row.focus();
		await userEvent.keyboard("{Enter}");
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe(pathOf(row));

		row.focus();
		await userEvent.keyboard("[Space]");
		await vi.waitFor(() => expect(titles(view)).not.toContain(CONFIRM_MEI));
		expect(propertiesOf(started, pathOf(row))).toMatchObject({ confirmed: "2026-11-23" });
		// The item that took its place has the focus, so that the next Space acts on it.
		expect(document.activeElement?.classList.contains("ii-queue-row")).toBe(true);

		const next = document.activeElement as HTMLElement;
		const button = next.querySelector<HTMLButtonElement>("button.is-primary")!;
		button.focus();
		await userEvent.keyboard("[Space]");
		await vi.waitFor(() => expect(titles(view)).not.toContain(titleOf(next)));
	});
});
