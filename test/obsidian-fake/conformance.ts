/**
 * Type-level checks that the fake keeps Obsidian's signatures: every public member the
 * fake shares by name with the real class must be assignable to the real one, once the
 * real classes in its signature are replaced by the fake's (a fake method takes and
 * returns the fake's TFile where Obsidian's takes and returns Obsidian's). A drift, in
 * the fake or in a new `obsidian.d.ts`, fails `tsc --noEmit` here and names the member.
 * Nothing in this file runs.
 */
import type * as obsidian from "obsidian";
import type { App } from "./app";
import type { Component } from "./component";
import type {
	AbstractTextComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "./components";
import type { debounce } from "./debounce";
import type { Editor } from "./editor";
import type { Events } from "./events";
import type { FileManager } from "./file-manager";
import type { TAbstractFile, TFile, TFolder } from "./files";
import type { getLinkpath, parseLinktext } from "./links";
import type { Menu, MenuItem } from "./menu";
import type { MetadataCache } from "./metadata-cache";
import type { Modal } from "./modal";
import type { Notice } from "./notice";
import type { normalizePath } from "./paths";
import type { Platform } from "./platform";
import type { Plugin } from "./plugin";
import type { Scope } from "./scope";
import type { prepareFuzzySearch, prepareSimpleSearch, renderResults } from "./search";
import type { Setting } from "./setting";
import type { PluginSettingTab, SettingTab } from "./setting-tab";
import type { FuzzySuggestModal, SuggestModal } from "./suggest-modal";
import type { AbstractInputSuggest, PopoverSuggest } from "./popover-suggest";
import type { InMemoryAdapter } from "./adapter";
import type { Vault } from "./vault";
import type { FileView, ItemView, MarkdownView, View } from "./views";
import type { Workspace, WorkspaceSidedock } from "./workspace";
import type { WorkspaceLeaf } from "./workspace-leaf";
import type { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";
import type { setIcon } from "./icons";
import type { Keymap } from "./keymap";

type ToFakeArgs<A extends readonly unknown[]> = { [I in keyof A]: ToFake<A[I]> };

/** Obsidian's classes and the fake's, most specific first (a MarkdownView is also a View). */
type Replacements = [
	[obsidian.App, App],
	[obsidian.Vault, Vault],
	[obsidian.MetadataCache, MetadataCache],
	[obsidian.FileManager, FileManager],
	[obsidian.Workspace, Workspace],
	[obsidian.WorkspaceLeaf, WorkspaceLeaf],
	[obsidian.MarkdownView, MarkdownView],
	[obsidian.MarkdownFileInfo, MarkdownView],
	[obsidian.FileView, FileView],
	[obsidian.ItemView, ItemView],
	[obsidian.View, View],
	[obsidian.TFile, TFile],
	[obsidian.TFolder, TFolder],
	[obsidian.TAbstractFile, TAbstractFile],
	[obsidian.PluginSettingTab, PluginSettingTab],
	[obsidian.Setting, Setting],
	[obsidian.Scope, Scope],
	[obsidian.Modal, Modal],
	[obsidian.AbstractInputSuggest<never>, AbstractInputSuggest<never>],
	[obsidian.PopoverSuggest<never>, PopoverSuggest<never>],
	[obsidian.WorkspaceSidedock | obsidian.WorkspaceMobileDrawer, WorkspaceSidedock],
];

type Replace<T, Pairs> = Pairs extends [[infer Real, infer Fake], ...infer Rest] ? (T extends Real ? Fake : Replace<T, Rest>) : T;

/** A real Obsidian type with the fake's classes in place of Obsidian's, inside promises, arrays and function signatures too. */
type ToFake<T> =
	T extends Promise<infer U>
		? Promise<ToFake<U>>
		: T extends (...args: infer A) => infer R
			? (...args: ToFakeArgs<A>) => ToFake<R>
			: T extends readonly (infer U)[]
				? ToFake<U>[]
				: Replace<T, Replacements>;

/** The shared members whose fake type does not fit the real one. */
type Mismatches<Fake, Real, Skip extends PropertyKey = never> = {
	// A fake member may also keep the real type itself (TFile.vault is Obsidian's Vault for the code under test).
	[K in Exclude<Extract<keyof Fake, keyof Real>, Skip>]: Fake[K] extends ToFake<Real[K]> ? never : Fake[K] extends Real[K] ? never : K;
}[Exclude<Extract<keyof Fake, keyof Real>, Skip>];

/** Fails to compile unless `T` is never, i.e. there is no mismatch. */
type Conforms<T extends never> = T;

/** A real function and its fake must agree the same way. */
type FunctionMismatch<Fake, Real> = Fake extends ToFake<Real> ? never : "signature";

export type Checks = [
	Conforms<Mismatches<Events, obsidian.Events>>,
	Conforms<Mismatches<Component, obsidian.Component>>,
	Conforms<Mismatches<TAbstractFile, obsidian.TAbstractFile>>,
	Conforms<Mismatches<TFile, obsidian.TFile>>,
	Conforms<Mismatches<TFolder, obsidian.TFolder>>,
	Conforms<Mismatches<InMemoryAdapter, obsidian.DataAdapter>>,
	Conforms<Mismatches<Vault, obsidian.Vault>>,
	Conforms<Mismatches<MetadataCache, obsidian.MetadataCache>>,
	Conforms<Mismatches<FileManager, obsidian.FileManager>>,
	Conforms<Mismatches<App, obsidian.App>>,
	Conforms<Mismatches<Workspace, obsidian.Workspace>>,
	Conforms<Mismatches<WorkspaceLeaf, obsidian.WorkspaceLeaf>>,
	Conforms<Mismatches<View, obsidian.View>>,
	Conforms<Mismatches<ItemView, obsidian.ItemView>>,
	Conforms<Mismatches<FileView, obsidian.FileView>>,
	Conforms<Mismatches<MarkdownView, obsidian.MarkdownView>>,
	Conforms<Mismatches<Editor, obsidian.Editor>>,
	Conforms<Mismatches<Plugin, obsidian.Plugin>>,
	Conforms<Mismatches<Modal, obsidian.Modal>>,
	Conforms<Mismatches<SuggestModal<string>, obsidian.SuggestModal<string>>>,
	Conforms<Mismatches<FuzzySuggestModal<string>, obsidian.FuzzySuggestModal<string>>>,
	Conforms<Mismatches<PopoverSuggest<string>, obsidian.PopoverSuggest<string>>>,
	Conforms<Mismatches<AbstractInputSuggest<string>, obsidian.AbstractInputSuggest<string>>>,
	Conforms<Mismatches<Setting, obsidian.Setting>>,
	Conforms<Mismatches<SettingTab, obsidian.SettingTab>>,
	Conforms<Mismatches<PluginSettingTab, obsidian.PluginSettingTab>>,
	Conforms<Mismatches<AbstractTextComponent<HTMLInputElement>, obsidian.AbstractTextComponent<HTMLInputElement>>>,
	Conforms<Mismatches<TextComponent, obsidian.TextComponent>>,
	Conforms<Mismatches<TextAreaComponent, obsidian.TextAreaComponent>>,
	Conforms<Mismatches<ToggleComponent, obsidian.ToggleComponent>>,
	Conforms<Mismatches<DropdownComponent, obsidian.DropdownComponent>>,
	Conforms<Mismatches<SliderComponent, obsidian.SliderComponent>>,
	Conforms<Mismatches<ButtonComponent, obsidian.ButtonComponent>>,
	Conforms<Mismatches<ExtraButtonComponent, obsidian.ExtraButtonComponent>>,
	Conforms<Mismatches<Notice, obsidian.Notice>>,
	Conforms<Mismatches<Menu, obsidian.Menu>>,
	Conforms<Mismatches<MenuItem, obsidian.MenuItem>>,
	Conforms<Mismatches<Scope, obsidian.Scope>>,
	Conforms<Mismatches<typeof Platform, typeof obsidian.Platform>>,
	Conforms<FunctionMismatch<typeof normalizePath, typeof obsidian.normalizePath>>,
	Conforms<FunctionMismatch<typeof parseYaml, typeof obsidian.parseYaml>>,
	Conforms<FunctionMismatch<typeof stringifyYaml, typeof obsidian.stringifyYaml>>,
	Conforms<FunctionMismatch<typeof getFrontMatterInfo, typeof obsidian.getFrontMatterInfo>>,
	Conforms<FunctionMismatch<typeof debounce, typeof obsidian.debounce>>,
	Conforms<FunctionMismatch<typeof setIcon, typeof obsidian.setIcon>>,
	Conforms<FunctionMismatch<typeof getLinkpath, typeof obsidian.getLinkpath>>,
	Conforms<FunctionMismatch<typeof parseLinktext, typeof obsidian.parseLinktext>>,
	Conforms<FunctionMismatch<typeof prepareFuzzySearch, typeof obsidian.prepareFuzzySearch>>,
	Conforms<FunctionMismatch<typeof prepareSimpleSearch, typeof obsidian.prepareSimpleSearch>>,
	Conforms<FunctionMismatch<typeof renderResults, typeof obsidian.renderResults>>,
	Conforms<FunctionMismatch<typeof Keymap.isModEvent, typeof obsidian.Keymap.isModEvent>>,
	Conforms<FunctionMismatch<typeof Keymap.isModifier, typeof obsidian.Keymap.isModifier>>,
	Conforms<Mismatches<Keymap, obsidian.Keymap>>,
];
