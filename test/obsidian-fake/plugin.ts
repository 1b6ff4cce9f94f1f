import type * as obsidian from "obsidian";
import { asFakeApp, type App } from "./app";
import { Component } from "./component";
import { requireDom } from "./dom";
import { setIcon } from "./icons";
import { track } from "./pending";
import { PluginSettingTab } from "./setting-tab";
import type { View } from "./views";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** What a plugin registered that has no effect in the fake, kept so tests can look. */
export interface PluginRegistrations {
	readonly postProcessors: obsidian.MarkdownPostProcessor[];
	readonly codeBlockProcessors: Map<string, unknown>;
	readonly editorExtensions: unknown[];
	readonly editorSuggests: unknown[];
	readonly protocolHandlers: Map<string, obsidian.ObsidianProtocolHandler>;
}

/**
 * Obsidian's Plugin. Everything it adds (commands, ribbon icons, status bar items, the
 * settings tab, views, hover sources) is removed again on unload, as in Obsidian.
 * `loadData`/`saveData` use `<configDir>/plugins/<id>/data.json` on the vault's adapter.
 */
export abstract class Plugin extends Component {
	app: App;
	manifest: obsidian.PluginManifest;
	settings?: unknown;
	/** Test hook: registrations the fake only records. */
	readonly registrations: PluginRegistrations = {
		postProcessors: [],
		codeBlockProcessors: new Map(),
		editorExtensions: [],
		editorSuggests: [],
		protocolHandlers: new Map(),
	};

	constructor(app: App | obsidian.App, manifest: obsidian.PluginManifest) {
		super();
		this.app = asFakeApp(app);
		this.manifest = manifest;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		requireDom("addRibbonIcon");
		const el = createDiv({ cls: "clickable-icon side-dock-ribbon-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => track(callback(evt)));
		this.app.workspace.containerEl.appendChild(el);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		requireDom("addStatusBarItem");
		const el = createDiv({ cls: "status-bar-item" });
		this.app.workspace.containerEl.appendChild(el);
		this.register(() => el.detach());
		return el;
	}

	/** Prefixes the id and name with the plugin's, as Obsidian does. */
	addCommand(command: obsidian.Command): obsidian.Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		const id = command.id;
		this.register(() => this.app.commands.removeCommand(id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab | obsidian.PluginSettingTab): void {
		if (!(settingTab instanceof PluginSettingTab)) throw new TypeError("expected a PluginSettingTab of the obsidian fake");
		const tab = settingTab;
		this.app.setting.addSettingTab(tab);
		this.register(() => this.app.setting.removeSettingTab(tab));
	}

	registerView(type: string, viewCreator: ((leaf: WorkspaceLeaf) => View) | obsidian.ViewCreator): void {
		// Obsidian's ViewCreator receives and returns Obsidian's types; at run time they are the fake's.
		const creator = viewCreator as (leaf: WorkspaceLeaf) => View;
		this.app.workspace.registerView(type, creator);
		this.register(() => this.app.workspace.unregisterView(type));
	}

	registerHoverLinkSource(id: string, info: obsidian.HoverLinkSource): void {
		this.app.workspace.hoverLinkSources.set(id, info);
		this.register(() => this.app.workspace.hoverLinkSources.delete(id));
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.workspace.registerExtensions(extensions, viewType);
		this.register(() => this.app.workspace.unregisterExtensions(extensions));
	}

	registerMarkdownPostProcessor(postProcessor: obsidian.MarkdownPostProcessor): obsidian.MarkdownPostProcessor {
		this.remember(this.registrations.postProcessors, postProcessor);
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: obsidian.MarkdownPostProcessorContext) => Promise<unknown> | void): obsidian.MarkdownPostProcessor {
		this.registrations.codeBlockProcessors.set(language, handler);
		this.register(() => this.registrations.codeBlockProcessors.delete(language));
		const processor: obsidian.MarkdownPostProcessor = () => undefined;
		return processor;
	}

	registerEditorExtension(extension: unknown): void {
		this.remember(this.registrations.editorExtensions, extension);
	}

	registerObsidianProtocolHandler(action: string, handler: obsidian.ObsidianProtocolHandler): void {
		this.registrations.protocolHandlers.set(action, handler);
		this.register(() => this.registrations.protocolHandlers.delete(action));
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.remember(this.registrations.editorSuggests, editorSuggest);
	}

	async loadData(): Promise<unknown> {
		const path = this.dataPath();
		if (!(await this.app.vault.adapter.exists(path, true))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.mkdir(this.pluginDir());
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	onExternalSettingsChange?(): unknown;

	/** Test hook: where `saveData` writes. */
	dataPath(): string {
		return `${this.pluginDir()}/data.json`;
	}

	private pluginDir(): string {
		return this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
	}

	private remember<T>(list: T[], item: T): void {
		list.push(item);
		this.register(() => list.splice(list.indexOf(item), 1));
	}
}
