import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { PIPELINE_VIEW_TYPE, PipelineView } from "../../src/ui/pipeline-view";
import { Menu, parseYaml, type App } from "../obsidian-fake";
import { contrastFaults } from "./contrast";
import { fileAt, freezeClock, resetAll, runCommand, startPlugin } from "./fixture";
import { showInSidebar, type Frame, type Theme } from "./page";
import { nextFrames } from "./queue-driver";

const HANNAH = "Contacts/Hannah Schultz.md";
const INGRID = "Contacts/Ingrid Solberg.md";
const IMAGES = "../../docs/images";
const THEMES: readonly Theme[] = ["light", "dark"];
/** The main area on a laptop, and a phone screen. */
const WIDE = 620;
const PHONE = 375;

beforeEach(async () => {
	await page.viewport(640, 700);
	freezeClock();
});
afterEach(() => {
	Menu.shown?.hide();
	resetAll();
});

async function openBoard(app: App, frame: Frame): Promise<PipelineView> {
	await runCommand(app, "open-pipeline");
	const view = app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0]?.view;
	if (!(view instanceof PipelineView)) throw new Error("the pipeline is not open");
	view.containerEl.querySelector(".view-header-title")?.setText(view.getDisplayText());
	showInSidebar(view.containerEl, frame);
	await nextFrames();
	return view;
}

function card(view: PipelineView, path: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.ii-pipeline-card[data-path="${CSS.escape(path)}"]`);
	if (!el) throw new Error(`no card ${path}`);
	return el;
}

function column(view: PipelineView, stage: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.ii-pipeline-column[data-column="${stage}"]`);
	if (!el) throw new Error(`no column ${stage}`);
	return el;
}

async function frontmatter(app: App, path: string): Promise<Record<string, unknown>> {
	const text = await app.vault.read(fileAt(app, path));
	return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (await check()) return;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error(`timed out waiting for ${what}`);
}

describe("the pipeline board in a browser", () => {
	it("moves a card by dragging it onto another column", async () => {
		const { app } = await startPlugin();
		const view = await openBoard(app, { theme: "light", width: WIDE, mobile: false });
		// The events Chromium sends for a drag, with a real DataTransfer (Playwright's drag does not reach a scrolled-away column).
		const dataTransfer = new DataTransfer();
		const target = column(view, "replied");
		target.scrollIntoView();
		card(view, INGRID).dispatchEvent(new DragEvent("dragstart", { bubbles: true, dataTransfer }));
		const over = new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer });
		target.dispatchEvent(over);
		expect(over.defaultPrevented).toBe(true);
		target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer }));
		await until(async () => (await frontmatter(app, INGRID)).replied !== undefined, "the reply to be written");
		await until(() => column(view, "replied").textContent?.includes("Ingrid Solberg") === true, "the card to move");
	});

	it("opens Move to… from the keyboard and writes the chosen fact", async () => {
		const { app } = await startPlugin();
		const view = await openBoard(app, { theme: "light", width: WIDE, mobile: false });
		card(view, HANNAH).focus();
		await userEvent.keyboard("m");
		const item = Menu.shown?.items.find((i) => i.title === "Move to staying in touch");
		if (!item) throw new Error(`no item in ${Menu.shown?.items.map((i) => i.title).join(", ") ?? "no menu"}`);
		item.click();
		await until(async () => (await frontmatter(app, HANNAH)).stay_in_touch === true, "stay_in_touch");
	});

	it.each(THEMES)("at phone width is one column of foldable sections that fits and reads (%s)", async (theme) => {
		const { app } = await startPlugin();
		const view = await openBoard(app, { theme, width: PHONE, mobile: true });
		const lefts = new Set(Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-pipeline-column")).map((c) => Math.round(c.getBoundingClientRect().left)));
		expect(lefts.size).toBe(1);
		expect(contrastFaults(view.containerEl)).toEqual([]);
	});

	it.each(THEMES)("reads in the %s theme, board and progress", async (theme) => {
		const { app } = await startPlugin();
		const view = await openBoard(app, { theme, width: WIDE, mobile: false });
		expect(contrastFaults(view.containerEl)).toEqual([]);
		view.contentEl.querySelector<HTMLButtonElement>('[data-tab="progress"]')?.click();
		await nextFrames();
		expect(contrastFaults(view.containerEl)).toEqual([]);
		const bar = view.contentEl.querySelector(".ii-progress-bar");
		expect(bar && getComputedStyle(bar).fill).not.toBe(getComputedStyle(view.contentEl).backgroundColor);
	});
});

describe("screenshots for the README", () => {
	async function shoot(view: PipelineView, name: string): Promise<void> {
		const sidebar = view.containerEl.closest<HTMLElement>(".ii-test-sidebar");
		if (!sidebar) throw new Error("not shown");
		sidebar.setCssStyles({ height: "680px", overflow: "hidden" });
		await page.screenshot({ path: `${IMAGES}/${name}`, element: sidebar });
	}

	it.each(THEMES)("the pipeline board and progress, %s", async (theme) => {
		const { app } = await startPlugin();
		const view = await openBoard(app, { theme, width: WIDE, mobile: false });
		await shoot(view, `pipeline-board-${theme}.png`);
		view.contentEl.querySelector<HTMLButtonElement>('[data-tab="progress"]')?.click();
		await nextFrames();
		await shoot(view, `pipeline-progress-${theme}.png`);
	});

	it("a field note", async () => {
		const { app } = await startPlugin();
		await runCommand(app, "compile-field-notes");
		await until(() => app.vault.getFileByPath("Field notes/UX research.md") !== null, "the field note");
		const text = await app.vault.read(fileAt(app, "Field notes/UX research.md"));
		const frame = document.body.createDiv({ cls: "ii-test-sidebar" });
		document.body.addClass("theme-light");
		frame.setCssStyles({ width: `${WIDE}px`, padding: "12px", background: "var(--background-primary)", color: "var(--text-normal)" });
		frame.createEl("pre", { text, attr: { style: "white-space: pre-wrap; font-size: 12px;" } });
		await page.screenshot({ path: `${IMAGES}/field-note.png`, element: frame });
	});
});
