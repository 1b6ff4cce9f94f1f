// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import {
	AbstractInputSuggest,
	App,
	chooseSuggestion,
	FuzzySuggestModal,
	Modal,
	Notice,
	Platform,
	renderMatches,
	setIcon,
	setPlatform,
	Setting,
	suggestionsOf,
	typeQuery,
} from "./index";

afterEach(() => {
	Modal.closeAll();
	Notice.clear();
	setPlatform("desktop");
	document.body.empty();
});

describe("DOM helpers", () => {
	it("build elements the way Obsidian's createEl does", () => {
		const parent = createDiv({ cls: "parent" });
		const first = parent.createEl("a", { cls: ["x", "y"], text: "Link", href: "https://example.org", attr: { "data-n": 3, hidden: null } });
		const prepended = parent.createSpan({ text: "first", prepend: true });
		expect(parent.firstChild).toBe(prepended);
		expect([first.className, first.getAttr("href"), first.getAttr("data-n"), first.hasAttribute("hidden"), first.getText()]).toEqual(["x y", "https://example.org", "3", false, "Link"]);
		first.toggleClass("y", false);
		first.addClass("z");
		expect(first.hasClass("z") && !first.hasClass("y")).toBe(true);
		first.setCssProps({ "--size": "2px" });
		expect(first.style.getPropertyValue("--size")).toBe("2px");
		expect(first.instanceOf(HTMLAnchorElement)).toBe(true);
		first.detach();
		expect(parent.children).toHaveLength(1);
		parent.empty();
		expect(parent.childNodes).toHaveLength(0);
		const input = createEl("input", { type: "text", value: "v", placeholder: "p" });
		expect([input.value, input.placeholder]).toEqual(["v", "p"]);
		expect(activeDocument).toBe(document);
	});

	it("setIcon names the icon in a data attribute", () => {
		const el = createDiv();
		setIcon(el, "calendar");
		expect(el.getAttr("data-icon")).toBe("calendar");
		expect(el.querySelector("svg.lucide-calendar")).not.toBeNull();
	});
});

describe("Setting", () => {
	it("has Obsidian's structure and calls onChange for input events only", () => {
		const container = createDiv();
		const changes: string[] = [];
		const setting = new Setting(container)
			.setName("Time zone")
			.setDesc("A zone name")
			.addText((text) => text.setPlaceholder("UTC").setValue("Europe/Berlin").onChange((v) => changes.push(v)));
		new Setting(container).setName("Notes").setHeading();
		expect(container.querySelector(".setting-item .setting-item-info .setting-item-name")?.textContent).toBe("Time zone");
		expect(setting.descEl.textContent).toBe("A zone name");
		expect(container.querySelectorAll(".setting-item-heading")).toHaveLength(1);
		const input = setting.controlEl.querySelector("input");
		if (!input) throw new Error("no input");
		expect(input.value).toBe("Europe/Berlin");
		input.value = "Asia/Tokyo";
		input.dispatchEvent(new Event("input"));
		expect(changes).toEqual(["Asia/Tokyo"]);
	});

	it("drives toggles, dropdowns and buttons through clicks and change events", () => {
		const container = createDiv();
		const seen: unknown[] = [];
		new Setting(container)
			.addToggle((t) => t.setValue(false).onChange((v) => seen.push(v)))
			.addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue("a").onChange((v) => seen.push(v)))
			.addButton((b) => b.setButtonText("Go").setCta().onClick(() => seen.push("clicked")));
		container.querySelector<HTMLElement>(".checkbox-container")?.click();
		const select = container.querySelector("select");
		if (!select) throw new Error("no select");
		select.value = "b";
		select.dispatchEvent(new Event("change"));
		container.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		expect(seen).toEqual([true, "b", "clicked"]);
		expect(container.querySelector(".checkbox-container")?.hasClass("is-enabled")).toBe(true);
	});
});

class FruitModal extends FuzzySuggestModal<string> {
	chosen: string[] = [];

