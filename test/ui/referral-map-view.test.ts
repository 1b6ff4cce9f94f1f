// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REFERRAL_MAP_VIEW_TYPE } from "../../src/ui/referral-map-context";
import { App, Component, Modal, Notice, unloadPlugin } from "../obsidian-fake";
import { clickButton, valueOf } from "../obsidian/form-driver";
import { fileAt, hasExampleVault, note, startPlugin } from "../integration/fixture";
import { activate, freezeClock, linkOf, mapView, names, openMap, personCount, rowOf, runCommand, section, startMap, storyNoon } from "./referral-map-fixture";

const PRIYA = "Contacts/Priya Raman.md";
const TOMAS = "Contacts/Tomás Herrera.md";
const MEI = "Contacts/Mei-Ling Chen.md";
const KWAME_INTERVIEW = "Interviews/2026-11-22 Kwame Asante.md";
const OLUSEGUN = "Contacts/Olusegun Adeyemi.md";

beforeEach(() => freezeClock(storyNoon()));

afterEach(() => {
	Modal.closeAll();
	Notice.clear();
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.empty();
});

/** The map open on Tomás Herrera, switched to the overview with its header button. */
async function overviewFromTomas() {
	const { app } = await startMap();
	const view = await openMap(app);
	await activate(app, TOMAS);
	const toggle = view.containerEl.querySelector<HTMLElement>('.view-action[aria-label="Show the network overview"]')!;
	toggle.click();
	return { app, view, toggle };
}

