import { vi } from "vitest";
import type InformationalInterviewsPlugin from "../../src/main";
import { REFERRAL_MAP_VIEW_TYPE } from "../../src/ui/referral-map-context";
import { ReferralMapView } from "../../src/ui/referral-map-view";
import { App } from "../obsidian-fake";
import { STORY_DATE } from "../builders/example-story";
import { exampleVaultApp, fileAt, runCommand, startPlugin } from "../integration/fixture";

export { runCommand };

export interface MapFixture {
	readonly app: App;
	readonly plugin: InformationalInterviewsPlugin;
}

/** Noon of the day the example vault's story is set on, so that stages do not depend on the real clock. */
export function storyNoon(): Date {
	return new Date(`${STORY_DATE}T12:00:00Z`);
}

/** Only `Date` is faked: the index's window timer and the view's debounce keep running. */
export function freezeClock(at: Date): void {
	vi.useFakeTimers({ toFake: ["Date"], now: at });
}

/** The plugin started over these files (or the example vault), with the graph holding every record. */
export async function startMap(files?: Record<string, string>): Promise<MapFixture> {
	const app = files ? new App({ files }) : exampleVaultApp();
	const plugin = await startPlugin(app);
	plugin.index.flush();
	return { app, plugin };
}

export function mapView(app: App): ReferralMapView {
	const view = app.workspace.getLeavesOfType(REFERRAL_MAP_VIEW_TYPE)[0]?.view;
	if (!(view instanceof ReferralMapView)) throw new Error("the referral map is not open");
	return view;
}

/** Opens the map with its command, as a user would, and returns the view. */
export async function openMap(app: App): Promise<ReferralMapView> {
	if (!runCommand(app, "open-referral-map")) throw new Error("the command did not run");
	await app.settle();
	return mapView(app);
}

/** Makes a note the active one, in the main area. */
export async function activate(app: App, path: string): Promise<void> {
	await app.workspace.getLeaf(false).openFile(fileAt(app, path));
	await app.settle();
}

/** A section of the map by its heading ("Referred by", "Referrals", "Mentioned in (3)"). */
export function section(view: ReferralMapView, heading: string): HTMLElement {
	const found = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ii-map-section")).find((el) => el.querySelector("h4")?.textContent?.startsWith(heading));
	if (!found) throw new Error(`no section "${heading}" in: ${view.contentEl.textContent ?? ""}`);
	return found;
}

/** The people named in an element, links and names of people without a note alike, in order. */
export function names(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".ii-ref-row > .ii-ref-link, .ii-ref-row > .ii-ref-name")).map((e) => e.textContent ?? "");
}

/** The row of a person by name, within an element. */
export function rowOf(el: HTMLElement, name: string): HTMLElement {
	const row = Array.from(el.querySelectorAll<HTMLElement>(".ii-ref-row")).find((r) => r.querySelector(".ii-ref-link, .ii-ref-name")?.textContent === name);
	if (!row) throw new Error(`no row for "${name}" in: ${el.textContent ?? ""}`);
	return row;
}

export function linkOf(el: HTMLElement, name: string): HTMLElement {
	const link = rowOf(el, name).querySelector<HTMLElement>(".ii-ref-link");
	if (!link) throw new Error(`"${name}" has no link`);
	return link;
}

/** How many people the view has in the DOM. */
export function personCount(view: ReferralMapView): number {
	return view.contentEl.querySelectorAll(".ii-ref-row").length;
}
