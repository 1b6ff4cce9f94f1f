// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { migrateSettings } from "../../src/domain/settings";
import InformationalInterviewsPlugin from "../../src/main";
import { ProblemsModal } from "../../src/ui/problems-modal";
import { App, chooseSuggestion, Component, loadPlugin, Modal, Notice, suggestionsOf, SuggestModal, unloadPlugin } from "../obsidian-fake";
import { EXAMPLE_VAULT, exampleVaultApp, fileAt, hasExampleVault, manifest, note, recordPathsOnDisk, smallVault, startPlugin } from "./fixture";

const JORDAN = "Contacts/Jordan Lee.md";
const PRIYA = "Contacts/Priya Raman.md";
const SAM = "Contacts/Sam Ng.md";
const INTERVIEW = "Interviews/2026-11-20 Jordan Lee.md";

afterEach(() => {
	Modal.closeAll();
	vi.useRealTimers();
});

function problemFields(plugin: { index: { get(path: string): { problems: readonly { field: string; message: string }[] } | undefined } }, path: string): string[] {
	return (plugin.index.get(path)?.problems ?? []).map((p) => `${p.field}: ${p.message}`);
}

describe.skipIf(!hasExampleVault)("the plugin over example-vault", () => {
	it("indexes exactly the contact and interview notes once the layout is ready", async () => {
		const app = exampleVaultApp();
		const plugin = await startPlugin(app);
		const indexed = plugin.index.records().map((r) => r.path).sort();
		expect(indexed).toEqual(recordPathsOnDisk(EXAMPLE_VAULT));
		expect(indexed.length).toBeGreaterThan(0);
	});

	it("reads the settings saved in the vault's plugin folder", async () => {
		const app = exampleVaultApp();
		const plugin = await startPlugin(app);
		const saved: unknown = JSON.parse(await app.vault.adapter.read(`.obsidian/plugins/${manifest.id}/data.json`));
		expect(plugin.settings).toEqual(migrateSettings(saved));
	});

	it("lists every problem of the vault in the problems modal", async () => {
		const app = exampleVaultApp();
		const plugin = await startPlugin(app);
		expect(app.commands.executeCommandById(`${manifest.id}:show-problems`)).toBe(true);
		const modal = Modal.current();
		expect(modal).toBeInstanceOf(ProblemsModal);
		if (!(modal instanceof SuggestModal)) throw new Error("no suggest modal");
		expect(suggestionsOf(modal)).toHaveLength(plugin.index.problems().length);
		expect(plugin.index.problems().length).toBeGreaterThan(0);
	});
});