	getItems(): string[] {
		return ["Apple", "Banana", "Cherry", "Blackberry"];
	}

	getItemText(item: string): string {
		return item;
	}

	onChooseItem(item: string): void {
		this.chosen.push(item);
	}
}

describe("Modals and suggesters", () => {
	it("lists open modals and closes them", () => {
		const app = new App();
		const modal = new Modal(app).setTitle("Hello");
		modal.open();
		expect(Modal.current()).toBe(modal);
		expect(document.body.querySelector(".modal-title")?.textContent).toBe("Hello");
		modal.close();
		expect(Modal.openModals).toEqual([]);
		expect(document.body.querySelector(".modal")).toBeNull();
	});

	it("filters suggestions by the query, shows the empty text, and chooses one", async () => {
		const app = new App();
		const modal = new FruitModal(app);
		modal.emptyStateText = "No fruit";
		modal.open();
		expect(suggestionsOf(modal).map((m) => m.item)).toEqual(["Apple", "Banana", "Cherry", "Blackberry"]);
		expect((await typeQuery(modal, "bry")).map((m) => m.item)).toEqual(["Blackberry"]);
		expect(modal.resultContainerEl.querySelector(".suggestion-highlight")?.textContent).toBe("B");
		await typeQuery(modal, "zzz");
		expect(modal.resultContainerEl.querySelector(".suggestion-empty")?.textContent).toBe("No fruit");
		await typeQuery(modal, "an");
		chooseSuggestion(modal, 0);
		expect(modal.chosen).toEqual(["Banana"]);
		expect(modal.isOpen).toBe(false);
	});

	it("suggests for a text field while typing", async () => {
		class Names extends AbstractInputSuggest<string> {
			protected getSuggestions(query: string): string[] {
				return ["Ana", "Ben", "Bea"].filter((n) => n.toLowerCase().startsWith(query.toLowerCase()));
			}

			renderSuggestion(value: string, el: HTMLElement): void {
				el.setText(value);
			}
		}
		const app = new App();
		const input = document.body.createEl("input");
		const picked: string[] = [];
		const suggest = new Names(app, input).onSelect((value) => picked.push(value));
		input.value = "b";
		input.dispatchEvent(new Event("input"));
		await app.settle();
		expect(suggestionsOf(suggest)).toEqual(["Ben", "Bea"]);
		expect(suggest.isOpen).toBe(true);
		chooseSuggestion(suggest, 1);
		expect(picked).toEqual(["Bea"]);
	});
});

describe("Notice and Platform", () => {
	it("records notices for the test to read", () => {
		new Notice("Saved.");
		const notice = new Notice("Working…", 0);
		notice.setMessage("Done.");
		expect(Notice.messages()).toEqual(["Saved.", "Done."]);
		Notice.clear();
		expect(Notice.shown).toEqual([]);
	});

	it("switches between desktop and mobile", () => {
		expect(Platform.isDesktop).toBe(true);
		setPlatform("mobile");
		expect([Platform.isMobile, Platform.isDesktopApp, Platform.isPhone]).toEqual([true, false, true]);
	});
});

describe("renderMatches", () => {
	function rendered(text: string, matches: [number, number][], offset?: number): string {
		const el = document.createElement("div");
		renderMatches(el, text, matches, offset);
		return Array.from(el.childNodes)
			.map((node) => (node.nodeName === "SPAN" ? `[${node.textContent}]` : node.textContent))
			.join("");
	}

	it("shifts ranges by the offset and clips them to the text, as Obsidian does for a part of a longer text", () => {
		// "Closing questions · All 3 questions": the detail starts at 20.
		expect(rendered("All 3 questions", [[0, 2], [18, 21], [26, 30]], -20)).toBe("[A]ll 3 [ques]tions");
		expect(rendered("Closing", [[5, 9]], 0)).toBe("Closi[ng]");
		expect(rendered("ab", [[0, 1]])).toBe("[a]b");
	});
});