describe.skipIf(!hasExampleVault)("the referral map over example-vault", () => {
	it("opens in the right sidebar from the command and the ribbon, reusing its leaf", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		expect(view.getDisplayText()).toBe("Referral map");
		expect(view.getIcon()).toBe("git-fork");
		expect(app.workspace.getLeavesOfType(REFERRAL_MAP_VIEW_TYPE)[0]?.side).toBe("right");
		expect(app.workspace.rightSplit.collapsed).toBe(false);

		const ribbon = app.workspace.containerEl.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open referral map"]');
		ribbon?.click();
		runCommand(app, "open-referral-map");
		await app.settle();
		expect(app.workspace.getLeavesOfType(REFERRAL_MAP_VIEW_TYPE)).toHaveLength(1);
		expect(mapView(app)).toBe(view);
		expect(app.workspace.hoverLinkSources.get(REFERRAL_MAP_VIEW_TYPE)).toEqual({ display: "Informational Interviews", defaultMod: true });
	});

	it("shows who referred the active contact, whom they referred and which notes link to them", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, TOMAS);

		const header = view.contentEl.querySelector<HTMLElement>(".ii-map-person");
		expect(header && names(header)).toEqual(["Tomás Herrera"]);
		expect(header?.textContent).toContain("staying in touch");

		const referredBy = section(view, "Referred by");
		expect(names(referredBy)).toEqual(["Priya Raman"]);
		expect(rowOf(referredBy, "Priya Raman").textContent).toContain("found via alumni office");

		const referrals = section(view, "Referrals");
		expect(names(referrals)).toEqual(["Mei-Ling Chen"]);
		expect(referrals.querySelector('[role="tree"]')).not.toBeNull();
		const mei = rowOf(referrals, "Mei-Ling Chen").textContent ?? "";
		expect(mei).toContain("scheduled");
		expect(mei).toContain("Larkspur Learning");

		const mentions = section(view, "Mentioned in");
		const items = Array.from(mentions.querySelectorAll("li")).map((li) => li.textContent);
		// Links in properties first, named by property; then notes that link in their text.
		expect(items).toEqual([
			"Mei-Ling Chennames them as the referrer",
			"2026-09-29 Priya Ramanlists them as a referral and in the text",
			"2026-10-20 Tomás Herrerainterview with them",
			"Start herelinks to them in the text",
		]);
		// In words, never a property name.
		expect(section(view, "Mentioned in").textContent).not.toMatch(/referred_by|referrals|contact\b/);
		expect(section(view, "Mentioned in").querySelector("h4")?.textContent).toBe("Mentioned in 4 notes");
	});

	it("shows the chain up to someone found without a referral, with the last interview", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, MEI);
		const referredBy = section(view, "Referred by");
		expect(names(referredBy)).toEqual(["Tomás Herrera", "Priya Raman"]);
		expect(rowOf(referredBy, "Tomás Herrera").textContent).toContain("last interview 2026-10-20");
		expect(rowOf(referredBy, "Tomás Herrera").textContent).not.toContain("found via");
		expect(rowOf(referredBy, "Priya Raman").textContent).toContain("found via alumni office");
		expect(section(view, "Referrals").textContent).toContain("Mei-Ling Chen has not referred anyone yet.");
	});

	it("follows an interview to its contact, and follows the active note as it changes", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, KWAME_INTERVIEW);
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["Kwame Asante"]);
		expect(names(section(view, "Referrals"))).toEqual(["Hannah Schultz"]);
		expect(rowOf(section(view, "Referrals"), "Hannah Schultz").textContent).toContain("not contacted");
		expect(section(view, "Referred by").textContent).toContain("Kwame Asante was found without a referral, via friend.");

		await activate(app, PRIYA);
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["Priya Raman"]);
		expect(names(section(view, "Referrals"))).toEqual(["Tomás Herrera", "Mei-Ling Chen"]);
	});

	it("shows a referrer without a note as not yet a contact", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, OLUSEGUN);
		const referredBy = section(view, "Referred by");
		expect(names(referredBy)).toEqual(["Renee Park"]);
		const renee = rowOf(referredBy, "Renee Park");
		expect(renee.textContent).toContain("not yet a contact");
		expect(renee.querySelector(".ii-ref-link")).toBeNull();
		expect(renee.querySelector("button.ii-ref-create")?.getAttribute("aria-label")).toBe("Create a contact note for Renee Park");
	});

	it("follows an edit of referred_by: one new graph for the batch, and one repaint from it", async () => {
		const { app, plugin } = await startMap();
		const view = await openMap(app);
		await activate(app, MEI);
		const graphs: unknown[] = [];
		plugin.referrals.onChange((graph) => graphs.push(graph));
		const render = vi.spyOn(view, "render");

		await app.fileManager.processFrontMatter(fileAt(app, MEI), (fm: Record<string, unknown>) => {
			fm.referred_by = "[[Kwame Asante]]";
		});
		plugin.index.flush();
		expect(graphs).toEqual([plugin.referrals.graph]);
		expect(render).toHaveBeenCalledTimes(1);
		expect(names(section(view, "Referred by"))).toEqual(["Kwame Asante"]);
		// Both statements stay on the map, and the disagreement is said.
		expect(view.contentEl.querySelector(".ii-map-warning")?.textContent).toMatch(/^The notes disagree about who referred Mei-Ling Chen/);
	});

	it("opens the note of a person clicked, in a new tab with Ctrl or a middle click", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, TOMAS);
		const rootLeaves = (): number => app.workspace.getLeavesOfType("markdown").length;
		const before = rootLeaves();

		linkOf(section(view, "Referrals"), "Mei-Ling Chen").click();
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe(MEI);
		expect(rootLeaves()).toBe(before);

		linkOf(section(view, "Referred by"), "Tomás Herrera").dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe(TOMAS);
		expect(rootLeaves()).toBe(before + 1);

		linkOf(section(view, "Referrals"), "Mei-Ling Chen").dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
		await app.settle();
		expect(rootLeaves()).toBe(before + 2);
	});

	it("asks for a page preview on hover, as core backlinks do", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, TOMAS);
		const hovers: unknown[] = [];
		app.workspace.on("hover-link", (info) => hovers.push(info));
		const link = linkOf(section(view, "Referrals"), "Mei-Ling Chen");
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toHaveLength(1);
		expect(hovers[0]).toMatchObject({ source: REFERRAL_MAP_VIEW_TYPE, hoverParent: view, targetEl: link, linktext: MEI });
	});

	it("opens a tree item's note with Enter and opens and closes branches with the arrow keys", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, PRIYA);
		// Focus needs the page: the workspace is not in the document unless put there.
		document.body.appendChild(app.workspace.containerEl);
		const tree = section(view, "Referrals").querySelector<HTMLElement>('[role="tree"]')!;
		const tomas = tree.querySelector<HTMLElement>('[role="treeitem"]')!;
		expect(tomas.getAttribute("aria-expanded")).toBe("true");
		expect(tomas.tabIndex).toBe(0);
		const key = (target: HTMLElement, k: string): void => void target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));

		key(tomas, "ArrowLeft");
		expect(tomas.getAttribute("aria-expanded")).toBe("false");
		expect(names(tree)).toEqual(["Tomás Herrera"]);
		expect(tomas.querySelector("button.ii-ref-toggle")?.getAttribute("aria-label")).toBe("Expand the referrals of Tomás Herrera");
		key(tomas, "ArrowRight");
		expect(names(tree)).toEqual(["Tomás Herrera", "Mei-Ling Chen"]);
		key(tomas, "ArrowDown");
		const mei = tree.querySelectorAll<HTMLElement>('[role="treeitem"]')[1]!;
		expect(document.activeElement).toBe(mei);

		key(mei, "Enter");
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe(MEI);
	});

	it("switches to the network overview with the header button, and back", async () => {
		const { view, toggle } = await overviewFromTomas();
		expect(view.contentEl.querySelector("h3")?.textContent).toBe("Network overview");
		expect(toggle.getAttribute("aria-label")).toBe("Show the active person");

		const starts = section(view, "Where it started");
		expect(names(starts)).toEqual(expect.arrayContaining(["Priya Raman", "Tomás Herrera", "Kwame Asante", "Hannah Schultz", "Renee Park", "Olusegun Adeyemi"]));
		const doors = section(view, "Who opened the most doors");
		expect(doors.textContent).toContain("Priya Raman1 referral, 1 became an interview");
		expect(doors.textContent).toContain("Kwame Asante1 referral, 0 became interviews");
		const fields = Array.from(section(view, "Interviews per field").querySelectorAll("li")).map((li) => li.textContent);
		expect(fields).toContain("UX research2 interviews held");
		// The warning once, as a line under the list, naming the fields it is about.
		const warnings = section(view, "Interviews per field").querySelectorAll(".ii-map-warning");
		expect(warnings).toHaveLength(1);
		expect(warnings[0]?.textContent).toMatch(/^Too few interviews to judge yet \(fewer than 3\): .*UX research/);

		toggle.click();
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["Tomás Herrera"]);
	});

	it("keeps the overview as it is, keyboard focus included, while the active note changes", async () => {
		const { app, view, toggle } = await overviewFromTomas();
		const item = section(view, "Where it started").querySelector<HTMLElement>('[role="treeitem"]')!;
		// Focus needs the page: the workspace is not in the document unless put there.
		document.body.appendChild(app.workspace.containerEl);
		item.focus();
		await activate(app, MEI);
		await activate(app, "Start here.md");
		expect(document.activeElement).toBe(item);
		expect(item.isConnected).toBe(true);
		expect(toggle.getAttribute("aria-label")).toBe("Show the network overview");
		await activate(app, PRIYA);
		expect(toggle.getAttribute("aria-label")).toBe("Show the active person");
		toggle.click();
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["Priya Raman"]);
	});

	it("shows the overview when the active note is about nobody", async () => {
		const { app } = await startMap();
		const view = await openMap(app);
		await activate(app, "Start here.md");
		expect(view.contentEl.querySelector("h3")?.textContent).toBe("Network overview");
	});
});

