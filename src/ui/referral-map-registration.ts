import type { App } from "obsidian";
import { REFERRAL_MAP_VIEW_TYPE } from "./referral-map-context";
import type { ReferralMapHost } from "./referral-map-host";
import { REFERRAL_MAP_ICON, ReferralMapView } from "./referral-map-view";
import { runSafely } from "./safely";
import { registerThankReferrer } from "./thank-referrer";

/**
 * Shows the referral map in the right sidebar: the leaf that has it already, else a new
 * one. The view is found by type each time, never kept by the plugin, so that closing
 * it leaves nothing behind.
 */
export async function openReferralMap(app: App): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(REFERRAL_MAP_VIEW_TYPE)[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		if (leaf === null) throw new Error("There is no sidebar to show it in.");
		await leaf.setViewState({ type: REFERRAL_MAP_VIEW_TYPE, active: true });
	}
	// What revealLeaf does, with calls that the oldest Obsidian this plugin supports has too.
	workspace.rightSplit.expand();
	workspace.setActiveLeaf(leaf, { focus: true });
}

/** The referral map's view, its ribbon icon and commands, and the "Thank the referrer" command. */
export function registerReferralMap(host: ReferralMapHost): void {
	host.registerView(REFERRAL_MAP_VIEW_TYPE, (leaf) => new ReferralMapView(leaf, host));
	// Page previews from the map follow the user's setting for it, Ctrl/Cmd by default as in backlinks.
	host.registerHoverLinkSource(REFERRAL_MAP_VIEW_TYPE, { display: host.manifest.name, defaultMod: true });
	host.addRibbonIcon(REFERRAL_MAP_ICON, "Open referral map", () => runSafely("open the referral map", () => openReferralMap(host.app)));
	host.addCommand({
		id: "open-referral-map",
		name: "Open referral map",
		callback: () => runSafely("open the referral map", () => openReferralMap(host.app)),
	});
	registerThankReferrer(host);
}
