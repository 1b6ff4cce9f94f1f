// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { QUEUE_VIEW_TYPE } from "../../src/ui/queue-view";
import { SnoozeModal } from "../../src/ui/snooze-modal";
import { errorBeside } from "../obsidian/form-driver";
import { migrateSettings } from "../../src/domain/settings";
import { App, Component, Menu, Modal, Notice, setPlatform, unloadPlugin } from "../obsidian-fake";
import { fileAt, hasExampleVault, manifest, note } from "../integration/fixture";
import {
	afterBatch,
	bodyOf,
	buttonIn,
	clickUndo,
	frontmatterOf,
	groupEl,
	groupHeadings,
	hasRow,
	keydown,
	openQueue,
	queueView,
	rowByTitle,
	resetUi,
	rowsOf,
	runCommand,
	startQueue,
	textOf,
	type QueueFixture,
	until,
} from "./queue-fixture";

const KWAME_TALK = "Interviews/2026-11-22 Kwame Asante.md";
const KWAME = "Contacts/Kwame Asante.md";
const INGRID = "Contacts/Ingrid Solberg.md";
const MEI_TALK = "Interviews/2026-11-24 Mei-Ling Chen.md";
const THANK_KWAME = "Thank-you · Kwame Asante";
const DEBRIEF_KWAME = "Debrief · Kwame Asante";
const PHONE_INGRID = "Call · Ingrid Solberg";
const CONFIRM_MEI = "Confirm · Mei-Ling Chen";

afterEach(resetUi);

function statusBar(fixture: Pick<QueueFixture, "app">): HTMLElement | null {
	return fixture.app.workspace.containerEl.querySelector<HTMLElement>(".ii-queue-status");
}

function summary(view: ReturnType<typeof queueView>): string {
	return view.contentEl.querySelector(".ii-queue-summary")?.textContent ?? "";
}

function select(view: ReturnType<typeof queueView>, label: string, value: string): void {
	const el = view.contentEl.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
	if (!el) throw new Error(`no dropdown "${label}"`);
	el.value = value;
	el.dispatchEvent(new Event("change"));
}

function rows(view: ReturnType<typeof queueView>): HTMLElement[] {
	return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-queue-row"));
}

