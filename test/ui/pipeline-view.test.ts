// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { PIPELINE_VIEW_TYPE, PipelineView } from "../../src/ui/pipeline-view";
import { NewInterviewModal } from "../../src/ui/new-interview-modal";
import { Menu, Modal, Notice, setPlatform, type App } from "../obsidian-fake";
import { fileAt, hasExampleVault, note } from "../integration/fixture";
import { afterBatch, clickUndo, frontmatterOf, keydown, runCommand, startQueue, textOf, until, resetUi } from "./queue-fixture";

const INGRID = "Contacts/Ingrid Solberg.md";
const HANNAH = "Contacts/Hannah Schultz.md";
const KWAME = "Contacts/Kwame Asante.md";

afterEach(resetUi);

async function openPipeline(app: App): Promise<PipelineView> {
	if (!app.workspace.containerEl.isConnected) document.body.appendChild(app.workspace.containerEl);
	if (!runCommand(app, "open-pipeline")) throw new Error("the command did not run");
	await app.settle();
	const view = app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0]?.view;
	if (!(view instanceof PipelineView)) throw new Error("the pipeline is not open");
	return view;
}

function column(view: PipelineView, stage: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.ii-pipeline-column[data-column="${stage}"]`);
	if (!el) throw new Error(`no column ${stage}`);
	return el;
}

function namesIn(view: PipelineView, stage: string): string[] {
	return Array.from(column(view, stage).querySelectorAll(".ii-pipeline-card-name")).map((n) => n.textContent ?? "");
}

function card(view: PipelineView, path: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.ii-pipeline-card[data-path="${CSS.escape(path)}"]`);
	if (!el) throw new Error(`no card ${path}`);
	return el;
}

function chooseMenuItem(title: string): void {
	const item = Menu.shown?.items.find((i) => i.title === title);
	if (!item) throw new Error(`no menu item "${title}" in ${Menu.shown?.items.map((i) => i.title).join(", ")}`);
	item.click();
}

describe.skipIf(!hasExampleVault)("pipeline view on the example vault", () => {
	it("shows a column per stage with counts, cards with organization, next follow-up and time in stage, paused folded", async () => {
		const { app } = await startQueue();
		const view = await openPipeline(app);
		expect(namesIn(view, "contacted")).toEqual(["Ingrid Solberg"]);
		expect(column(view, "contacted").querySelector(".ii-pipeline-count")?.textContent).toBe("1");
		const ingrid = card(view, INGRID);
		expect(ingrid.querySelector(".ii-pipeline-card-next")?.textContent).toContain("No reply from Ingrid Solberg yet");
		expect(ingrid.querySelector(".ii-pipeline-card-since")?.textContent).toMatch(/In this stage: \d+ days/);
		expect((column(view, "paused") as HTMLDetailsElement).open).toBe(false);
		expect((column(view, "scheduled") as HTMLDetailsElement).open).toBe(true);
	});

	it("moves a card with its Move to… menu: contacted asks how, writes both facts, and undo restores the note", async () => {
		const { app } = await startQueue();
		const view = await openPipeline(app);
		const before = textOf(app, HANNAH);
		card(view, HANNAH).querySelector<HTMLButtonElement>(".ii-pipeline-card-move")?.click();
		chooseMenuItem("Move to contacted");
		await app.settle();
		chooseMenuItem("Contacted by linkedin");
		await until(() => frontmatterOf(app, HANNAH).outreach_method === "linkedin", "the write");
		expect(frontmatterOf(app, HANNAH).contacted).toBe("2026-11-23");
		await afterBatch(app);
		expect(namesIn(view, "contacted")).toContain("Hannah Schultz");
		await clickUndo();
		await until(() => textOf(app, HANNAH) === before, "the undo");
	});

	it("opens the menu from the keyboard, and a backward move explains instead of deleting", async () => {
		const { app } = await startQueue();
		const view = await openPipeline(app);
		const before = textOf(app, KWAME);
		const kwame = card(view, KWAME);
		kwame.focus();
		keydown(kwame, "m");
		chooseMenuItem("Move to contacted");
		await app.settle();
		expect(Notice.messages().join("\n")).toMatch(/Kwame Asante stays "interviewed": that comes from the interview note/);
		expect(textOf(app, KWAME)).toBe(before);
	});

	it("to scheduled opens New interview for the person", async () => {
		const { app } = await startQueue();
		const view = await openPipeline(app);
		card(view, INGRID).querySelector<HTMLButtonElement>(".ii-pipeline-card-move")?.click();
		chooseMenuItem("Move to scheduled");
		await app.settle();
		expect(Modal.current()).toBeInstanceOf(NewInterviewModal);
	});

	it("filters by field and by name, and a Progress number filters the board to its people", async () => {
		const { app } = await startQueue();
		const view = await openPipeline(app);
		const search = view.contentEl.querySelector<HTMLInputElement>(".ii-pipeline-search");
		if (!search) throw new Error("no search");
		search.value = "ingrid";
		search.dispatchEvent(new Event("input"));
		expect(view.cardCount).toBe(1);
		view.contentEl.querySelector<HTMLButtonElement>('[data-tab="progress"]')?.click();
		expect(view.contentEl.querySelectorAll(".ii-progress-chart").length).toBeGreaterThan(2);
		expect(view.contentEl.querySelector(".ii-progress-chart")?.getAttribute("aria-label")).toMatch(/^Funnel: Identified \d+/);
		const staying = Array.from(view.contentEl.querySelectorAll<HTMLAnchorElement>("a.ii-progress-number")).find((a) => a.getAttribute("aria-label")?.includes("staying in touch"));
		staying?.click();
		expect(view.contentEl.querySelector(".ii-pipeline-only")?.textContent).toContain("staying in touch");
		expect(view.cardCount).toBe(Number(staying?.textContent));
	});
});

