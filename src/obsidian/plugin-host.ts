import type { Events, Plugin } from "obsidian";
import type { RecordIndex } from "../domain/records/record-index";
import type { Settings } from "../domain/settings";

/**
 * The plugin as its registration functions and commands see it: Obsidian's `Plugin`
 * (to add commands, views and events that end on unload), the settings and the record
 * index. Views and services get narrower interfaces of their own (`QueueHost`,
 * `QueueViewHost`, `ReferralMapHost`), so that what they read is written at the top.
 */
export interface PluginHost extends Plugin {
	settings: Settings;
	index: RecordIndex;
	/** Triggers `changed` after the settings were saved or synced in. */
	readonly settingsEvents: Events;
}

/** What modals and commands read once registered: Obsidian's app, the index and the settings; nothing to register. */
export type PluginContext = Pick<PluginHost, "app" | "index" | "settings">;