describe("the plugin over a small vault", () => {
	it("builds the index when the layout is ready, not before", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
		expect(plugin.index.size).toBe(0);
		app.finishLayout();
		expect(plugin.index.records().map((r) => r.path).sort()).toEqual([JORDAN, PRIYA, SAM, INTERVIEW]);
		expect(plugin.index.byContact(JORDAN).map((r) => r.path)).toEqual([INTERVIEW]);
	});

	it("follows a frontmatter edit made through vault.modify, and batches the notification", async () => {
		vi.useFakeTimers();
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		// The plugin's own listeners (the referral graph) hear the start-up build; deliver that batch first.
		plugin.index.flush();
		const batches: string[][] = [];
		plugin.index.onChange((change) => batches.push([...change.updated]));

		await app.vault.modify(fileAt(app, PRIYA), note({ type: "contact", referred_by: "[[Jordan Lee]]", contacted: "2026-11-25", role: "UX researcher" }));
		const priya = plugin.index.get(PRIYA);
		expect(priya?.kind === "contact" && priya.role).toBe("UX researcher");
		expect(batches).toEqual([]);
		vi.advanceTimersByTime(200);
		expect(batches).toEqual([[PRIYA]]);

		await app.vault.modify(fileAt(app, PRIYA), "No properties any more.\n");
		expect(plugin.index.get(PRIYA)).toBeUndefined();
	});

	it("waits for the metadata cache, not the vault", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		app.metadataCache.deferred = true;
		await app.vault.modify(fileAt(app, JORDAN), note({ type: "contact", role: "Analyst" }));
		const before = plugin.index.get(JORDAN);
		expect(before?.kind === "contact" && before.role).toBeUndefined();
		await app.settle();
		const after = plugin.index.get(JORDAN);
		expect(after?.kind === "contact" && after.role).toBe("Analyst");
	});

	it("follows a renamed contact: links rewritten by Obsidian resolve to the new path", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		await app.fileManager.renameFile(fileAt(app, JORDAN), "Contacts/Jordan Smith.md");
		expect(plugin.index.get(JORDAN)).toBeUndefined();
		expect(plugin.index.get("Contacts/Jordan Smith.md")?.kind).toBe("contact");
		const interview = plugin.index.get(INTERVIEW);
		expect(interview?.kind === "interview" && interview.contact?.path).toBe("Contacts/Jordan Smith.md");
		const priya = plugin.index.get(PRIYA);
		expect(priya?.kind === "contact" && priya.referredBy?.path).toBe("Contacts/Jordan Smith.md");
		expect(plugin.index.byContact("Contacts/Jordan Smith.md").map((r) => r.path)).toEqual([INTERVIEW]);
		expect(plugin.index.byContact(JORDAN)).toEqual([]);
		expect(plugin.index.problems()).toHaveLength(1);
	});

	it("follows a contact moved to another folder: the same link now resolves there", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		await app.vault.createFolder("People");
		await app.vault.rename(fileAt(app, JORDAN), "People/Jordan Lee.md");
		const interview = plugin.index.get(INTERVIEW);
		expect(interview?.kind === "interview" && interview.contact?.path).toBe("People/Jordan Lee.md");
		expect(plugin.index.get(JORDAN)).toBeUndefined();
		expect(plugin.index.get("People/Jordan Lee.md")?.kind).toBe("contact");
	});

	it("forgets a deleted note, and the interview with that contact reports the broken link", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		expect(problemFields(plugin, INTERVIEW)).toEqual([]);
		await app.fileManager.trashFile(fileAt(app, JORDAN));
		expect(plugin.index.get(JORDAN)).toBeUndefined();
		expect(problemFields(plugin, INTERVIEW)).toEqual(['contact: links to "Jordan Lee", which is not a note in this vault']);
		expect(problemFields(plugin, PRIYA)).toEqual(['referred_by: links to "Jordan Lee", which is not a note in this vault']);
	});

	it("clears the problem when the note a referred_by pointed to is created", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		expect(problemFields(plugin, SAM)).toEqual(['referred_by: links to "Alex Kim", which is not a note in this vault']);
		await app.vault.create("Contacts/Alex Kim.md", note({ type: "contact" }));
		expect(problemFields(plugin, SAM)).toEqual([]);
		const sam = plugin.index.get(SAM);
		expect(sam?.kind === "contact" && sam.referredBy?.path).toBe("Contacts/Alex Kim.md");
		expect(plugin.index.problems()).toEqual([]);
	});

	it("parses every note again when the type property setting changes", async () => {
		const files = { ...smallVault(), "Contacts/Kim.md": note({ kind: "contact" }) };
		const app = new App({ files });
		const plugin = await startPlugin(app);
		expect(plugin.index.get("Contacts/Kim.md")).toBeUndefined();
		plugin.settings.typeKey = "kind";
		await plugin.saveSettings();
		expect(plugin.index.records().map((r) => r.path)).toEqual(["Contacts/Kim.md"]);
		const saved: unknown = await plugin.loadData();
		expect(saved).toMatchObject({ typeKey: "kind" });
	});

	it("does not read every note again for a setting that changes no record", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		plugin.index.flush();
		const batches: number[] = [];
		const stop = plugin.index.onChange((change) => batches.push(change.updated.size));
		plugin.settings.rules.outreachWaitDays = 14;
		await plugin.saveSettings();
		plugin.index.flush();
		expect(batches).toEqual([]);
		plugin.settings.defaultDurationMinutes = 45;
		await plugin.saveSettings();
		plugin.index.flush();
		expect(batches).toEqual([plugin.index.size]);
		stop();
	});

	it("lists a contact whose properties Obsidian cannot read as a problem, until it is fixed", async () => {
		const broken = "---\ntype: contact\nname: Lena: Fischer\n---\n# Lena\n";
		const app = new App({ files: { ...smallVault(), "Contacts/Lena.md": broken, "Recipes/Soup.md": "---\ntype: recipe\nname: a: b\n---\n" } });
		const plugin = await startPlugin(app);
		const shown = (): string[] => {
			app.commands.executeCommandById(`${manifest.id}:show-problems`);
			const modal = Modal.current();
			const paths = modal instanceof ProblemsModal ? suggestionsOf(modal).map((match) => match.item.path) : [];
			Modal.closeAll();
			return paths;
		};
		expect(plugin.index.get("Contacts/Lena.md")).toBeUndefined();
		expect(shown()).toEqual(["Contacts/Lena.md", SAM]);

		await app.vault.rename(fileAt(app, "Contacts/Lena.md"), "Contacts/Lena Fischer.md");
		expect(shown()).toEqual(["Contacts/Lena Fischer.md", SAM]);
		await app.vault.modify(fileAt(app, "Contacts/Lena Fischer.md"), note({ type: "contact", name: "Lena Fischer" }));
		expect(shown()).toEqual([SAM]);
		expect(plugin.index.get("Contacts/Lena Fischer.md")?.kind).toBe("contact");
		await app.vault.modify(fileAt(app, JORDAN), "---\ntype: contact\norganization: [Northwind\n---\n");
		expect(shown()).toEqual([JORDAN, SAM]);
	});

	it("reloads settings changed on disk (sync from another device)", async () => {
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		await app.vault.adapter.write(`.obsidian/plugins/${manifest.id}/data.json`, JSON.stringify({ settingsVersion: 1, typeKey: "kind" }));
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.typeKey).toBe("kind");
		expect(plugin.index.size).toBe(0);
	});

	it("shows problems in a modal, and choosing one opens its note", async () => {
		const app = new App({ files: smallVault() });
		await startPlugin(app);
		app.commands.executeCommandById(`${manifest.id}:show-problems`);
		const modal = Modal.current();
		expect(modal).toBeInstanceOf(ProblemsModal);
		if (!(modal instanceof SuggestModal)) throw new Error("no suggest modal");
		expect(modal.resultContainerEl.querySelector(".ii-problem-path")?.textContent).toBe(SAM);
		chooseSuggestion(modal, 0);
		await app.settle();
		expect(Modal.openModals).toEqual([]);
		expect(app.workspace.getActiveFile()?.path).toBe(SAM);
		expect(Notice.messages()).toEqual([]);
	});

	it("opens the very note of a problem, even with a # in its name", async () => {
		const odd = "Contacts/Q&A #2.md";
		const app = new App({ files: { ...smallVault(), [odd]: note({ type: "contact", referred_by: "[[Nobody]]" }) } });
		await startPlugin(app);
		const before = app.vault.getFiles().length;
		app.commands.executeCommandById(`${manifest.id}:show-problems`);
		const modal = Modal.current();
		if (!(modal instanceof SuggestModal)) throw new Error("no suggest modal");
		chooseSuggestion(modal, 0);
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe(odd);
		expect(app.vault.getFiles()).toHaveLength(before);
	});

	it("does not create a note again when it was deleted while the list was open", async () => {
		const app = new App({ files: smallVault() });
		await startPlugin(app);
		app.commands.executeCommandById(`${manifest.id}:show-problems`);
		const modal = Modal.current();
		if (!(modal instanceof SuggestModal)) throw new Error("no suggest modal");
		await app.fileManager.trashFile(fileAt(app, SAM));
		chooseSuggestion(modal, 0);
		await app.settle();
		expect(app.vault.getFileByPath(SAM)).toBeNull();
		expect(Notice.messages()).toEqual([`${SAM} no longer exists.`]);
	});

	it("says so in a notice when there is no problem", async () => {
		const files = smallVault();
		delete files[SAM];
		const app = new App({ files });
		await startPlugin(app);
		app.commands.executeCommandById(`${manifest.id}:show-problems`);
		expect(Notice.messages()).toEqual(["No problems in your contact and interview notes."]);
		expect(Modal.openModals).toEqual([]);
	});
});

