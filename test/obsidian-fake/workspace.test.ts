// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { App, FileView, ItemView, MarkdownView, type TFile, type WorkspaceLeaf } from "./index";

class CounterView extends ItemView {
	opened = 0;
	closed = 0;

	getViewType(): string {
		return "counter";
	}

	getDisplayText(): string {
		return "Counter";
	}

	protected override async onOpen(): Promise<void> {
		this.opened++;
		this.contentEl.createDiv({ cls: "counter", text: "0" });
	}

	protected override async onClose(): Promise<void> {
		this.closed++;
	}
}

function withCounter(app: App): CounterView[] {
	const views: CounterView[] = [];
	app.workspace.registerView("counter", (leaf: WorkspaceLeaf) => {
		const view = new CounterView(leaf);
		views.push(view);
		return view;
	});
	return views;
}

describe("Workspace", () => {
	it("runs layout callbacks once the layout is ready, and at once afterwards", () => {
		const app = new App();
		const calls: string[] = [];
		app.workspace.onLayoutReady(() => calls.push("early"));
		expect(calls).toEqual([]);
		app.finishLayout();
		app.workspace.onLayoutReady(() => calls.push("late"));
		expect(calls).toEqual(["early", "late"]);
		expect(app.workspace.layoutReady).toBe(true);
	});

	it("opens a registered view in a sidebar leaf with a header and a content element", async () => {
		const app = new App();
		const views = withCounter(app);
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: "counter", active: true });
		await app.workspace.revealLeaf(leaf);
		const view = views[0];
		expect(view?.opened).toBe(1);
		expect(view?.containerEl.children[0]?.hasClass("view-header")).toBe(true);
		expect(view?.containerEl.children[1]).toBe(view?.contentEl);
		expect(view?.contentEl.querySelector(".counter")?.textContent).toBe("0");
		expect(app.workspace.getLeavesOfType("counter")).toEqual([leaf]);
		expect(leaf.revealCount).toBe(1);
		expect(app.workspace.rightSplit.collapsed).toBe(false);

		app.workspace.detachLeavesOfType("counter");
		await app.settle();
		expect(view?.closed).toBe(1);
		expect(app.workspace.getLeavesOfType("counter")).toEqual([]);
	});

	it("opens a link: resolves it, shows the note and reports the new active file", async () => {
		const app = new App({ files: { "Contacts/Jordan Lee.md": "---\ntype: contact\n---\nHello" } });
		const opened: (string | null)[] = [];
		app.workspace.on("file-open", (file: TFile | null) => opened.push(file?.path ?? null));
		await app.workspace.openLinkText("Jordan Lee", "", false);
		expect(app.workspace.getActiveFile()?.path).toBe("Contacts/Jordan Lee.md");
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.editor.getValue()).toBe("---\ntype: contact\n---\nHello");
		expect(view).toBeInstanceOf(FileView);
		expect(opened).toEqual(["Contacts/Jordan Lee.md"]);
		expect(app.workspace.getLastOpenFiles()).toEqual(["Contacts/Jordan Lee.md"]);
	});

	it("creates the note when a link names none, as a click in Obsidian does", async () => {
		const app = new App();
		await app.workspace.openLinkText("People/Sam Ng", "Start.md");
		expect(app.vault.getFileByPath("People/Sam Ng.md")).not.toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe("People/Sam Ng.md");
	});

	it("keeps the active file when a sidebar leaf becomes active", async () => {
		const app = new App({ files: { "a.md": "" } });
		withCounter(app);
		const changes: string[] = [];
		app.workspace.on("active-leaf-change", (leaf: WorkspaceLeaf | null) => changes.push(leaf?.view.getViewType() ?? "none"));
		await app.workspace.openLinkText("a", "");
		const side = app.workspace.getRightLeaf(false);
		await side.setViewState({ type: "counter", active: true });
		expect(changes).toEqual(["markdown", "counter"]);
		expect(app.workspace.getActiveFile()?.path).toBe("a.md");
	});

	it("saves the editor's text two seconds after an edit, or on save()", async () => {
		const app = new App({ files: { "a.md": "one" } });
		await app.workspace.openLinkText("a", "");
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		if (!view) throw new Error("no view");
		view.editor.replaceRange(" two", { line: 0, ch: 3 });
		expect(app.vault.contentOf("a.md")).toBe("one");
		await view.save();
		expect(app.vault.contentOf("a.md")).toBe("one two");
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("no file");
		await app.vault.modify(file, "changed elsewhere");
		expect(view.editor.getValue()).toBe("changed elsewhere");
	});
});
