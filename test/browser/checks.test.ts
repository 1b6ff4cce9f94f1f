import { afterEach, describe, expect, it, vi } from "vitest";
import { contrastFaults, contrastRatio, effectiveBackground, parseColor } from "./contrast";
import { resetAll } from "./fixture";
import { forbiddenElementsIn, watchPage } from "./hostile";
import { clippedSelects, clippedText, horizontalOverflow, overlappingText } from "./layout-checks";
import { showInSidebar } from "./page";

afterEach(() => resetAll());

/** A view-like box in a light 300 px sidebar, to try the checks on. */
function box(): { content: HTMLElement; sidebar: HTMLElement } {
	const leaf = createDiv({ cls: "workspace-leaf-content" });
	const content = leaf.createDiv({ cls: "view-content" });
	const sidebar = showInSidebar(leaf, { theme: "light", width: 300, mobile: false });
	return { content, sidebar };
}

// The checks themselves, on pages made to fail them: a check that never fails proves nothing.
describe("the browser checks", () => {
	it("compute WCAG contrast as the reference values say", () => {
		expect(contrastRatio(parseColor("rgb(0, 0, 0)"), parseColor("rgb(255, 255, 255)"))).toBeCloseTo(21, 5);
		expect(contrastRatio(parseColor("rgb(118, 118, 118)"), parseColor("rgb(255, 255, 255)"))).toBeCloseTo(4.54, 2);
		expect(parseColor("color(srgb 1 0.5 0 / 0.5)")).toEqual({ r: 255, g: 127.5, b: 0, a: 0.5 });
	});

	it("find text that is too faint, over a translucent background", () => {
		const { content } = box();
		const badge = content.createSpan({ text: "faint" });
		badge.setCssStyles({ color: "#ababab", backgroundColor: "rgba(0, 0, 0, 0.075)" });
		expect(effectiveBackground(badge)).toEqual({ r: expect.closeTo(227.6, 0) as number, g: expect.closeTo(227.6, 0) as number, b: expect.closeTo(227.6, 0) as number, a: 1 });
		expect(contrastFaults(content)).toEqual(['low contrast: <span> "faint": #ababab on #e4e4e4 = 1.80:1, needs 4.5:1']);
		badge.setCssStyles({ fontSize: "24px" });
		badge.setText("Large and faint");
		badge.setCssStyles({ color: "#767676", backgroundColor: "transparent" });
		expect(contrastFaults(content)).toEqual([]);
	});

	it("find a part wider than the sidebar, text cut off without a title, and text drawn over text", () => {
		const { content, sidebar } = box();
		content.createDiv({ text: "W".repeat(200) });
		expect(horizontalOverflow(content, sidebar).length).toBeGreaterThan(0);
		content.empty();

		const cut = content.createDiv({ text: "A long organization name that does not fit" });
		cut.setCssStyles({ whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", width: "100px" });
		expect(clippedText(content)).toHaveLength(1);
		cut.setAttr("title", cut.getText());
		expect(clippedText(content)).toEqual([]);

		const select = content.createEl("select", { cls: "dropdown" });
		select.createEl("option", { text: "Follow up on outreach" });
		expect(clippedSelects(content)).toEqual([]);
		select.setCssStyles({ width: "80px" });
		expect(clippedSelects(content)).toHaveLength(1);
		select.remove();

		const over = content.createDiv({ text: "drawn on top" });
		over.setCssStyles({ marginTop: `-${cut.offsetHeight}px` });
		expect(overlappingText(content)).toHaveLength(1);
	});

	it("see a forbidden element added anywhere in the page, and the dialog its handler opens", async () => {
		const watch = watchPage();
		// The attack itself: an image that cannot load runs its onerror attribute.
		document.body.createDiv().createEl("img", { attr: { src: "x", onerror: "alert(1)" } });
		await vi.waitFor(() => expect(watch.found()).toContain("window.alert was called"));
		expect(watch.found()).toEqual(['added <img src="x" onerror="alert(1)">', "window.alert was called"]);
		expect(forbiddenElementsIn(document.body)).toEqual(['<img src="x" onerror="alert(1)">']);
		watch.stop();
	});
});
