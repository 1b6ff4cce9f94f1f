/**
 * The in-memory Obsidian used by integration tests: vitest aliases `obsidian` to this
 * module, so the plugin's own code runs against it while type-checking against the real
 * `obsidian.d.ts`. Names exported here match Obsidian's; test hooks are marked as such.
 * See README.md for what is modelled and how timing works.
 */
import { installDomHelpers } from "./dom";
import { installGlobalHelpers } from "./globals";

installGlobalHelpers();
installDomHelpers();

export { App, SettingsWindow, type AppOptions } from "./app";
export { Commands } from "./commands";
export { Component, type ComponentResources } from "./component";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./components";
export { debounce } from "./debounce";
export { Disk } from "./disk";
export { Editor } from "./editor";
export { EventRef, Events } from "./events";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { addIcon, getIcon, getIconIds, removeIcon, setIcon } from "./icons";
export { Keymap } from "./keymap";
export { getLinkpath, parseLinktext } from "./links";
export { Menu, MenuItem } from "./menu";
export { MetadataCache } from "./metadata-cache";
export { Modal } from "./modal";
export { Notice, type ShownNotice } from "./notice";
export { normalizePath } from "./paths";
export { settlePending } from "./pending";
export { Platform, setPlatform } from "./platform";
export { Plugin } from "./plugin";
export { loadPlugin, TEST_MANIFEST, unloadPlugin, type PluginClass } from "./plugin-host";
export { Scope } from "./scope";
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults } from "./search";
export { Setting } from "./setting";
export { PluginSettingTab, SettingTab } from "./setting-tab";
export { FuzzySuggestModal, SuggestModal, typeQuery } from "./suggest-modal";
export { AbstractInputSuggest, PopoverSuggest } from "./popover-suggest";
export { chooseSuggestion, suggestionsOf } from "./suggestions";
export { InMemoryAdapter } from "./adapter";
export { Vault, type VaultChange, type VaultObserver } from "./vault";
export { EmptyView, FileView, ItemView, MarkdownView, View } from "./views";
export { Workspace, WorkspaceSidedock } from "./workspace";
export { WorkspaceLeaf } from "./workspace-leaf";
export { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

/** Obsidian's API version string; the fake stands for the version whose types it is checked against. */
export const apiVersion = "1.13.1";

/** Compares `apiVersion` with a required version, as Obsidian does. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}
