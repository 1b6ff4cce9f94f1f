/// <reference types="vite/client" />
/**
 * The example vault as a map of vault paths to text, for the browser: Vite inlines the
 * files at build time (load-folder.ts reads them with node:fs, which the browser lacks).
 * Dot folders are left out as Obsidian leaves them out of the vault, except the plugin's
 * saved settings, which live on the adapter.
 */
import pluginData from "../../example-vault/.obsidian/plugins/informational-interviews/data.json?raw";
import storyDate from "../../example-vault/.story-date?raw";
import { asOnStoryDate, STORY_DATE } from "../builders/example-story";

const PREFIX = "../../example-vault/";

const notes: Record<string, string> = import.meta.glob(["../../example-vault/**/*.md", "../../example-vault/**/*.base"], { query: "?raw", import: "default", eager: true });

export const PLUGIN_DATA_PATH = ".obsidian/plugins/informational-interviews/data.json";

/** A fresh copy each time (the fake writes into the object it is given), dated as on `STORY_DATE`. */
export function exampleVaultFiles(): Record<string, string> {
	const files: Record<string, string> = { [PLUGIN_DATA_PATH]: pluginData };
	for (const [key, text] of Object.entries(notes)) files[key.slice(PREFIX.length)] = text;
	return asOnStoryDate(files, storyDate);
}

/** Noon, local time, of the day the example's story is set on. */
export function storyNoon(): Date {
	return new Date(`${STORY_DATE}T12:00:00`);
}
