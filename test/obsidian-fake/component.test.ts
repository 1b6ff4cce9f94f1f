// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SettingDefinitionItem } from "obsidian";
import { App, Component, Events, ItemView, loadPlugin, Plugin, PluginSettingTab, unloadPlugin, type WorkspaceLeaf } from "./index";

afterEach(() => {
	vi.useRealTimers();
});

describe("Events", () => {
	it("calls listeners in order with their context, and detaches by reference or callback", () => {
		const events = new Events();
		const calls: string[] = [];
		const ctx = { name: "ctx" };
		const ref = events.on("x", function (this: typeof ctx, value: string) {
			calls.push(`${this.name}:${value}`);
		}, ctx);
		const other = (value: string): void => {
			calls.push(`other:${value}`);
		};
		events.on("x", other);
		events.trigger("x", "1");
		events.offref(ref);
		events.trigger("x", "2");
		events.off("x", other);
		events.trigger("x", "3");
		expect(calls).toEqual(["ctx:1", "other:1", "other:2"]);
		expect(events.listenerCount()).toBe(0);
	});

	it("keeps calling the other listeners when one throws, and reports the error", () => {
		const events = new Events();
		const calls: string[] = [];
		const reported: unknown[] = [];
		const original = Events.reportListenerError;
		Events.reportListenerError = (error) => reported.push(error);
		try {
			events.on("x", () => {
				throw new Error("boom");
			});
			events.on("x", () => calls.push("second"));
			events.trigger("x");
		} finally {
			Events.reportListenerError = original;
		}
		expect(calls).toEqual(["second"]);
		expect(reported).toEqual([new Error("boom")]);
	});
});

describe("Component", () => {
	it("loads children after itself and unloads them first, then releases, then onunload", () => {
		const order: string[] = [];
		class Named extends Component {
			constructor(private readonly label: string) {
				super();
			}
			override onload(): void {
				order.push(`load ${this.label}`);
			}
			override onunload(): void {
				order.push(`unload ${this.label}`);
			}
		}
		const parent = new Named("parent");
		parent.addChild(new Named("a"));
		parent.load();
		parent.addChild(new Named("b"));
		parent.register(() => order.push("release 1"));
		parent.register(() => order.push("release 2"));
		parent.unload();
		parent.unload();
		expect(order).toEqual(["load parent", "load a", "load b", "unload b", "unload a", "release 2", "release 1", "unload parent"]);
	});

	it("leaves no listener, DOM listener or interval behind after unload", () => {
		vi.useFakeTimers();
		const events = new Events();
		const el = document.createElement("div");
		const component = new Component();
		component.load();
		let clicks = 0;
		let ticks = 0;
		component.registerEvent(events.on("change", () => undefined));
		component.registerDomEvent(el, "click", () => clicks++);
		component.registerInterval(window.setInterval(() => ticks++, 1000));
		const child = component.addChild(new Component());
		child.registerEvent(events.on("other", () => undefined));
		expect(Component.resourcesOf(component)).toEqual({ children: 1, callbacks: 0, events: 1, domEvents: 1, intervals: 1 });
		expect(events.listenerCount()).toBe(2);
		el.click();
		vi.advanceTimersByTime(1000);

		component.unload();
		el.click();
		vi.advanceTimersByTime(5000);
		expect({ clicks, ticks }).toEqual({ clicks: 1, ticks: 1 });
		expect(events.listenerCount()).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
		expect(Component.resourcesOf(component)).toEqual({ children: 0, callbacks: 0, events: 0, domEvents: 0, intervals: 0 });
		expect(Component.isLoaded(child)).toBe(false);
	});
});

class SampleView extends ItemView {
	getViewType(): string {
		return "sample";
	}

	getDisplayText(): string {
		return "Sample";
	}
}

class SampleTab extends PluginSettingTab {
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return [];
	}

	override display(): void {
		this.containerEl.createDiv({ text: "settings" });
	}
}

class SamplePlugin extends Plugin {
	clicked = 0;

	override async onload(): Promise<void> {
		await Promise.resolve();
		this.addCommand({ id: "say-hi", name: "Say hi", callback: () => this.clicked++ });
		this.addRibbonIcon("dice", "Roll", () => this.clicked++);
		this.addStatusBarItem().setText("Ready");
		this.addSettingTab(new SampleTab(this.app, this));
		this.registerView("sample", (leaf: WorkspaceLeaf) => new SampleView(leaf));
		this.registerEvent(this.app.vault.on("modify", () => undefined));
		this.registerHoverLinkSource("sample", { display: "Sample", defaultMod: true });
	}
}

describe("Plugin", () => {
	it("removes everything it added when unloaded", async () => {
		const app = new App();
		const plugin = await loadPlugin(app, SamplePlugin);
		expect(app.commands.findCommand("test-plugin:say-hi")?.name).toBe("Test plugin: Say hi");
		expect(app.commands.executeCommandById("test-plugin:say-hi")).toBe(true);
		app.workspace.containerEl.querySelector<HTMLElement>(".side-dock-ribbon-action")?.click();
		expect(plugin.clicked).toBe(2);
		expect(app.workspace.containerEl.querySelector(".status-bar-item")?.textContent).toBe("Ready");
		expect(app.setting.openTabById("test-plugin").containerEl.textContent).toBe("settings");
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: "sample", active: true });
		expect(app.workspace.getLeavesOfType("sample")).toHaveLength(1);
		expect(app.vault.listenerCount("modify")).toBe(1);

		unloadPlugin(plugin);
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.workspace.containerEl.querySelector(".side-dock-ribbon-action, .status-bar-item")).toBeNull();
		expect(app.setting.pluginTabs).toEqual([]);
		expect(app.workspace.getLeavesOfType("sample")).toEqual([]);
		expect(app.workspace.viewCreator("sample")).toBeUndefined();
		expect(app.workspace.hoverLinkSources.size).toBe(0);
		expect(app.vault.listenerCount()).toBe(0);
	});

	it("saves and loads its data in the plugin folder", async () => {
		const app = new App();
		const plugin = await loadPlugin(app, SamplePlugin);
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ a: 1 });
		expect(await app.vault.adapter.read(".obsidian/plugins/test-plugin/data.json")).toBe('{\n  "a": 1\n}');
		expect(await plugin.loadData()).toEqual({ a: 1 });
	});
});
