import { REFERRAL_MAP_VIEW_TYPE } from "../../src/ui/referral-map-context";
import { ReferralMapView } from "../../src/ui/referral-map-view";
import type { App } from "../obsidian-fake";
import { runCommand } from "./fixture";
import { showInSidebar, type Frame } from "./page";

export function mapView(app: App): ReferralMapView {
	const view = app.workspace.getLeavesOfType(REFERRAL_MAP_VIEW_TYPE)[0]?.view;
	if (!(view instanceof ReferralMapView)) throw new Error("the referral map is not open");
	return view;
}

/** Opens the map with its command, as a user would, and shows its leaf in a sidebar of the frame. */
export async function openMap(app: App, frame: Frame): Promise<ReferralMapView> {
	await runCommand(app, "open-referral-map");
	const view = mapView(app);
	// Obsidian titles the pane; the fake leaves the header empty.
	view.containerEl.querySelector(".view-header-title")?.setText(view.getDisplayText());
	showInSidebar(view.containerEl, frame);
	return view;
}

/** A section of the map by the start of its heading ("Referred by", "Referrals", "Mentioned in"). */
export function section(view: ReferralMapView, heading: string): HTMLElement {
	const found = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-map-section")).find((el) => el.querySelector("h4")?.textContent?.startsWith(heading));
	if (!found) throw new Error(`no section "${heading}" in: ${view.contentEl.textContent ?? ""}`);
	return found;
}

/** The person the map is about. */
export function focusedName(view: ReferralMapView): string {
	return view.contentEl.querySelector(".ii-map-person .ii-ref-link, .ii-map-person .ii-ref-name")?.textContent ?? "";
}

/** The people named in an element, in order. */
export function names(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".ii-ref-row > .ii-ref-link, .ii-ref-row > .ii-ref-name")).map((e) => e.textContent ?? "");
}

/** Switches between the active person and the network overview, with the view's header button. */
export function toggleOverview(view: ReferralMapView): void {
	const toggle = view.containerEl.querySelector<HTMLElement>(".view-action");
	if (!toggle) throw new Error("the map has no header button");
	toggle.click();
}