describe.skipIf(!hasExampleVault)("the follow-up queue over example-vault", () => {
	it("opens in the right sidebar from the command and the ribbon, reusing its leaf", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		expect(view.getDisplayText()).toBe("Follow-ups");
		expect(view.getIcon()).toBe("list-checks");
		expect(app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0]?.side).toBe("right");
		app.workspace.containerEl.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open follow-up queue"]')?.click();
		runCommand(app, "open-follow-up-queue");
		await app.settle();
		expect(app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)).toHaveLength(1);
		expect(queueView(app)).toBe(view);
	});

	it("groups the story's follow-ups with what to do, who, and when in words and in full", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		expect(groupHeadings(view)).toEqual(["Overdue (2)", "Today (2)", "Next 7 days (4)", "Later (3)", "Anytime (1)"]);
		expect(rowsOf(view, "Overdue")).toEqual([`${PHONE_INGRID} | overdue by 3 days`, `${DEBRIEF_KWAME} | overdue by 1 day`]);
		expect(rowsOf(view, "Today")).toEqual([`${CONFIRM_MEI} | due now`, `${THANK_KWAME} | today 14:30`]);
		expect(rowsOf(view, "Next 7 days")).toEqual([
			"Prepare · Fatima Haddad | tomorrow 12:30",
			"Reach out · Hannah Schultz | tomorrow 14:30",
			"Keep in touch · Priya Raman | Saturday 12:30",
			"Prepare · Olusegun Adeyemi | 30 Nov 08:30",
		]);
		// Due at the start of a day, the confirmation names the day, not "00:00".
		expect(rowsOf(view, "Later")).toEqual(["Confirm · Olusegun Adeyemi | 1 Dec", "Planned follow-up · Kwame Asante | 3 Dec", "Keep in touch · Lena Fischer | 28 Jan 2027"]);
		expect(rowsOf(view, "Anytime")).toEqual(["Reach out · Rosa Delgado | anytime"]);

		const thank = rowByTitle(view, THANK_KWAME);
		expect(thank.querySelector(".ii-queue-org")?.textContent).toBe("Office of Climate Resilience, City of Riverton");
		expect(thank.querySelector(".ii-queue-when")?.getAttribute("title")).toBe("Monday, 23 November 2026, 14:30");
		expect(thank.getAttribute("aria-label")).toContain("today 14:30 (Monday, 23 November 2026, 14:30)");
		expect(groupEl(view, "Overdue").querySelector(".ii-queue-group-toggle")?.getAttribute("aria-label")).toBe("Overdue: 2 items");
		// The kind's completing action comes first and stands out; every button says what it does to which item.
		const outreach = rowByTitle(view, PHONE_INGRID);
		expect(Array.from(outreach.querySelectorAll("button.ii-queue-action")).map((b) => b.getAttribute("aria-label"))).toEqual(["Got a reply: Call · Ingrid Solberg", "Log contact: Call · Ingrid Solberg"]);
		expect(outreach.querySelector("button.ii-queue-action")?.classList.contains("is-primary")).toBe(true);
		for (const button of Array.from(view.contentEl.querySelectorAll("button"))) expect(button.getAttribute("aria-label")).toBeTruthy();
		expect(summary(view)).toBe("2 overdue · 12 in all");
		expect(statusBar({ app })?.textContent).toBe("2 overdue follow-ups");
	});

	it("writes the fact through processFrontMatter, keeps the body and every other property, and the row leaves with the index batch", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		const before = textOf(app, KWAME_TALK);
		const properties = frontmatterOf(app, KWAME_TALK);
		buttonIn(rowByTitle(view, THANK_KWAME), "Mark thank-you sent").click();
		await until(() => textOf(app, KWAME_TALK).includes("thank_you_sent"), "the thank-you to be written");

		expect(frontmatterOf(app, KWAME_TALK)).toEqual({ ...properties, thank_you_sent: "2026-11-23" });
		expect(bodyOf(textOf(app, KWAME_TALK))).toBe(bodyOf(before));
		// Until the index reports the change, the row stays: the view does not hide anything itself.
		expect(hasRow(view, THANK_KWAME)).toBe(true);
		await afterBatch(app);
		expect(hasRow(view, THANK_KWAME)).toBe(false);
		expect(groupHeadings(view)).toContain("Today (1)");
		expect(Notice.messages()).toContain("Kwame Asante: thank-you marked as sent.Undo");

		await clickUndo();
		await until(() => !textOf(app, KWAME_TALK).includes("thank_you_sent"), "the undo");
		await afterBatch(app);
		expect(frontmatterOf(app, KWAME_TALK)).toEqual(properties);
		expect(bodyOf(textOf(app, KWAME_TALK))).toBe(bodyOf(before));
		expect(hasRow(view, THANK_KWAME)).toBe(true);
	});

	it("logging a contact clears the planned follow-up, and undo puts it back exactly", async () => {
		const { app } = await startQueue();
		await openQueue(app);
		await app.workspace.getLeaf(false).openFile(fileAt(app, KWAME));
		const properties = frontmatterOf(app, KWAME);
		expect(runCommand(app, "log-contact-today")).toBe(true);
		await until(() => frontmatterOf(app, KWAME).next_follow_up === undefined, "the contact to be logged");
		const { next_follow_up: _planned, ...rest } = properties;
		expect(frontmatterOf(app, KWAME)).toEqual({ ...rest, last_contact: "2026-11-23T12:00" });
		await clickUndo();
		await until(() => frontmatterOf(app, KWAME).next_follow_up !== undefined, "the undo");
		expect(frontmatterOf(app, KWAME)).toEqual(properties);
	});

	it("snoozes a note's follow-ups from the menu, and from a date the user picks, checked first", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		buttonIn(rowByTitle(view, PHONE_INGRID), "Snooze").click();
		expect(Menu.shown?.items.map((item) => item.title)).toEqual(["Snooze 1 day", "Snooze 3 days", "Snooze 1 week", "Pick a date…"]);
		Menu.shown?.item("Snooze 1 day").click();
		await until(() => textOf(app, INGRID).includes("snooze_until"), "the snooze");
		expect(frontmatterOf(app, INGRID).snooze_until).toBe("2026-11-24");
		await afterBatch(app);
		expect(hasRow(view, PHONE_INGRID)).toBe(false);
		expect(Notice.messages()).toContain("Follow-ups for Ingrid Solberg snoozed until Tuesday 24 November.Undo");

		buttonIn(rowByTitle(view, DEBRIEF_KWAME), "Snooze").click();
		Menu.shown?.item("Pick a date…").click();
		const modal = Modal.current();
		expect(modal).toBeInstanceOf(SnoozeModal);
		const input = modal?.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
		if (!modal || !input) throw new Error("no date field");
		expect(input.value).toBe("2026-11-24");
		input.value = "2026-11-23";
		keydown(input, "Enter");
		// The message stands beside the date it is about, which is marked invalid for screen readers.
		expect(errorBeside(modal.contentEl, "Until")).toContain("Pick a day after today");
		expect(modal.isOpen).toBe(true);
		input.value = "2026-11-30";
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Snooze")?.click();
		expect(modal.isOpen).toBe(false);
		await until(() => textOf(app, KWAME_TALK).includes("snooze_until"), "the picked snooze");
		expect(frontmatterOf(app, KWAME_TALK).snooze_until).toBe("2026-11-30");
		await afterBatch(app);
		expect(hasRow(view, DEBRIEF_KWAME)).toBe(false);
		expect(hasRow(view, THANK_KWAME)).toBe(false);
		expect(summary(view)).toBe("0 overdue · 9 in all");
	});

	it("moves an item from Today to Overdue at the minute it falls due, keeping its row", async () => {
		const fixture = await startQueue();
		const view = await openQueue(fixture.app);
		const row = rowByTitle(view, THANK_KWAME);
		const others = rows(view).filter((r) => r !== row);
		// Due 14:30; the clock is at 12:00. Each minute the view may redraw, rebuilding nothing.
		await vi.advanceTimersByTimeAsync(Date.parse("2026-11-23T13:30:00Z") - Date.now());
		expect(rowsOf(view, "Today")).toContain(`${THANK_KWAME} | due now`);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(rowsOf(view, "Overdue")).toContain(`${THANK_KWAME} | overdue by 1 minute`);
		expect(rowByTitle(view, THANK_KWAME)).toBe(row);
		expect(rows(view).filter((r) => r !== row)).toEqual(others);
		expect(summary(view)).toBe("3 overdue · 12 in all");
		expect(statusBar(fixture)?.textContent).toBe("3 overdue follow-ups");
	});

	it("redraws only the rows whose text changed, on the clock and on an index batch", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		const list = view.contentEl.querySelector(".ii-queue-list");
		if (!list) throw new Error("no list");
		const delivered: MutationRecord[] = [];
		const observer = new MutationObserver((records) => void delivered.push(...records));
		observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
		/** The rows touched since the last call, by item id: records delivered already, and those still queued. */
		const touched = (): string[] => {
			const ids = new Set<string>();
			for (const record of [...delivered.splice(0), ...observer.takeRecords()]) {
				const target = record.target.instanceOf(Element) ? record.target : record.target.parentElement;
				ids.add(target?.closest(".ii-queue-row")?.getAttribute("data-item-id") ?? `(outside a row: ${record.type} ${target?.className ?? ""})`);
			}
			return [...ids].sort();
		};
		// A minute on, every time reads the same except the late confirmation's, which is due at this very minute.
		await vi.advanceTimersByTimeAsync(60_000);
		expect(touched()).toEqual([`confirm:${MEI_TALK}`]);

		// Kwame's organization is shown on his three rows, and only there.
		const kwame = textOf(app, KWAME).replace("organization: Office of Climate Resilience, City of Riverton", "organization: Riverton Climate Office");
		await app.vault.modify(fileAt(app, KWAME), kwame);
		await afterBatch(app);
		expect(touched()).toEqual([`debrief:${KWAME_TALK}`, `follow_up:${KWAME}`, `thank_you:${KWAME_TALK}`]);
		expect(rowByTitle(view, THANK_KWAME).querySelector(".ii-queue-org")?.textContent).toBe("Riverton Climate Office");
		observer.disconnect();
	});

	it("builds a new queue when the rules or the zone change", async () => {
		const { app, plugin } = await startQueue();
		const view = await openQueue(app);
		plugin.settings.rules.outreachWaitDays = 14;
		await plugin.saveSettings();
		await afterBatch(app);
		expect(rowsOf(view, "Next 7 days")).toContain(`${PHONE_INGRID} | Friday`);
		plugin.settings.timeZone = "Pacific/Auckland";
		await plugin.saveSettings();
		await afterBatch(app);
		// Dates are read in the new zone: the call was at 14:00 Auckland time, and noon in Berlin is already midnight there.
		expect(rowsOf(view, "Overdue")).toContain(`${THANK_KWAME} | overdue by 9 hours`);
	});

	it("moves between items with the arrow keys, opens with Enter and acts with Space", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		const all = rows(view);
		expect(all.map((r) => r.getAttribute("tabindex"))).toEqual(["0", ...Array<string>(all.length - 1).fill("-1")]);
		const [first, second] = all;
		if (!first || !second) throw new Error("no rows");
		first.focus();
		keydown(first, "ArrowDown");
		expect(document.activeElement).toBe(second);
		expect([first.getAttribute("tabindex"), second.getAttribute("tabindex")]).toEqual(["-1", "0"]);
		expect(Array.from(second.querySelectorAll("button")).every((b) => b.getAttribute("tabindex") === "0")).toBe(true);
		keydown(second, "End");
		expect(document.activeElement).toBe(all[all.length - 1]);
		keydown(document.activeElement as HTMLElement, "Home");
		expect(document.activeElement).toBe(first);
		keydown(first, "ArrowUp");
		expect(document.activeElement).toBe(first);

		keydown(first, "Enter");
		await until(() => app.workspace.getActiveFile()?.path === INGRID, "the note to open");
		const tabs = app.workspace.getLeavesOfType("markdown").length;
		keydown(rowByTitle(view, CONFIRM_MEI), "Enter", { ctrlKey: true });
		await until(() => app.workspace.getActiveFile()?.path === MEI_TALK, "the note to open in a new tab");
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(tabs + 1);

		// Space on the write-up row marks it debriefed; focus goes to the row that takes its place.
		const writeUp = rowByTitle(view, DEBRIEF_KWAME);
		writeUp.focus();
		const space = keydown(writeUp, " ");
		expect(space.defaultPrevented).toBe(true);
		await until(() => textOf(app, KWAME_TALK).includes("debriefed: true"), "the write-up to be marked");
		await afterBatch(app);
		expect(hasRow(view, DEBRIEF_KWAME)).toBe(false);
		expect(document.activeElement).toBe(rowByTitle(view, CONFIRM_MEI));
	});

	it("filters by kind and by field", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		const fields = Array.from(view.contentEl.querySelectorAll<HTMLOptionElement>('select[aria-label="Show only this career field"] option')).map((o) => o.textContent);
		expect(fields).toEqual(["All fields", "Data journalism", "Environmental policy", "UX research"]);
		select(view, "Show only this kind of follow-up", "thank_you");
		expect(groupHeadings(view)).toEqual(["Today (1)"]);
		select(view, "Show only this kind of follow-up", "");
		select(view, "Show only this career field", "UX research");
		expect(rows(view).map((r) => r.querySelector(".ii-queue-title")?.textContent)).toEqual([
			CONFIRM_MEI,
			// Fatima's field lists both data journalism and UX research.
			"Prepare · Fatima Haddad",
			"Keep in touch · Priya Raman",
		]);
		select(view, "Show only this kind of follow-up", "thank_you");
		expect(rows(view)).toEqual([]);
		expect(view.contentEl.querySelector(".ii-queue-empty-text")?.textContent).toBe("No follow-ups match these filters.");
		// The header still counts the whole queue.
		expect(summary(view)).toBe("2 overdue · 12 in all");
		// The next step is a button: it clears both filters and every item is back.
		buttonIn(view.contentEl.querySelector<HTMLElement>(".ii-queue-empty") ?? view.contentEl, "Clear filters").click();
		expect(rows(view)).toHaveLength(12);
		expect(view.contentEl.querySelector<HTMLSelectElement>('select[aria-label="Show only this kind of follow-up"]')?.value).toBe("");
		expect(view.contentEl.querySelector(".ii-queue-empty")?.classList.contains("ii-queue-hidden")).toBe(true);
	});

	it("remembers its filters and collapsed groups across a restart, in the plugin's data", async () => {
		const { app, plugin } = await startQueue();
		let view = await openQueue(app);
		select(view, "Show only this career field", "UX research");
		groupEl(view, "Next 7 days").querySelector<HTMLElement>(".ii-queue-group-toggle")?.click();
		expect(rowsOf(view, "Next 7 days")).toEqual([]);
		expect(groupHeadings(view)).toContain("Next 7 days (2)");
		await app.settle();
		const saved = JSON.parse((await app.vault.adapter.read(`.obsidian/plugins/${manifest.id}/data.json`)) || "{}") as { queueView?: unknown };
		expect(saved.queueView).toEqual({ collapsed: ["next_7_days"], kind: null, field: "UX research" });

		// Closed and opened again, as after a restart: the same filter, the same group closed.
		plugin.settings = migrateSettings(saved);
		view.leaf.detach();
		view = await openQueue(app);
		expect(view.contentEl.querySelector<HTMLSelectElement>('select[aria-label="Show only this career field"]')?.value).toBe("UX research");
		expect(groupEl(view, "Next 7 days").classList.contains("is-collapsed")).toBe(true);
		// Collapse all, then expand all.
		view.contentEl.querySelector<HTMLElement>('.ii-queue-tool[aria-label="Collapse all"]')?.click();
		expect(rows(view)).toEqual([]);
		view.contentEl.querySelector<HTMLElement>('.ii-queue-tool[aria-label="Expand all"]')?.click();
		expect(rows(view).length).toBeGreaterThan(0);
	});

	it("offers a new contact when there are no contacts yet", async () => {
		const { app } = await startQueue({ "Notes/Plain.md": "Nothing here" });
		const view = await openQueue(app);
		const empty = view.contentEl.querySelector<HTMLElement>(".ii-queue-empty");
		expect(empty?.querySelector(".ii-queue-empty-text")?.textContent).toMatch(/^No contacts yet/);
		expect(Array.from(empty?.querySelectorAll("button") ?? []).map((b) => b.textContent)).toEqual(["New contact", "Import contacts"]);
		if (empty) buttonIn(empty, "New contact").click();
		await app.settle();
		expect(Modal.current()?.titleEl.textContent).toBe("New contact");
	});

	it("runs every action from the row's menu (a right click or a long press)", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		rowByTitle(view, THANK_KWAME).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(Menu.shown?.items.map((item) => item.title)).toEqual(["Mark thank-you sent", "Open note", "Open in new tab", "Snooze…"]);
		Menu.shown?.items[0]?.click();
		await until(() => frontmatterOf(app, KWAME_TALK).thank_you_sent !== undefined, "the write");
		expect(frontmatterOf(app, KWAME_TALK).thank_you_sent).toBe("2026-11-23");
	});

	it("keeps the field dropdown in step with edits, an interview following its contact's field", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		const fields = (): (string | null)[] => Array.from(view.contentEl.querySelectorAll<HTMLOptionElement>('select[aria-label="Show only this career field"] option')).map((o) => o.textContent);
		await app.fileManager.processFrontMatter(fileAt(app, KWAME), (fm: Record<string, unknown>) => {
			fm.field = "Climate law";
		});
		await afterBatch(app);
		// Ingrid still has items in environmental policy; Kwame's have moved with him.
		expect(fields()).toEqual(["All fields", "Climate law", "Data journalism", "Environmental policy", "UX research"]);
		select(view, "Show only this career field", "Climate law");
		expect(rows(view).map((r) => r.querySelector(".ii-queue-title")?.textContent)).toEqual([DEBRIEF_KWAME, THANK_KWAME, "Planned follow-up · Kwame Asante"]);

		// Respelled, the field is offered as most notes with items spell it (Kwame's and his
		// interview's against Ingrid's), and stays chosen.
		for (const [path, field] of [[INGRID, "climate law"], [KWAME, "CLIMATE LAW"]] as const) {
			await app.fileManager.processFrontMatter(fileAt(app, path), (fm: Record<string, unknown>) => {
				fm.field = field;
			});
		}
		await afterBatch(app);
		expect(fields()).toEqual(["All fields", "CLIMATE LAW", "Data journalism", "Environmental policy", "UX research"]);
		expect(view.contentEl.querySelector<HTMLSelectElement>('select[aria-label="Show only this career field"]')?.value).toBe("CLIMATE LAW");
		expect(rows(view).map((r) => r.querySelector(".ii-queue-title")?.textContent)).toEqual(expect.arrayContaining([THANK_KWAME, PHONE_INGRID]));
	});

	it("offers the note commands only on notes they apply to", async () => {
		const { app } = await startQueue();
		const available = (id: string): boolean => app.commands.isAvailable(`${manifest.id}:${id}`);
		const open = async (path: string): Promise<void> => {
			await app.workspace.getLeaf(false).openFile(fileAt(app, path));
			await app.settle();
		};
		await open(KWAME_TALK);
		expect([available("mark-thank-you-sent"), available("mark-interview-confirmed"), available("log-contact-today"), available("snooze-note-follow-ups")]).toEqual([true, false, true, true]);
		await open(MEI_TALK);
		expect([available("mark-thank-you-sent"), available("mark-interview-confirmed")]).toEqual([false, true]);
		runCommand(app, "mark-interview-confirmed");
		await until(() => textOf(app, MEI_TALK).includes("confirmed: 2026-11-23"), "the confirmation");
		await afterBatch(app);
		expect(available("mark-interview-confirmed")).toBe(false);
		await open("Start here.md");
		expect([available("mark-thank-you-sent"), available("log-contact-today"), available("snooze-note-follow-ups")]).toEqual([false, false, false]);
		await open(KWAME);
		runCommand(app, "snooze-note-follow-ups");
		expect(Modal.current()).toBeInstanceOf(SnoozeModal);
	});

	it("shows the overdue count in the status bar on desktop only", async () => {
		setPlatform("mobile");
		const mobile = await startQueue();
		expect(statusBar(mobile)).toBeNull();
		vi.useRealTimers();
		setPlatform("desktop");
		const desktop = await startQueue();
		expect(statusBar(desktop)?.textContent).toBe("2 overdue follow-ups");
		expect(statusBar(desktop)?.getAttribute("aria-label")).toBe("2 overdue follow-ups: open the follow-up queue");
		statusBar(desktop)?.click();
		await desktop.app.settle();
		expect(desktop.app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)).toHaveLength(1);
	});

	it("leaves a note with broken properties untouched and says which note", async () => {
		const { app } = await startQueue();
		const view = await openQueue(app);
		const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
		// The cache lags behind the file: the queue still shows the note as it was.
		app.metadataCache.deferred = true;
		const broken = textOf(app, KWAME_TALK).replace("duration: 30", "duration: [30");
		await app.vault.modify(fileAt(app, KWAME_TALK), broken);
		buttonIn(rowByTitle(view, THANK_KWAME), "Mark thank-you sent").click();
		await until(() => Notice.messages().some((m) => m.startsWith("Could not update")), "the notice");
		expect(Notice.messages()).toContain('Could not update "2026-11-22 Kwame Asante": its properties could not be read. Check that they are valid YAML, then try again.');
		expect(textOf(app, KWAME_TALK)).toBe(broken);
		expect(logged).toHaveBeenCalled();
		app.metadataCache.deferred = false;
		await app.settle();
	});

	it("stops listening when closed, and the plugin leaves nothing behind when unloaded", async () => {
		const fixture = await startQueue();
		const { app, plugin } = fixture;
		const untouched = new App({ files: {} });
		const listeners = (a: App): number[] => [a.vault.listenerCount(), a.metadataCache.listenerCount(), a.workspace.listenerCount()];
		const view = await openQueue(app);
		const leaf = app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0];
		await leaf?.setViewState({ type: "empty" });
		expect(Component.resourcesOf(view)).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
		await openQueue(app);
		unloadPlugin(plugin);
		expect(listeners(app)).toEqual(listeners(untouched));
		expect(vi.getTimerCount()).toBe(0);
		expect(statusBar(fixture)).toBeNull();
		expect(app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)).toEqual([]);
		expect(Component.resourcesOf(plugin)).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
	});
});

