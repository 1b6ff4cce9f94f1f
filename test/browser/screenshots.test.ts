import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { activate, freezeClock, resetAll, startPlugin } from "./fixture";
import { focusedName, openMap } from "./map-driver";
import { DESKTOP_WIDTH, PHONE_WIDTH, type Theme } from "./page";
import { openQueue, rows } from "./queue-driver";

/**
 * The pictures in the README, of the views as the example vault shows them in a desktop
 * sidebar. Paths are relative to this file; `node scripts/screenshots.mjs` runs only this file.
 */
const IMAGES = "../../docs/images";
const THEMES: readonly Theme[] = ["light", "dark"];
/** The tallest picture that fits the browser window unscaled (see the viewport below). */
const MAX_HEIGHT = 680;

/** The sidebar, as tall as what the view shows (up to what fits the window), into docs/images. */
async function shoot(leafContent: HTMLElement, name: string): Promise<void> {
	const sidebar = leafContent.closest<HTMLElement>(".ii-test-sidebar");
	const header = leafContent.querySelector<HTMLElement>(".view-header");
	const content = leafContent.querySelector<HTMLElement>(".view-content");
	if (!sidebar || !header || !content) throw new Error("the view is not in a sidebar");
	// With no room the content's scroll height is its natural height.
	sidebar.setCssStyles({ height: `${header.offsetHeight}px` });
	sidebar.setCssStyles({ height: `${Math.min(MAX_HEIGHT, header.offsetHeight + content.scrollHeight + 2)}px` });
	// The pointer rests on the pane's title, where it hovers nothing (a click in an earlier test may have left it on a row).
	await userEvent.hover(header);
	await page.screenshot({ path: `${IMAGES}/${name}`, element: sidebar });
}

beforeEach(async () => {
	// A frame that fits the browser window: a larger one is drawn scaled down, and so is its screenshot.
	await page.viewport(640, 700);
	freezeClock();
});
afterEach(() => resetAll());

describe("screenshots for the README", () => {
	it.each(THEMES)("the follow-up queue, %s", async (theme) => {
		const { app } = await startPlugin();
		const view = await openQueue(app, { theme, width: DESKTOP_WIDTH, mobile: false });
		expect(rows(view).length).toBeGreaterThan(5);
		await shoot(view.containerEl, `queue-${theme}.png`);
	});

	it("the follow-up queue on a phone", async () => {
		const { app } = await startPlugin();
		const view = await openQueue(app, { theme: "light", width: PHONE_WIDTH, mobile: true });
		expect(rows(view).length).toBeGreaterThan(5);
		await shoot(view.containerEl, "queue-phone.png");
	});

	it.each(THEMES)("the referral map, %s", async (theme) => {
		const { app } = await startPlugin();
		const view = await openMap(app, { theme, width: DESKTOP_WIDTH, mobile: false });
		await activate(app, "Contacts/Tomás Herrera.md");
		expect(focusedName(view)).toBe("Tomás Herrera");
		await shoot(view.containerEl, `referral-map-${theme}.png`);
	});
});
