import type { Events, Plugin } from "obsidian";
import type { RecordIndex } from "../domain/records/record-index";
import type { Settings } from "../domain/settings";

/** What the template commands need from the plugin: Obsidian, the settings and the record index. */
export interface TemplateHost extends Plugin {
	settings: Settings;
	index: RecordIndex;
	/** Triggers `changed` after the settings were saved or synced in. */
	readonly settingsEvents: Events;
}
