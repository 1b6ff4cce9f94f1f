/// <reference types="vite/client" />
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { ImportModal } from "../../src/ui/import-modal";
import { Modal, type App } from "../obsidian-fake";
import linkedinExport from "../fixtures/import/linkedin-connections.csv?raw";
import modalCss from "./modal-theme.css?raw";
import { freezeClock, resetAll, startPlugin } from "./fixture";
import { showInSidebar, type Frame } from "./page";

/** Relative to this file, like the README's other pictures (see screenshots.test.ts). */
const IMAGES = "../../docs/images";

let styled = false;
function installModalStyles(): void {
	if (styled) return;
	styled = true;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(modalCss);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The example vault with the LinkedIn export opened in the import dialog, in a frame's theme and width. */
async function openDialog(frame: Frame): Promise<ImportModal & { app: App }> {
	const { app, plugin } = await startPlugin();
	// The theme and the plugin's styles.css, as the views get them; the sidebar itself is not used.
	showInSidebar(document.body.createDiv(), frame).remove();
	installModalStyles();
	const modal = new ImportModal(plugin, { name: "Connections.csv", bytes: new TextEncoder().encode(linkedinExport) });
	modal.open();
	return Object.assign(modal, { app });
}

function overflowsSideways(el: HTMLElement): HTMLElement[] {
	const box = el.getBoundingClientRect();
	return Array.from(el.querySelectorAll<HTMLElement>(".ii-import-person, .ii-import-skipped li, .setting-item")).filter((child) => child.getBoundingClientRect().right > box.right + 1);
}

beforeEach(async () => {
	await page.viewport(640, 760);
	freezeClock();
});
afterEach(() => resetAll());

describe("the import dialog", () => {
	it.each<Frame>([
		{ theme: "light", width: 300, mobile: false },
		{ theme: "dark", width: 375, mobile: true },
	])("shows new people and skipped ones without anything running off the side ($theme, $width px)", async (frame) => {
		if (frame.mobile) await page.viewport(375, 700);
		const modal = await openDialog(frame);
		const names = Array.from(modal.contentEl.querySelectorAll(".ii-import-name")).map((el) => el.textContent);
		expect(names).toEqual(["Jordan Lee", "Zoë Ångström 🌍"]);
		expect(modal.contentEl.querySelectorAll(".ii-import-skipped li")).toHaveLength(6);
		expect(overflowsSideways(modal.modalEl)).toEqual([]);
		// Touch targets on a phone: the checkbox is at least 24 px.
		const box = modal.contentEl.querySelector<HTMLInputElement>(".ii-import-person input")?.getBoundingClientRect();
		if (frame.mobile) expect(box?.height).toBeGreaterThanOrEqual(24);
	});

	it("unticking a person with a click takes them out of the count, and Create writes the rest", async () => {
		const modal = await openDialog({ theme: "light", width: 300, mobile: false });
		const boxes = modal.contentEl.querySelectorAll<HTMLInputElement>(".ii-import-person input[type=checkbox]");
		const zoe = boxes[1];
		if (!zoe) throw new Error("no checkbox");
		await userEvent.click(zoe);
		const create = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create 1 contact");
		if (!create) throw new Error("the button does not say 1 contact");
		await userEvent.click(create);
		await modal.app.settle();
		expect(modal.contentEl.querySelector(".ii-import-summary")?.textContent).toBe("Created 1 contact, skipped 7 (already in your vault: 4, no name: 1, duplicate row: 1, unticked by you: 1).");
		expect(modal.app.vault.getFileByPath("Contacts/Jordan Lee.md")).not.toBeNull();
		expect(modal.app.vault.getFileByPath("Contacts/Zoë Ångström 🌍.md")).toBeNull();
		expect(Modal.current()).toBe(modal);
	});

	it("the picture in docs/images", async () => {
		const modal = await openDialog({ theme: "light", width: 300, mobile: false });
		const input = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.textContent?.startsWith("Career field"))?.querySelector("input");
		if (!input) throw new Error("no career field");
		await userEvent.fill(input, "Public health");
		await page.screenshot({ path: `${IMAGES}/import-modal.png`, element: modal.modalEl });
	});
});
