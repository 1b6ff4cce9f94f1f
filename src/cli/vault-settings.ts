import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings, readSettings, type Settings } from "../domain/settings";
import { errorCode } from "./errors";

export const PLUGIN_ID = "informational-interviews";

/** Where Obsidian keeps the plugin's settings inside a vault (the default config folder). */
export function settingsFile(root: string): string {
	return join(root, ".obsidian", "plugins", PLUGIN_ID, "data.json");
}

export interface VaultSettings {
	readonly settings: Settings;
	readonly warnings: string[];
}

/**
 * The plugin's settings as the plugin itself would load them, so that the CLI and the
 * plugin read the vault alike. No file means defaults, silently; a file that cannot be
 * read is a warning, and defaults.
 */
export function readVaultSettings(root: string): VaultSettings {
	const file = settingsFile(root);
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		if (errorCode(error) === "ENOENT") return { settings: defaultSettings(), warnings: [] };
		return { settings: defaultSettings(), warnings: [`could not read the plugin settings in ${file} (${errorCode(error)}); using the defaults`] };
	}
	let stored: unknown;
	try {
		stored = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { settings: defaultSettings(), warnings: [`the plugin settings in ${file} are not valid JSON (${reason}); using the defaults`] };
	}
	if (typeof stored !== "object" || stored === null || Array.isArray(stored)) {
		return { settings: defaultSettings(), warnings: [`the plugin settings in ${file} are not a JSON object; using the defaults`] };
	}
	const read = readSettings(stored);
	return { settings: read.settings, warnings: read.warnings.map((warning) => `the plugin settings in ${file}: ${warning}`) };
}
