import type * as obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import type { Plugin } from "./plugin";

/** A manifest for tests that do not care which plugin they load. */
export const TEST_MANIFEST: obsidian.PluginManifest = {
	id: "test-plugin",
	name: "Test plugin",
	author: "Tests",
	version: "0.0.0",
	minAppVersion: "1.5.7",
	description: "A plugin loaded into the obsidian fake.",
};

/**
 * A plugin class: the plugin's own (typed against Obsidian's Plugin) or a test's
 * (extending the fake's), constructed from an App and a manifest.
 */
export type PluginClass<P extends obsidian.Plugin | Plugin> = new (app: obsidian.App, manifest: obsidian.PluginManifest) => P;

/**
 * Does what Obsidian does when it enables a plugin: makes its folder, constructs it,
 * calls `load()` (which runs `onload`) and waits for an async `onload` to finish.
 * Layout readiness is separate: call `app.finishLayout()` before or after, as the test needs.
 */
export async function loadPlugin<P extends obsidian.Plugin | Plugin>(app: App, pluginClass: PluginClass<P>, manifest: obsidian.PluginManifest = TEST_MANIFEST): Promise<P> {
	await app.vault.adapter.mkdir(`${app.vault.configDir}/plugins/${manifest.id}`);
	const plugin = new pluginClass(app.asObsidian(), { ...manifest });
	loadedPlugins.add(plugin);
	plugin.load();
	await Component.loading(plugin);
	return plugin;
}

/** Disables the plugin: `unload()` releases what it registered and runs `onunload`. */
export function unloadPlugin(plugin: obsidian.Plugin | Plugin): void {
	loadedPlugins.delete(plugin);
	plugin.unload();
}

/** Plugins loaded and not yet unloaded, so that a test run can close them all. */
const loadedPlugins = new Set<obsidian.Plugin | Plugin>();

/**
 * Unloads every plugin a test left loaded. Without this, a plugin's pending timers (the
 * index's batch, the queue's clock) could fire after the test's DOM is gone.
 */
export function unloadAllPlugins(): void {
	for (const plugin of [...loadedPlugins]) unloadPlugin(plugin);
}
