import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Menu } from "../obsidian-fake";
import { freezeClock, resetAll, startPlugin } from "./fixture";
import { isVisible } from "./layout-checks";
import { DESKTOP_WIDTH, PHONE_WIDTH } from "./page";
import { openQueue, rowByTitle, rows } from "./queue-driver";

const THANK_KWAME = "Thank-you · Kwame Asante";

beforeEach(() => freezeClock());
afterEach(() => resetAll());

/** Everything a finger can press in the view, as laid out now. */
function touchTargets(root: HTMLElement): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>("button, select, .ii-queue-line")).filter(isVisible);
}

describe("the follow-up queue as core's sidebars draw theirs", () => {
	it("draws each item on one line no taller than 40 px in a 300 px desktop sidebar", async () => {
		const { app } = await startPlugin();
		const view = await openQueue(app, { theme: "light", width: DESKTOP_WIDTH, mobile: false });
		const all = rows(view);
		expect(all.length).toBeGreaterThan(5);
		for (const row of all) {
			const height = row.getBoundingClientRect().height;
			expect(height, row.getAttribute("aria-label") ?? "").toBeLessThanOrEqual(40);
			// One line: the title, the organization and the time share a baseline row.
			const line = row.querySelector<HTMLElement>(".ii-queue-line")!;
			const tops = Array.from(line.children).filter(isVisible).map((el) => Math.round(el.getBoundingClientRect().top));
			expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(3);
		}
		// The actions wait for the pointer: hidden at rest, shown on hover.
		const row = rowByTitle(view, THANK_KWAME);
		expect(isVisible(row.querySelector(".ii-queue-actions")!)).toBe(false);
		await userEvent.hover(row);
		expect(isVisible(row.querySelector(".ii-queue-action.is-primary")!)).toBe(true);
	});

	it("gives every touch target at least 44 px on a 375 px phone, the main action one tap away", async () => {
		const { app } = await startPlugin();
		const view = await openQueue(app, { theme: "dark", width: PHONE_WIDTH, mobile: true });
		const targets = touchTargets(view.contentEl);
		expect(targets.length).toBeGreaterThan(20);
		const small = targets
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ el, box }) => box.height < 44 || (el.matches(".clickable-icon") && box.width < 44))
			.map(({ el, box }) => `${el.className} ${el.getAttribute("aria-label") ?? el.textContent ?? ""}: ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
		expect(small).toEqual([]);
		for (const row of rows(view)) expect(isVisible(row.querySelector(".ii-queue-action.is-primary")!)).toBe(true);
		// A long press opens the row's menu, with every action.
		rowByTitle(view, THANK_KWAME).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(Menu.shown?.items.map((item) => item.title)).toContain("Mark thank-you sent");
		Menu.shown?.hide();
	});

	it.each([
		["en-US", "today 2:30 PM"],
		["de-DE", "today 14:30"],
	])("writes times in the user's locale and clock (%s)", async (locale, expected) => {
		const { app } = await startPlugin();
		const view = await openQueue(app, { theme: "light", width: DESKTOP_WIDTH, mobile: false });
		view.locale = () => locale;
		view.drawQueue();
		expect(rowByTitle(view, THANK_KWAME).querySelector(".ii-queue-when")?.textContent).toBe(expected);
		// A follow-up due at the start of a day names the day, never "00:00" or "12:00 AM".
		for (const row of rows(view)) expect(row.querySelector(".ii-queue-when")?.textContent ?? "").not.toMatch(/\b(00:00|12:00 AM)\b/);
	});
});
