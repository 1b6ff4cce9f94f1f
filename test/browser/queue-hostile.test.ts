import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { faultsOf } from "./faults";
import { freezeClock, note, resetAll, startPlugin } from "./fixture";
import { forbiddenElementsIn, HOSTILE_NAMES, watchPage, type Watch } from "./hostile";
import { FRAMES, frameName } from "./page";
import { openQueue, rowByTitle, titles } from "./queue-driver";

/** One contact never reached per hostile name, each a "Reach out" item, with a hostile organization too. */
function hostileVault(): Record<string, string> {
	const files: Record<string, string> = { "Contacts/Plain Person.md": note({ type: "contact", organization: "Fabrikam" }, "# Plain\n") };
	for (const [key, name] of Object.entries(HOSTILE_NAMES)) files[`Contacts/${key}.md`] = note({ type: "contact", name, organization: '"><script>alert(3)</script>' }, "# Notes\n");
	return files;
}

/** The shape of a row: its elements' tags and classes, without text. */
function skeleton(row: Element): string[] {
	return Array.from(row.querySelectorAll("*")).map((el) => `${el.tagName}.${Array.from(el.classList).join(".")}`);
}

let watch: Watch | undefined;
beforeEach(() => freezeClock());
afterEach(() => {
	watch?.stop();
	watch = undefined;
	resetAll();
});

describe("the follow-up queue with hostile names", () => {
	it.each([FRAMES[1]!, FRAMES[2]!].map((frame) => [frameName(frame), frame] as const))("shows them as text on one line, the full text a hover away, and runs nothing (%s)", async (_name, frame) => {
		const { app } = await startPlugin(hostileVault());
		const view = await openQueue(app, frame);
		watch = watchPage();
		// Redrawn from scratch while watched: a filter and back.
		const kind = view.contentEl.querySelector("select")!;
		kind.value = "outreach";
		kind.dispatchEvent(new Event("change"));
		kind.value = "";
		kind.dispatchEvent(new Event("change"));

		const expected = ["Plain Person", ...Object.values(HOSTILE_NAMES)].map((name) => `Reach out · ${name}`);
		expect(titles(view).sort()).toEqual(expected.sort());
		const plain = skeleton(rowByTitle(view, "Reach out · Plain Person"));
		for (const name of Object.values(HOSTILE_NAMES)) {
			const row = rowByTitle(view, `Reach out · ${name}`);
			expect(skeleton(row), name.slice(0, 40)).toEqual(plain);
			expect(row.querySelector(".ii-queue-title bdi")?.getAttribute("title")).toBe(name);
			expect(row.querySelector(".ii-queue-org")?.textContent).toBe(`"><script>alert(3)</script>`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect([...(watch?.found() ?? ["the page was not watched"]), ...forbiddenElementsIn(view.containerEl), ...faultsOf(view.containerEl)]).toEqual([]);
	});
});
