import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/domain/settings";
import { readVaultSettings, settingsFile } from "../../src/cli/vault-settings";
import { SETTINGS_FILE, writeVault } from "./vault-builder";

describe("readVaultSettings", () => {
	it("gives the defaults, silently, when the plugin has no settings in the vault", () => {
		expect(readVaultSettings(writeVault({}))).toEqual({ settings: defaultSettings(), warnings: [] });
	});

	it("reads the plugin's data.json through the same migration as the plugin", () => {
		const root = writeVault({ [SETTINGS_FILE]: JSON.stringify({ typeProperty: "kind", timeZone: "Asia/Tokyo" }) });
		const { settings, warnings } = readVaultSettings(root);
		expect(warnings).toEqual([]);
		expect(settings.typeKey).toBe("kind");
		expect(settings.timeZone).toBe("Asia/Tokyo");
	});

	it("warns about each value out of range, as for a file that is not JSON, and uses the rest", () => {
		const root = writeVault({ [SETTINGS_FILE]: '{"settingsVersion": 1, "rules": {"outreachWaitDays": -2, "keepInTouchDays": 1e999}, "typeKey": "kind"}' });
		const { settings, warnings } = readVaultSettings(root);
		expect(settings.typeKey).toBe("kind");
		expect(settings.rules.outreachWaitDays).toBe(7);
		expect(warnings).toEqual([
			`the plugin settings in ${settingsFile(root)}: rules.outreachWaitDays is -2, not a number of days from 0 up; using 7`,
			`the plugin settings in ${settingsFile(root)}: rules.keepInTouchDays is too large, not a number of days from 0 up; using 90`,
		]);
	});

	it.each([
		["not JSON", "{ typeKey: kind", /are not valid JSON \(.+\); using the defaults$/],
		["a list", "[1, 2]", /are not a JSON object; using the defaults$/],
	])("warns and uses the defaults when data.json is %s", (_, text, warning) => {
		const root = writeVault({ [SETTINGS_FILE]: text });
		const { settings, warnings } = readVaultSettings(root);
		expect(settings).toEqual(defaultSettings());
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(settingsFile(root));
		expect(warnings[0]).toMatch(warning);
	});
});
