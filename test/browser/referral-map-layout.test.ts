import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { faultsOf } from "./faults";
import { activate, freezeClock, resetAll, startPlugin } from "./fixture";
import { focusedName, openMap, toggleOverview } from "./map-driver";
import { FRAMES, frameName } from "./page";

beforeEach(() => freezeClock());
afterEach(() => resetAll());

describe("the referral map over example-vault", () => {
	it.each(FRAMES.map((frame) => [frameName(frame), frame] as const))("fits, keeps its text whole and readable (%s)", async (_name, frame) => {
		const { app } = await startPlugin();
		const view = await openMap(app, frame);
		await activate(app, "Contacts/Tomás Herrera.md");
		expect(focusedName(view)).toBe("Tomás Herrera");
		expect(view.contentEl.getBoundingClientRect().width).toBeCloseTo(frame.width - 1, 0);
		expect.soft(faultsOf(view.containerEl)).toEqual([]);
		// His job lead wraps inside the sidebar; on a phone the link to its interview is a 44 px target.
		const lead = view.contentEl.querySelector<HTMLElement>(".ii-map-leads .ii-lead");
		expect(lead?.textContent).toMatch(/^Research internship .* · from the interview on 2026-\d\d-\d\d$/);
		const leadLink = lead?.querySelector(".ii-ref-link")?.getBoundingClientRect();
		if (frame.mobile) expect(leadLink?.height).toBeGreaterThanOrEqual(44);

		toggleOverview(view);
		expect(view.contentEl.querySelector("h3")?.textContent).toBe("Network overview");
		expect.soft(faultsOf(view.containerEl)).toEqual([]);
		const { wrapped, misaligned } = treeRowAlignment(view.contentEl);
		expect(misaligned).toEqual([]);
		// Some rows do wrap at this width, so the alignment was put to the test.
		expect(wrapped).toBeGreaterThan(0);
	});
});

/**
 * Tree rows whose wrapped lines do not start under the name (they would start under the
 * open/close button, so that details look like a level of their own), and how many rows wrap.
 */
function treeRowAlignment(root: HTMLElement): { wrapped: number; misaligned: string[] } {
	let wrapped = 0;
	const misaligned: string[] = [];
	for (const row of Array.from(root.querySelectorAll<HTMLElement>(".ii-ref-item > .ii-ref-row"))) {
		const name = row.querySelector(".ii-ref-link, .ii-ref-name")!.getBoundingClientRect();
		const toggle = row.querySelector(".ii-ref-toggle")!.getBoundingClientRect();
		const parts = Array.from(row.children).filter((el) => !el.classList.contains("ii-ref-toggle"));
		if (parts.some((el) => el.getBoundingClientRect().top >= name.bottom)) wrapped++;
		const stray = parts.filter((el) => el.getBoundingClientRect().left < name.left - 0.5);
		if (stray.length > 0 || toggle.right > name.left) misaligned.push(row.textContent ?? "");
	}
	return { wrapped, misaligned };
}