describe("the referral map's create contact", () => {
	it("creates the note of someone suggested in an interview, with referred_by filled", async () => {
		const { app, plugin } = await startMap({
			"Contacts/Jordan Lee.md": note({ type: "contact", met_via: "alumni office" }),
			"Interviews/2026-11-20 Jordan Lee.md": note({ type: "interview", contact: "[[Jordan Lee]]", date: "2026-11-20T15:00", referrals: ["[[Casey Kim]]"] }),
		});
		const view = await openMap(app);
		await activate(app, "Contacts/Jordan Lee.md");
		const casey = rowOf(section(view, "Referrals"), "Casey Kim");
		casey.querySelector<HTMLButtonElement>("button.ii-ref-create")!.click();
		await app.settle();
		const form = Modal.current()!.contentEl;
		expect(valueOf(form, "Name")).toBe("Casey Kim");
		expect(valueOf(form, "Referred by")).toBe("Jordan Lee");
		clickButton(form, "Create");
		await app.settle();

		expect(app.vault.contentOf("Contacts/Casey Kim.md")).toMatch(/^---\ntype: contact\nname: Casey Kim\nreferred_by: "\[\[Jordan Lee\]\]"\n---\n/);
		plugin.index.flush();
		// The new note is open, and the map follows it.
		expect(app.workspace.getActiveFile()?.path).toBe("Contacts/Casey Kim.md");
		expect(names(section(view, "Referred by"))).toEqual(["Jordan Lee"]);
	});
});

