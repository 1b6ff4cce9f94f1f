import type * as obsidian from "obsidian";
import { Commands } from "./commands";
import { Disk } from "./disk";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import { parentOf } from "./paths";
import { settlePending } from "./pending";
import type { PluginSettingTab } from "./setting-tab";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

/** The settings window (`app.setting` in Obsidian): the plugins' tabs and which one is shown. */
export class SettingsWindow {
	readonly pluginTabs: PluginSettingTab[] = [];
	activeTab: PluginSettingTab | null = null;

	addSettingTab(tab: PluginSettingTab): void {
		this.pluginTabs.push(tab);
	}

	removeSettingTab(tab: PluginSettingTab): void {
		if (this.activeTab === tab) this.close();
		this.pluginTabs.splice(this.pluginTabs.indexOf(tab), 1);
	}

	/** Shows a plugin's tab (its id is the plugin's id), as opening it in Obsidian does. */
	openTabById(id: string): PluginSettingTab {
		const tab = this.pluginTabs.find((t) => t.id === id);
		if (!tab) throw new Error(`No settings tab for "${id}"`);
		this.close();
		this.activeTab = tab;
		tab.display();
		return tab;
	}

	close(): void {
		this.activeTab?.hide();
		this.activeTab = null;
	}
}

export interface AppOptions {
	/** Files by vault path; their folders are created. Dot folders (`.obsidian/...`) reach the adapter only. */
	files?: Record<string, string | ArrayBuffer>;
	vaultName?: string;
}

/**
 * Obsidian's App with the fake's parts. Build one with `new App({ files })` or
 * `appFromFolder(dir)`; load a plugin with `loadPlugin`; call `finishLayout()` when the
 * test wants the moment Obsidian has finished starting.
 */
export class App {
	readonly disk: Disk;
	readonly vault: Vault;
	readonly metadataCache: MetadataCache;
	readonly fileManager: FileManager;
	readonly workspace: Workspace;
	readonly commands: Commands;
	readonly setting = new SettingsWindow();
	lastEvent: null = null;
	private readonly localStorage = new Map<string, unknown>();

	constructor(options: AppOptions = {}) {
		this.disk = new Disk();
		for (const [path, data] of Object.entries(options.files ?? {})) {
			this.disk.mkdir(parentOf(path));
			this.disk.write(path, data);
		}
		this.vault = new Vault(this.disk, options.vaultName);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this.workspace);
	}

	/**
	 * Obsidian has restored the workspace: `onLayoutReady` callbacks run, then the
	 * metadata cache reports `resolved`, as its first full resolution usually ends after
	 * the layout.
	 */
	finishLayout(): void {
		this.workspace.finishLayout();
		this.metadataCache.trigger("resolved");
	}

	/** Runs queued metadata work and waits for every tracked callback (see pending.ts). */
	async settle(): Promise<void> {
		await this.metadataCache.settle();
		await settlePending();
		await this.metadataCache.settle();
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/**
	 * The one place the fake App is handed over as Obsidian's: plugin classes are typed
	 * against `obsidian.App`, which the fake implements only in part.
	 */
	asObsidian(): obsidian.App {
		return this as unknown as obsidian.App;
	}
}

/** Code under test hands the app around typed as Obsidian's; at run time it is this one. */
export function asFakeApp(app: App | obsidian.App): App {
	if (app instanceof App) return app;
	throw new TypeError("expected the App of the obsidian fake");
}
