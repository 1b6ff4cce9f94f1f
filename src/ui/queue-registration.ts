import type { App } from "obsidian";
import { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginHost } from "../obsidian/plugin-host";
import { registerLogConversation } from "./log-conversation";
import { NewContactModal } from "./new-contact-modal";
import { registerQueueCommands } from "./queue-commands";
import { addQueueStatusBar } from "./queue-status-bar";
import { QUEUE_ICON, QUEUE_VIEW_TYPE, QueueView, type QueueViewHooks, type QueueViewHost } from "./queue-view";
import { runSafely } from "./safely";

/**
 * Shows the follow-up queue in the right sidebar: the leaf that has it already, else a
 * new one. The view is looked up by type each time and never kept by the plugin.
 */
export async function openFollowUpQueue(app: App): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		if (leaf === null) throw new Error("There is no sidebar to show it in.");
		await leaf.setViewState({ type: QUEUE_VIEW_TYPE, active: true });
	}
	// What revealLeaf does, with calls that the oldest Obsidian this plugin supports has too.
	workspace.rightSplit.expand();
	workspace.setActiveLeaf(leaf, { focus: true });
}

/**
 * The follow-up queue: the service that keeps it in step with the index (created now, so
 * that it hears the first full build), its view, ribbon icon and command, the overdue
 * count in the status bar, and the commands on the open note. `hooks.onImport`, when the
 * plugin has an import, gives the view its Import contacts button.
 */
export function registerFollowUpQueue(host: PluginHost, hooks: QueueViewHooks = {}): FollowUpService {
	const service = new FollowUpService(host);
	// Read through getters: the plugin replaces its settings object when they are loaded or synced.
	const viewHost: QueueViewHost = {
		get index() {
			return host.index;
		},
		get settings() {
			return host.settings;
		},
		saveData: (data) => host.saveData(data),
		newContact: () => new NewContactModal(host).open(),
	};
	const open = (): Promise<void> => runSafely("open the follow-up queue", () => openFollowUpQueue(host.app));
	host.registerView(QUEUE_VIEW_TYPE, (leaf) => new QueueView(leaf, viewHost, service, hooks));
	host.addRibbonIcon(QUEUE_ICON, "Open follow-up queue", open);
	host.addCommand({ id: "open-follow-up-queue", name: "Open follow-up queue", callback: open });
	addQueueStatusBar(host, service, () => void open());
	registerQueueCommands(host, service);
	registerLogConversation(host, service);
	return service;
}
