import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activate, freezeClock, note, resetAll, startPlugin } from "./fixture";
import { forbiddenElementsIn, HOSTILE_NAMES, watchPage, type Watch } from "./hostile";
import { faultsOf } from "./faults";
import { focusedName, names, openMap, section, toggleOverview } from "./map-driver";
import { FRAMES, frameName } from "./page";

const MISSING = "<img src=y onerror=alert(2)>";

/** Root referred one contact per hostile name, and a plain one to compare with; someone names a referrer who has no note. */
function hostileVault(): Record<string, string> {
	const files: Record<string, string> = {
		"Contacts/Root.md": note({ type: "contact", met_via: "<b>alumni</b> office", organization: '"><script>alert(3)</script>' }),
		"Contacts/Plain Person.md": note({ type: "contact", referred_by: "[[Root]]", organization: "Fabrikam" }),
		"Contacts/Unknown referrer.md": note({ type: "contact", referred_by: `[[${MISSING}]]` }),
	};
	for (const [key, name] of Object.entries(HOSTILE_NAMES)) files[`Contacts/${key}.md`] = note({ type: "contact", name, referred_by: "[[Root]]", organization: "Fabrikam" });
	return files;
}

/** The shape of a row: its elements' tags and classes, without text. */
function skeleton(row: Element): string[] {
	return Array.from(row.querySelectorAll("*")).map((el) => `${el.tagName}.${Array.from(el.classList).join(".")}`);
}

function rowNamed(root: HTMLElement, name: string): HTMLElement {
	const row = Array.from(root.querySelectorAll<HTMLElement>(".ii-ref-row")).find((r) => r.querySelector(".ii-ref-link, .ii-ref-name")?.textContent === name);
	if (!row) throw new Error(`no row for ${name.slice(0, 40)}`);
	return row;
}

let watch: Watch | undefined;
beforeEach(() => freezeClock());
afterEach(() => {
	watch?.stop();
	watch = undefined;
	resetAll();
});

/** Whatever ran or was made from the names, and everything a user would see go wrong. */
async function problemsIn(view: { containerEl: HTMLElement }): Promise<string[]> {
	// An image that got into the page would fail to load and run its onerror a moment later.
	await new Promise((resolve) => setTimeout(resolve, 100));
	return [...(watch?.found() ?? ["the page was not watched"]), ...forbiddenElementsIn(view.containerEl), ...faultsOf(view.containerEl)];
}

describe("the referral map with hostile names", () => {
	it.each([FRAMES[0]!, FRAMES[3]!].map((frame) => [frameName(frame), frame] as const))("shows them as text, wraps them, and runs nothing (%s)", async (_name, frame) => {
		const { app } = await startPlugin(hostileVault());
		const view = await openMap(app, frame);
		watch = watchPage();

		await activate(app, "Contacts/Root.md");
		const referrals = section(view, "Referrals");
		expect(names(referrals).sort()).toEqual(["Plain Person", ...Object.values(HOSTILE_NAMES)].sort());
		const plain = skeleton(rowNamed(referrals, "Plain Person"));
		for (const name of Object.values(HOSTILE_NAMES)) expect(skeleton(rowNamed(referrals, name)), name.slice(0, 40)).toEqual(plain);
		expect(rowNamed(referrals, HOSTILE_NAMES.arabic).querySelector(".ii-ref-link")?.getAttribute("dir")).toBe("auto");
		expect(view.contentEl.textContent).toContain('"><script>alert(3)</script>');
		expect(await problemsIn(view)).toEqual([]);

		for (const key of Object.keys(HOSTILE_NAMES)) {
			await activate(app, `Contacts/${key}.md`);
			expect(focusedName(view)).toBe(HOSTILE_NAMES[key as keyof typeof HOSTILE_NAMES]);
			expect(names(section(view, "Referred by"))).toEqual(["Root"]);
		}
		expect(await problemsIn(view)).toEqual([]);

		await activate(app, "Contacts/Unknown referrer.md");
		const missing = rowNamed(section(view, "Referred by"), MISSING);
		expect(missing.querySelector("button")?.getAttribute("aria-label")).toBe(`Create a contact note for ${MISSING}`);

		toggleOverview(view);
		expect(view.contentEl.textContent).toContain(HOSTILE_NAMES.long);
		expect(await problemsIn(view)).toEqual([]);
	});
});

/** Where a word of a text node starts on the screen. */
function leftOf(node: Text, word: string): number {
	const at = node.data.indexOf(word);
	if (at < 0) throw new Error(`no "${word}" in "${node.data}"`);
	const range = document.createRange();
	range.setStart(node, at);
	range.setEnd(node, at + word.length);
	return range.getBoundingClientRect().left;
}

describe("a name that opens a right-to-left override and never closes it", () => {
	// Without isolation, U+202E in a name reverses the rest of the sentence around it:
	// "Amir has not referred anyone yet." read ".tey enoyna derrefer ton sah rimA".
	// Names in links are isolated (dir="auto"); names inside sentences sit in <bdi> elements.
	it("does not reverse the sentence it is in", async () => {
		const { app } = await startPlugin(hostileVault());
		const view = await openMap(app, FRAMES[0]!);
		watch = watchPage();
		await activate(app, "Contacts/overrideOpen.md");
		const paragraph = section(view, "Referrals").querySelector(".ii-map-empty");
		expect(paragraph?.textContent).toBe(`${HOSTILE_NAMES.overrideOpen} has not referred anyone yet.`);
		expect(paragraph?.firstElementChild?.tagName).toBe("BDI");
		const sentence = paragraph?.lastChild;
		if (!(sentence instanceof Text)) throw new Error("no sentence");
		expect(leftOf(sentence, "has")).toBeLessThan(leftOf(sentence, "yet"));
	});
});