describe("pipeline view", () => {
	it("drops a card on another column to write its fact", async () => {
		const { app } = await startQueue({ "Contacts/Jo.md": note({ type: "contact", contacted: "2026-11-02" }) });
		const view = await openPipeline(app);
		const jo = card(view, "Contacts/Jo.md");
		expect(jo.getAttribute("draggable")).toBe("true");
		jo.dispatchEvent(new Event("dragstart", { bubbles: true }));
		const target = column(view, "replied");
		target.dispatchEvent(new Event("dragover", { bubbles: true, cancelable: true }));
		target.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
		await until(() => frontmatterOf(app, "Contacts/Jo.md").replied === "2026-11-23", "the write");
		await afterBatch(app);
		expect(namesIn(view, "replied")).toEqual(["Jo"]);
	});

	it("on a phone, cards are not draggable and still have their menu", async () => {
		setPlatform("mobile");
		const { app } = await startQueue({ "Contacts/Jo.md": note({ type: "contact" }) });
		const view = await openPipeline(app);
		expect(card(view, "Contacts/Jo.md").getAttribute("draggable")).toBeNull();
		expect(card(view, "Contacts/Jo.md").querySelector(".ii-pipeline-card-move")).not.toBeNull();
	});

	it("Compile field notes creates a note per field, then rewrites only the marked part", async () => {
		const { app } = await startQueue({
			"Contacts/Jo.md": note({ type: "contact", field: "Nursing" }),
			"Interviews/Talk with Jo.md": note({ type: "interview", contact: "[[Jo]]", date: "2026-11-20T10:00" }, "## Debrief\n\nNights are long.\n"),
		});
		runCommand(app, "compile-field-notes");
		await until(() => app.vault.getFileByPath("Field notes/Nursing.md") !== null, "the field note");
		const created = textOf(app, "Field notes/Nursing.md");
		expect(created).toContain("> Nights are long.");
		expect(created).toContain("fewer than 3 is too few to judge a field");
		const mine = `${created}My verdict: not for me.\n`;
		await app.vault.modify(fileAt(app, "Field notes/Nursing.md"), mine);
		await app.vault.modify(fileAt(app, "Interviews/Talk with Jo.md"), "---\ntype: interview\ncontact: \"[[Jo]]\"\ndate: 2026-11-20T10:00\n---\n## Debrief\n\nDays are long too.\n");
		await afterBatch(app);
		Notice.clear();
		runCommand(app, "compile-field-notes");
		await until(() => Notice.messages().some((m) => m.includes("1 updated")), "the update");
		const updated = textOf(app, "Field notes/Nursing.md");
		expect(updated).toContain("> Days are long too.");
		expect(updated.endsWith("My verdict: not for me.\n")).toBe(true);
	});
});
