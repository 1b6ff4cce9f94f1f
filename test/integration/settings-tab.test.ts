// @vitest-environment happy-dom
import type { SettingDefinitionItem } from "obsidian";
import { describe, expect, it } from "vitest";
import { App, type PluginSettingTab } from "../obsidian-fake";
import { manifest, smallVault, startPlugin } from "./fixture";

async function openSettings(): Promise<{ app: App; tab: PluginSettingTab; plugin: Awaited<ReturnType<typeof startPlugin>> }> {
	const app = new App({ files: smallVault() });
	const plugin = await startPlugin(app);
	const tab = app.setting.openTabById(manifest.id);
	return { app, tab, plugin };
}

/** The setting row whose name is `name`. */
function row(tab: PluginSettingTab, name: string): HTMLElement {
	const found = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`no setting named "${name}"`);
	return found;
}

/** Types into a setting's field as a user does: the value changes and an input event fires. */
async function type(app: App, tab: PluginSettingTab, name: string, value: string): Promise<void> {
	const field = row(tab, name).querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
	if (!field) throw new Error(`no field for "${name}"`);
	field.value = value;
	field.dispatchEvent(new Event("input"));
	await app.settle();
}

function errorOf(tab: PluginSettingTab, name: string): string {
	return row(tab, name).querySelector(".ii-setting-error")?.textContent ?? "";
}

/** Every control key in a list of setting definitions, groups and pages included. */
function controlKeys(items: readonly SettingDefinitionItem[]): string[] {
	return items.flatMap((item): string[] => {
		const nested = "items" in item && Array.isArray(item.items) ? controlKeys(item.items) : [];
		const own = "control" in item && item.control ? [item.control.key] : [];
		return [...own, ...nested];
	});
}

describe("the settings tab", () => {
	it("draws a heading per group and a field per setting, filled with the current values", async () => {
		const { tab, plugin } = await openSettings();
		const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((el) => el.textContent);
		expect(headings).toEqual(["Notes", "About you", "Follow-ups", "Calendar", "Alerts"]);
		const keys = controlKeys(tab.getSettingDefinitions());
		const fields = tab.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-control :is(input, textarea)");
		expect(fields).toHaveLength(keys.length);
		expect(row(tab, "Note type property").querySelector("input")?.value).toBe(plugin.settings.typeKey);
		expect(row(tab, "Signature").querySelector("textarea")).not.toBeNull();
		expect(row(tab, "Default interview length (minutes)").querySelector("input")?.type).toBe("number");
	});

	it("shows an error for a time zone that does not exist, and saves nothing", async () => {
		const { app, tab, plugin } = await openSettings();
		const dataPath = `.obsidian/plugins/${manifest.id}/data.json`;
		await type(app, tab, "Time zone", "Mars/Olympus_Mons");
		expect(errorOf(tab, "Time zone")).toBe('"Mars/Olympus_Mons" is not a time zone name.');
		expect(row(tab, "Time zone").querySelector(".setting-item-control")?.hasClass("ii-invalid")).toBe(true);
		expect(plugin.settings.timeZone).toBe("");
		expect(await app.vault.adapter.exists(dataPath)).toBe(false);
	});

	it("saves a valid time zone and clears the error", async () => {
		const { app, tab, plugin } = await openSettings();
		await type(app, tab, "Time zone", "Mars/Olympus_Mons");
		await type(app, tab, "Time zone", "Asia/Tokyo");
		expect(errorOf(tab, "Time zone")).toBe("");
		expect(row(tab, "Time zone").querySelector(".setting-item-control")?.hasClass("ii-invalid")).toBe(false);
		expect(plugin.settings.timeZone).toBe("Asia/Tokyo");
		expect(await plugin.loadData()).toMatchObject({ timeZone: "Asia/Tokyo" });
	});

	it("re-reads the notes when the type property is changed in the tab", async () => {
		const { app, tab, plugin } = await openSettings();
		expect(plugin.index.size).toBe(4);
		await type(app, tab, "Note type property", "kind");
		expect(plugin.index.size).toBe(0);
		await type(app, tab, "Note type property", "");
		expect(errorOf(tab, "Note type property")).toBe("The property name cannot be empty.");
		expect(plugin.settings.typeKey).toBe("kind");
	});

	it("rejects a negative number of days", async () => {
		const { app, tab, plugin } = await openSettings();
		await type(app, tab, "Wait for a reply (days)", "-3");
		expect(errorOf(tab, "Wait for a reply (days)")).toBe("Enter a number of zero or more.");
		expect(plugin.settings.rules.outreachWaitDays).toBe(7);
		await type(app, tab, "Wait for a reply (days)", "10");
		expect(plugin.settings.rules.outreachWaitDays).toBe(10);
	});

	it("takes an interview length of up to a day, as notes are read", async () => {
		const { app, tab, plugin } = await openSettings();
		const length = "Default interview length (minutes)";
		await type(app, tab, length, "1441");
		expect(errorOf(tab, length)).toBe("Enter a whole number of minutes from 1 to 1440.");
		expect(plugin.settings.defaultDurationMinutes).toBe(30);
		await type(app, tab, length, "1440");
		expect(errorOf(tab, length)).toBe("");
		expect(plugin.settings.defaultDurationMinutes).toBe(1440);
		await tab.setControlValue("defaultDurationMinutes", 100_000);
		expect(plugin.settings.defaultDurationMinutes).toBe(1440);
	});

	it("does not take an emptied field for zero", async () => {
		const { app, tab, plugin } = await openSettings();
		await type(app, tab, "Wait for a reply (days)", "");
		expect(errorOf(tab, "Wait for a reply (days)")).toBe("Enter a number of zero or more.");
		expect(plugin.settings.rules.outreachWaitDays).toBe(7);
		await tab.setControlValue("rules.keepInTouchDays", " ");
		expect(plugin.settings.rules.keepInTouchDays).toBe(90);
	});

	it("can read every setting it defines (Obsidian 1.13 renders them from the definitions)", async () => {
		const { tab } = await openSettings();
		const keys = controlKeys(tab.getSettingDefinitions());
		expect(keys.length).toBeGreaterThan(10);
		const unreadable = keys.filter((key) => {
			const value = tab.getControlValue(key);
			return value === undefined || value === null || Number.isNaN(value);
		});
		expect(unreadable).toEqual([]);
	});

	it("stores a value set through the definitions API", async () => {
		const { tab, plugin } = await openSettings();
		await tab.setControlValue("rules.prepareDaysBefore", 3);
		expect(plugin.settings.rules.prepareDaysBefore).toBe(3);
		expect(tab.getControlValue("rules.prepareDaysBefore")).toBe(3);
		expect(await plugin.loadData()).toMatchObject({ rules: { prepareDaysBefore: 3 } });
	});
});
