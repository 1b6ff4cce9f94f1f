import { PluginSettingTab, Setting, type App, type Plugin, type SettingControl, type SettingDefinitionItem } from "obsidian";
import type { Settings } from "../domain/settings";
import { readSetting, settingDefinitions, writeSetting, type SettingKey } from "./settings-definitions";

/** What the settings tab needs from the plugin: the settings and a way to save them. */
export interface SettingsHost extends Plugin {
	settings: Settings;
	saveSettings(): Promise<void>;
}

export class InformationalInterviewsSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly host: SettingsHost,
	) {
		super(app, host);
	}

	/** Obsidian 1.13+: rendered and searchable by Obsidian itself. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return settingDefinitions();
	}

	override getControlValue(key: string): unknown {
		return readSetting(this.host.settings, key as SettingKey);
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		if (writeSetting(this.host.settings, key as SettingKey, value)) await this.host.saveSettings();
	}

	/** Before Obsidian 1.13: draws the same definitions by hand. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of settingDefinitions()) {
			if (group.heading) new Setting(containerEl).setName(group.heading).setHeading();
			for (const item of group.items ?? []) {
				if (!("control" in item) || !item.control) continue;
				const setting = new Setting(containerEl).setName(item.name);
				if (typeof item.desc === "string") setting.setDesc(item.desc);
				this.addControl(setting, item.control);
			}
		}
	}

	private addControl(setting: Setting, control: SettingControl<SettingKey>): void {
		if (control.type === "toggle") {
			const on = readSetting(this.host.settings, control.key) === true;
			setting.addToggle((toggle) =>
				toggle.setValue(on).onChange(async (value) => {
					if (writeSetting(this.host.settings, control.key, value)) await this.host.saveSettings();
				}),
			);
			return;
		}
		const current = String(readSetting(this.host.settings, control.key));
		const error = setting.descEl.createDiv({ cls: "ii-setting-error" });
		const commit = async (raw: string): Promise<void> => {
			const value = control.type === "number" ? (raw.trim() === "" ? Number.NaN : Number(raw)) : raw;
			const validate = control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
			const message = (await validate?.(value)) ?? "";
			error.setText(message);
			setting.controlEl.toggleClass("ii-invalid", message !== "");
			if (message === "" && writeSetting(this.host.settings, control.key, value)) await this.host.saveSettings();
		};
		if (control.type === "textarea") {
			setting.addTextArea((area) => area.setValue(current).onChange(commit));
		} else {
			setting.addText((text) => {
				if (control.type === "number") text.inputEl.type = "number";
				if ("placeholder" in control && control.placeholder) text.setPlaceholder(control.placeholder);
				text.setValue(current).onChange(commit);
			});
		}
	}
}
