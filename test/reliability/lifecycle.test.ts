// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import InformationalInterviewsPlugin from "../../src/main";
import { App, Component, loadPlugin, Modal, Notice, unloadPlugin, type View } from "../obsidian-fake";
import { fileAt, manifest, note, smallVault } from "../integration/fixture";

/*
 * Loading and unloading the plugin a hundred times in one app, using what it adds each
 * time (views, the timer in the status bar, the settings tab, modals, a pending index
 * batch), must leave the app exactly as it was: no listener, timer, element, status bar
 * item, command, tab, view or hover source of the plugin's.
 */

const ROUNDS = 100;
const PREFIX = `${manifest.id}:`;

beforeEach(() => {
	vi.useFakeTimers();
	Notice.clear();
});

afterEach(() => {
	Modal.closeAll();
	vi.useRealTimers();
	document.body.empty();
});

/** Everything in the app a plugin could leave behind, as numbers to compare. */
function footprint(app: App) {
	let leaves = 0;
	app.workspace.iterateAllLeaves(() => void leaves++);
	return {
		vaultListeners: app.vault.listenerCount(),
		cacheListeners: app.metadataCache.listenerCount(),
		workspaceListeners: app.workspace.listenerCount(),
		timers: vi.getTimerCount(),
		bodyElements: document.body.querySelectorAll("*").length,
		workspaceElements: app.workspace.containerEl.querySelectorAll("*").length,
		statusBarItems: app.workspace.containerEl.querySelectorAll(".status-bar-item").length,
		commands: app.commands.listCommands().length,
		settingTabs: app.setting.pluginTabs.length,
		hoverSources: app.workspace.hoverLinkSources.size,
		leaves,
		modals: Modal.openModals.length,
	};
}

function run(app: App, command: string): void {
	expect(app.commands.executeCommandById(`${PREFIX}${command}`), command).toBe(true);
}

/** Uses what the plugin adds, so that unloading has something to take away. */
async function useEverything(app: App, plugin: InformationalInterviewsPlugin, round: number): Promise<View[]> {
	// Every "open …" command shows a view of the plugin's in the sidebar.
	for (const command of app.commands.listCommands()) if (command.id.startsWith(`${PREFIX}open-`)) run(app, command.id.slice(PREFIX.length));
	run(app, "start-interview-timer");
	app.setting.openTabById(manifest.id);
	run(app, "show-problems");
	Modal.closeAll();
	run(app, "new-contact");
	await app.settle();
	Modal.closeAll();
	// An edit leaves a batch pending behind the index's window timer, and time passes for the timers.
	await app.vault.modify(fileAt(app, "Contacts/Jordan Lee.md"), note({ type: "contact", role: `Analyst ${round}` }));
	vi.advanceTimersByTime(1_500);
	await app.vault.modify(fileAt(app, "Contacts/Sam Ng.md"), note({ type: "contact", contacted: "2026-11-01", role: `Round ${round}` }));
	await app.settle();
	const views: View[] = [];
	app.workspace.iterateAllLeaves((leaf) => {
		if (leaf.view.getViewType().startsWith(manifest.id)) views.push(leaf.view);
	});
	expect(plugin.index.size).toBeGreaterThan(0);
	return views;
}

describe("loading and unloading the plugin", () => {
	it(`${ROUNDS} times leaves nothing behind`, async () => {
		const app = new App({ files: smallVault() });
		app.finishLayout();
		// A note open before the plugin comes: its editor and leaf are Obsidian's own.
		await app.workspace.getLeaf(false).openFile(fileAt(app, "Start here.md"));
		await app.settle();
		const before = footprint(app);
		let viewTypes = 0;
		for (let round = 0; round < ROUNDS; round++) {
			const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
			await app.settle();
			const views = await useEverything(app, plugin, round);
			viewTypes = Math.max(viewTypes, views.length);
			const during = footprint(app);
			expect(during.statusBarItems).toBeGreaterThan(before.statusBarItems);
			expect(during.timers).toBeGreaterThan(before.timers);
			expect(during.leaves).toBeGreaterThan(before.leaves);

			unloadPlugin(plugin);
			await app.settle();
			expect(footprint(app), `round ${round}`).toEqual(before);
			expect(Component.resourcesOf(plugin)).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
			for (const view of views) expect(Component.resourcesOf(view), view.getViewType()).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
		}
		// The referral map at least; the follow-up queue too once it is registered.
		expect(viewTypes).toBeGreaterThanOrEqual(1);
		// Nothing the plugin did was reported as a failure.
		expect(Notice.messages().filter((m) => m.startsWith("Could not"))).toEqual([]);
	});
});
