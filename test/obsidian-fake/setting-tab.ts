import type * as obsidian from "obsidian";
import { asFakeApp, type App } from "./app";
import { requireDom } from "./dom";
import type { Plugin } from "./plugin";

/**
 * Obsidian's SettingTab. Since 1.13 a tab may describe its settings
 * (`getSettingDefinitions`) and let Obsidian render them; the fake does not render
 * definitions, it calls `display()` like Obsidian before 1.13, and tests read the
 * definitions directly.
 */
export abstract class SettingTab {
	icon = "";
	app: App;
	containerEl: HTMLElement;
	settingItems: obsidian.SettingDefinitionItem[] = [];

	constructor(app: App | obsidian.App) {
		requireDom("A settings tab");
		this.app = asFakeApp(app);
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}

	getSettingDefinitions(): obsidian.SettingDefinitionItem[] {
		return [];
	}

	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}

	getControlValue(_key: string): unknown {
		return undefined;
	}

	setControlValue(_key: string, _value: unknown): void | Promise<void> {}

	refreshDomState(): void {}

	display(): void {}

	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	/** Obsidian's internals name a plugin's tab by the plugin's id. */
	readonly id: string;
	readonly name: string;

	constructor(
		app: App | obsidian.App,
		readonly plugin: obsidian.Plugin | Plugin,
	) {
		super(app);
		this.id = plugin.manifest.id;
		this.name = plugin.manifest.name;
	}
}