describe("the referral map with hostile and huge data", () => {
	it("renders hostile names as text only", async () => {
		const hostile = "<img src=x onerror=alert(1)>";
		const long = "A".repeat(5000);
		const rtl = "\u202Eevil\u202C مريم الحسن";
		const { app } = await startMap({
			"Contacts/Root.md": note({ type: "contact" }),
			"Contacts/h.md": note({ type: "contact", name: hostile, referred_by: "[[Root]]" }),
			"Contacts/l.md": note({ type: "contact", name: long, referred_by: "[[Root]]" }),
			"Contacts/r.md": note({ type: "contact", name: rtl, referred_by: "[[Root]]" }),
			"Contacts/m.md": note({ type: "contact", referred_by: `[[${hostile.replace(/[<>]/g, "")} missing]]` }),
		});
		const view = await openMap(app);
		await activate(app, "Contacts/Root.md");
		const referrals = section(view, "Referrals");
		expect(names(referrals).sort()).toEqual([long, hostile, rtl].sort());
		expect(view.contentEl.querySelector("img")).toBeNull();
		expect(linkOf(referrals, rtl).getAttribute("dir")).toBe("auto");
		expect(rowOf(referrals, long).querySelector("button.ii-ref-toggle")).not.toBeNull();

		await activate(app, "Contacts/h.md");
		expect(view.contentEl.querySelector("img")).toBeNull();
		expect(view.contentEl.querySelector(".ii-map-person .ii-ref-link")?.textContent).toBe(hostile);

		view.containerEl.querySelector<HTMLElement>(".view-action")!.click();
		expect(view.contentEl.querySelector("img")).toBeNull();
		expect(view.contentEl.textContent).toContain(hostile);
	});

	it("shows a chain of 1,000 people without recursion errors and with at most ~300 people in the DOM", async () => {
		const files: Record<string, string> = { "Contacts/P0.md": note({ type: "contact", met_via: "alumni office" }) };
		for (let i = 1; i < 1000; i++) files[`Contacts/P${i}.md`] = note({ type: "contact", referred_by: `[[P${i - 1}]]` });
		const { app } = await startMap(files);
		const view = await openMap(app);

		await activate(app, "Contacts/P999.md");
		const chain = (): string[] => names(section(view, "Referred by"));
		expect(chain()).toHaveLength(50);
		expect(chain()[0]).toBe("P998");
		clickButton(section(view, "Referred by"), "Show more");
		expect(chain()).toHaveLength(100);
		expect(personCount(view)).toBeLessThanOrEqual(301);
		clickButton(section(view, "Referred by"), "Continue from there");
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["P899"]);
		expect(chain()[0]).toBe("P898");

		await activate(app, "Contacts/P0.md");
		expect(section(view, "Referred by").textContent).toContain("P0 was found without a referral, via alumni office.");
		const referrals = section(view, "Referrals");
		// Open every branch there is: the tree stops at its budget, and says how many are left.
		for (let closed = referrals.querySelector('[aria-expanded="false"] > .ii-ref-row > .ii-ref-toggle'); closed; closed = referrals.querySelector('[aria-expanded="false"] > .ii-ref-row > .ii-ref-toggle')) {
			(closed as HTMLElement).click();
		}
		expect(personCount(view)).toBeLessThanOrEqual(301);
		expect(personCount(view)).toBeGreaterThan(150);
		expect(referrals.textContent).toContain("more not shown");

		view.containerEl.querySelector<HTMLElement>(".view-action")!.click();
		expect(personCount(view)).toBeLessThanOrEqual(300);
		expect(section(view, "Where it started").textContent).toContain("P0");
	});

	it("marks a circle of referrals instead of following it", async () => {
		const { app } = await startMap({
			"Contacts/Ada.md": note({ type: "contact", referred_by: "[[Ben]]" }),
			"Contacts/Ben.md": note({ type: "contact", referred_by: "[[Ada]]" }),
		});
		const view = await openMap(app);
		await activate(app, "Contacts/Ada.md");
		expect(names(section(view, "Referred by"))).toEqual(["Ben"]);
		expect(section(view, "Referred by").textContent).toContain("↻ Ben was referred by Ada, who is lower in this chain");
		expect(section(view, "Referrals").textContent).toContain("↻ circle: already above");
		view.containerEl.querySelector<HTMLElement>(".view-action")!.click();
		expect(section(view, "Circles").textContent).toContain("Ada → Ben → Ada");
		// Each name is isolated, so that a name's own direction marks cannot turn the circle around.
		expect(Array.from(section(view, "Circles").querySelectorAll(".ii-ref-cycle bdi"), (el) => el.textContent)).toEqual(["Ada", "Ben", "Ada"]);
	});
});

describe("the referral map's failures", () => {
	it("logs a failure while following the active note instead of throwing into Obsidian", async () => {
		const { app, plugin } = await startMap({ "Contacts/Ada.md": note({ type: "contact" }), "Contacts/Ben.md": note({ type: "contact" }) });
		await openMap(app);
		const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
		vi.spyOn(plugin.referrals.graph, "referralTree").mockImplementation(() => {
			throw new Error("boom");
		});
		await activate(app, "Contacts/Ada.md");
		await activate(app, "Contacts/Ben.md");
		expect(logged).toHaveBeenCalledWith("Informational Interviews: could not follow the active note", expect.any(Error));
	});
});

