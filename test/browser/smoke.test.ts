import { describe, expect, it } from "vitest";
import { App } from "../obsidian-fake";

describe("the browser harness", () => {
	it("runs the fake Obsidian with a real DOM and real layout", () => {
		const app = new App({ files: {} });
		const el = document.body.createDiv({ cls: "probe", text: "hello" });
		expect(el.getBoundingClientRect().height).toBeGreaterThan(0);
		expect(app.vault.getMarkdownFiles()).toEqual([]);
		el.remove();
	});
});
