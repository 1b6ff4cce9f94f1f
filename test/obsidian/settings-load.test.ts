// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { App, Notice } from "../obsidian-fake";
import { smallVault, startPlugin } from "../integration/fixture";

const DATA = ".obsidian/plugins/informational-interviews/data.json";

describe("loading the plugin's settings", () => {
	it("says which stored values it could not use, and uses the defaults for them", async () => {
		const app = new App({ files: { ...smallVault(), [DATA]: '{"settingsVersion": 1, "rules": {"outreachWaitDays": -3, "keepInTouchDays": 1e999, "prepareDaysBefore": "3"}}' } });
		const plugin = await startPlugin(app);
		expect(plugin.settings.rules).toMatchObject({ outreachWaitDays: 7, keepInTouchDays: 90, prepareDaysBefore: 3 });
		const notice = Notice.find("Informational Interviews settings:");
		expect(notice?.message).toBe(
			"Informational Interviews settings: rules.outreachWaitDays is -3, not a number of days from 0 up; using 7; " +
				'rules.prepareDaysBefore is "3", text rather than a number; reading it as 3; ' +
				"rules.keepInTouchDays is too large, not a number of days from 0 up; using 90.",
		);
	});

	it("says so when data.json is not JSON, and starts with the defaults", async () => {
		const app = new App({ files: { ...smallVault(), [DATA]: "{ rules: " } });
		const plugin = await startPlugin(app);
		expect(plugin.settings.rules.outreachWaitDays).toBe(7);
		expect(Notice.find("Informational Interviews settings: the settings file could not be read")).toBeDefined();
	});

	it("shows no notice for good settings", async () => {
		const app = new App({ files: { ...smallVault(), [DATA]: '{"settingsVersion": 1, "rules": {"outreachWaitDays": 5}}' } });
		const plugin = await startPlugin(app);
		expect(plugin.settings.rules.outreachWaitDays).toBe(5);
		expect(Notice.find("settings:")).toBeUndefined();
	});
});