describe("the follow-up queue over other vaults", () => {
	it("keeps unknown properties and the body byte for byte, and a second click writes nothing", async () => {
		const body = "# Talk\n\nNotes with --- dashes, a [[link]] and trailing spaces   \n";
		const path = "Interviews/Talk.md";
		const { app } = await startQueue({
			"Contacts/Ada.md": note({ type: "contact", mood: "hopeful", tags: ["a", "b"] }),
			[path]: note({ type: "interview", contact: "[[Ada]]", date: "2026-11-22T10:00", my_rating: 4, custom: { nested: true } }, body),
		});
		const view = await openQueue(app);
		const button = buttonIn(rowByTitle(view, "Debrief · Ada"), "Mark debriefed");
		button.click();
		await until(() => Notice.messages().includes("Ada: marked as debriefed.Undo"), "the write");
		expect(bodyOf(textOf(app, path))).toBe(body);
		expect(frontmatterOf(app, path)).toEqual({ type: "interview", contact: "[[Ada]]", date: "2026-11-22T10:00", my_rating: 4, custom: { nested: true }, debriefed: true });
		const written = textOf(app, path);
		// Clicked again before the index has caught up: the note already says so.
		button.click();
		await until(() => Notice.messages().some((m) => m.startsWith("Nothing to change")), "the second click");
		expect(textOf(app, path)).toBe(written);
	});

	it("sets the person's name off in <bdi> in the title, so that a direction override in it cannot reverse the sentence", async () => {
		const name = "\u202EEvil Override";
		const { app } = await startQueue({
			"Contacts/Eve.md": note({ type: "contact", name }),
			"Interviews/Talk.md": note({ type: "interview", contact: "[[Eve]]", date: "2026-11-22T10:00" }),
		});
		const view = await openQueue(app);
		const title = rowByTitle(view, `Thank-you · ${name}`).querySelector(".ii-queue-title");
		expect(Array.from(title?.childNodes ?? []).map((n) => [n.nodeName, n.textContent])).toEqual([
			["#text", "Thank-you · "],
			["BDI", name],
		]);
		const debrief = rowByTitle(view, `Debrief · ${name}`).querySelector(".ii-queue-title bdi");
		expect(debrief?.textContent).toBe(name);
	});

	it("puts at most about 200 rows in the DOM for a 5,000-item queue, and pages through a group", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 5000; i++) {
			const day = String(1 + (i % 28)).padStart(2, "0");
			files[`Contacts/P${String(i).padStart(4, "0")}.md`] = note({ type: "contact", contacted: "2026-10-01", replied: "2026-10-02", next_follow_up: `2026-${i % 2 === 0 ? "11" : "12"}-${day}` });
		}
		const { app } = await startQueue(files);
		runCommand(app, "open-follow-up-queue");
		await app.settle();
		// The first paint draws what fits on screen, the rest follows on the next frame.
		expect(queueView(app).rowCount).toBe(20);
		const view = await openQueue(app);
		// Four groups (nothing is "anytime" here) of a page each.
		expect(view.rowCount).toBe(160);
		expect(summary(view)).toContain("5000 in all");
		expect(view.rowCount).toBeLessThanOrEqual(200);
		expect(rows(view).length).toBe(view.rowCount);
		const overdue = groupEl(view, "Overdue");
		const more = (): HTMLButtonElement | undefined => Array.from(overdue.querySelectorAll("button")).find((b) => b.textContent?.startsWith("Show") && b.textContent.endsWith("more"));
		for (let i = 0; i < 12 && more(); i++) more()?.click();
		expect(rows(view).length).toBeLessThanOrEqual(200);
		expect(overdue.querySelector(".ii-queue-range")?.textContent).toMatch(/^Showing \d+–\d+ of \d+$/);
		expect(Array.from(overdue.querySelectorAll("button")).some((b) => b.textContent === "Show earlier")).toBe(true);
	});
});