describe("unloading the plugin", () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});

	it("leaves no listener, command, tab or timer behind", async () => {
		const app = new App({ files: smallVault() });
		const before = [app.vault.listenerCount(), app.metadataCache.listenerCount(), app.workspace.listenerCount()];
		const plugin = await startPlugin(app);
		expect(app.vault.listenerCount()).toBeGreaterThan(before[0] ?? 0);
		expect(app.metadataCache.listenerCount()).toBeGreaterThan(before[1] ?? 0);

		// A pending batch: the index's window timer is running when the plugin goes away.
		plugin.index.onChange(() => undefined);
		await app.vault.modify(fileAt(app, JORDAN), note({ type: "contact", role: "Analyst" }));
		expect(vi.getTimerCount()).toBeGreaterThan(0);

		unloadPlugin(plugin);
		expect([app.vault.listenerCount(), app.metadataCache.listenerCount(), app.workspace.listenerCount()]).toEqual(before);
		expect(vi.getTimerCount()).toBe(0);
		expect(Component.resourcesOf(plugin)).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.setting.pluginTabs).toEqual([]);

		// Changes after unload reach nobody.
		await app.vault.modify(fileAt(app, PRIYA), note({ type: "contact", role: "Changed" }));
		const priya = plugin.index.get(PRIYA);
		expect(priya?.kind === "contact" && priya.role).toBeUndefined();
	});
});

describe("an unusable system time zone", () => {
	const savedTz = process.env.TZ;
	afterEach(() => {
		if (savedTz === undefined) delete process.env.TZ;
		else process.env.TZ = savedTz;
	});

	it("reads dates in UTC and says so once, rather than showing an empty queue", async () => {
		process.env.TZ = "";
		Notice.clear();
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date("2026-11-24T12:00:00Z"));
		const app = new App({ files: smallVault() });
		const plugin = await startPlugin(app);
		expect(Notice.messages()).toEqual(["Informational Interviews: the system time zone (Etc/Unknown) is not usable; using UTC."]);
		plugin.index.flush();
		expect(plugin.followUps.zone).toBe("UTC");
		expect(plugin.followUps.items().map((item) => item.id)).toContain("thank_you:Interviews/2026-11-20 Jordan Lee.md");
		unloadPlugin(plugin);
	});
});