describe("the referral map's lifecycle", () => {
	it("stops listening when closed, and the plugin leaves nothing behind when unloaded", async () => {
		const app = new App({ files: { "Contacts/Ada.md": note({ type: "contact" }), "Contacts/Ben.md": note({ type: "contact", referred_by: "[[Ada]]" }) } });
		// The note is open before the plugin comes, so its editor's listeners count as Obsidian's own.
		await app.workspace.getLeaf(false).openFile(fileAt(app, "Contacts/Ada.md"));
		const counts = (): number[] => [app.vault.listenerCount(), app.metadataCache.listenerCount(), app.workspace.listenerCount()];
		const before = counts();
		const plugin = await startPlugin(app);
		plugin.index.flush();
		const view = await openMap(app);
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["Ada"]);
		expect(counts()).not.toEqual(before);

		const render = vi.spyOn(view, "render");
		view.leaf.detach();
		await app.settle();
		expect(Component.resourcesOf(view)).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
		await app.vault.modify(fileAt(app, "Contacts/Ben.md"), note({ type: "contact" }));
		plugin.index.flush();
		expect(render).not.toHaveBeenCalled();

		await openMap(app);
		unloadPlugin(plugin);
		await app.settle();
		expect(app.workspace.getLeavesOfType(REFERRAL_MAP_VIEW_TYPE)).toEqual([]);
		expect(app.workspace.hoverLinkSources.size).toBe(0);
		expect(counts()).toEqual(before);
	});
});

describe("the referral map's mentions", () => {
	it("follows links added in a note's text, which the index does not see", async () => {
		const { app } = await startMap({
			"Contacts/Ada.md": note({ type: "contact" }),
			"Daily/2026-11-23.md": "Nothing yet.\n",
		});
		const view = await openMap(app);
		await activate(app, "Contacts/Ada.md");
		expect(section(view, "Mentioned in").textContent).toContain("No other note links to Ada.");
		await app.vault.modify(fileAt(app, "Daily/2026-11-23.md"), "Coffee with [[Ada]] and [[Ada|her]] team.\n");
		await vi.waitFor(() => expect(section(view, "Mentioned in").querySelector("h4")?.textContent).toBe("Mentioned in 1 note"), { timeout: 2000 });
		expect(section(view, "Mentioned in").querySelector("li")?.textContent).toBe("2026-11-23links to them in the text");
	});

	it("lists the notes that name someone who has no note yet", async () => {
		const { app } = await startMap({
			"Interviews/2026-11-20 Casey.md": note({ type: "interview", contact: "[[Casey Kim]]", date: "2026-11-20T15:00" }),
			"Contacts/Sam.md": note({ type: "contact", referred_by: "[[Casey Kim]]" }),
		});
		const view = await openMap(app);
		await activate(app, "Interviews/2026-11-20 Casey.md");
		const header = view.contentEl.querySelector<HTMLElement>(".ii-map-person")!;
		expect(names(header)).toEqual(["Casey Kim"]);
		expect(header.textContent).toContain("interviewed");
		expect(header.textContent).toContain("not yet a contact");
		expect(names(section(view, "Referrals"))).toEqual(["Sam"]);
		const items = Array.from(section(view, "Mentioned in").querySelectorAll("li")).map((li) => li.textContent);
		expect(items).toEqual(["Samnames them as the referrer", "2026-11-20 Caseyinterview with them"]);
	});

	it("keeps following a note that is renamed", async () => {
		const { app, plugin } = await startMap({
			"Contacts/Ada.md": note({ type: "contact" }),
			"Contacts/Ben.md": note({ type: "contact", referred_by: "[[Ada]]" }),
		});
		const view = await openMap(app);
		await activate(app, "Contacts/Ben.md");
		await app.fileManager.renameFile(fileAt(app, "Contacts/Ada.md"), "Contacts/Ada Lovelace.md");
		await app.settle();
		plugin.index.flush();
		expect(names(section(view, "Referred by"))).toEqual(["Ada Lovelace"]);
		await app.fileManager.renameFile(fileAt(app, "Contacts/Ben.md"), "Contacts/Ben Okri.md");
		await app.settle();
		plugin.index.flush();
		expect(names(view.contentEl.querySelector(".ii-map-person")!)).toEqual(["Ben Okri"]);
		expect(names(section(view, "Referred by"))).toEqual(["Ada Lovelace"]);
	});
});
