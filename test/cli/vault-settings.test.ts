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
