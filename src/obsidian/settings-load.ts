import { Notice, type Plugin } from "obsidian";
import { readSettings, type Settings } from "../domain/settings";

/**
 * The plugin's settings from its data.json, as the CLI reads them (`readSettings`). A
 * value that cannot be used (a negative wait, `1e999`, text for a number) falls back to
 * its default, and a notice says which and why, instead of the change vanishing silently;
 * a data.json that is not JSON at all is said the same way.
 */
export async function loadSettings(plugin: Plugin): Promise<Settings> {
	let stored: unknown;
	let unreadable: string | null = null;
	try {
		stored = await plugin.loadData();
	} catch (error) {
		unreadable = `the settings file could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults`;
	}
	const { settings, warnings } = readSettings(stored);
	const said = unreadable === null ? warnings : [unreadable];
	if (said.length > 0) new Notice(`Informational Interviews settings: ${said.join("; ")}.`, 0);
	return settings;
}
