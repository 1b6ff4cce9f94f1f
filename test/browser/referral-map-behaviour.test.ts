import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Modal } from "../obsidian-fake";
import { valueOf } from "../obsidian/form-driver";
import { activate, freezeClock, resetAll, startPlugin } from "./fixture";
import { accessibleName, tabOrder, tabStops, unnamedControls } from "./keyboard";
import { isVisible } from "./layout-checks";
import { focusedName, names, openMap, section } from "./map-driver";
import { FRAMES } from "./page";

const TOMAS = "Contacts/Tomás Herrera.md";
const PRIYA = "Contacts/Priya Raman.md";
const OLUSEGUN = "Contacts/Olusegun Adeyemi.md";
const DESKTOP = FRAMES[0]!;

beforeEach(() => freezeClock());
afterEach(() => resetAll());

describe("the referral map in the browser", () => {
	it("follows the active note as it changes, and shows the network when the note is about nobody", async () => {
		const { app } = await startPlugin();
		const view = await openMap(app, DESKTOP);
		await activate(app, TOMAS);
		expect(focusedName(view)).toBe("Tomás Herrera");
		await activate(app, "Interviews/2026-11-22 Kwame Asante.md");
		expect(focusedName(view)).toBe("Kwame Asante");
		expect(names(section(view, "Referrals"))).toEqual(["Hannah Schultz"]);
		await activate(app, "Start here.md");
		expect(view.contentEl.querySelector("h3")?.textContent).toBe("Network overview");
		expect(isVisible(view.contentEl.querySelector("h3")!)).toBe(true);
	});

	it("reaches every link and button with Tab, each tree once, and names every control", async () => {
		const { app } = await startPlugin();
		const view = await openMap(app, DESKTOP);
		await activate(app, TOMAS);
		const stops = tabStops(view.contentEl);
		// A tree item is named by its content: the person, their stage and their organization.
		expect(stops.map(accessibleName)).toEqual(["Tomás Herrera", "interview on 2026-10-20", "Priya Raman", "Mei-Ling ChenscheduledLarkspur Learning", "Mei-Ling Chen", "2026-09-29 Priya Raman", "2026-10-20 Tomás Herrera", "Start here"]);
		expect(await tabOrder(view.contentEl)).toEqual(stops);
		// Inside a tree only the current item is a tab stop; its links and buttons are reached with the arrows.
		for (const tree of Array.from(view.contentEl.querySelectorAll('[role="tree"]'))) {
			expect(stops.filter((el) => tree.contains(el))).toHaveLength(1);
			expect(tree.getAttribute("aria-label")).not.toBe("");
		}
		expect(unnamedControls(view.containerEl)).toEqual([]);
	});

	it("moves through a tree with the arrow keys, opens and closes branches, and opens a note with Enter", async () => {
		const { app } = await startPlugin();
		const view = await openMap(app, DESKTOP);
		await activate(app, PRIYA);
		const tree = section(view, "Referrals").querySelector<HTMLElement>('[role="tree"]')!;
		const items = (): HTMLElement[] => Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]'));
		const [tomas] = items();
		tomas!.focus();

		await userEvent.keyboard("{ArrowDown}");
		expect(document.activeElement).toBe(items()[1]);
		expect(accessibleName(items()[1]!.querySelector(".ii-ref-link")!)).toBe("Mei-Ling Chen");
		await userEvent.keyboard("{ArrowUp}");
		expect(document.activeElement).toBe(tomas);
		await userEvent.keyboard("{ArrowLeft}");
		expect(tomas!.getAttribute("aria-expanded")).toBe("false");
		expect(items()).toHaveLength(1);
		await userEvent.keyboard("{ArrowRight}");
		expect(tomas!.getAttribute("aria-expanded")).toBe("true");
		expect(items()).toHaveLength(2);

		await userEvent.keyboard("{ArrowDown}");
		await userEvent.keyboard("{Enter}");
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe("Contacts/Mei-Ling Chen.md");
		expect(focusedName(view)).toBe("Mei-Ling Chen");
	});

	it("opens a linked note with Enter, and presses its buttons with Enter and with Space", async () => {
		const { app } = await startPlugin();
		const view = await openMap(app, DESKTOP);
		await activate(app, OLUSEGUN);
		const create = section(view, "Referred by").querySelector<HTMLButtonElement>("button.ii-ref-create")!;
		expect(accessibleName(create)).toBe("Create a contact note for Renee Park");

		for (const key of ["{Enter}", "[Space]"]) {
			create.focus();
			await userEvent.keyboard(key);
			await app.settle();
			const form = Modal.current();
			expect(form?.contentEl.textContent, key).toContain("Name");
			expect(valueOf(form!.contentEl, "Name")).toBe("Renee Park");
			Modal.closeAll();
		}

		const mention = section(view, "Mentioned in").querySelector<HTMLElement>(".ii-ref-link")!;
		expect(mention.textContent).toBe("2026-12-02 Olusegun Adeyemi");
		mention.focus();
		await userEvent.keyboard("{Enter}");
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe("Interviews/2026-12-02 Olusegun Adeyemi.md");
	});
});
