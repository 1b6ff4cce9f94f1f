import type * as obsidian from "obsidian";
import { EventRef } from "./events";

type ResourceKind = "callback" | "event" | "dom-event" | "interval";

interface Resource {
	readonly kind: ResourceKind;
	readonly release: () => void;
}

/** What a component still holds; all zero after `unload()` unless something leaked. */
export interface ComponentResources {
	readonly children: number;
	readonly callbacks: number;
	readonly events: number;
	readonly domEvents: number;
	readonly intervals: number;
}

/** `onload` results that were promises, so that a test can wait for an async `onload`. */
const pendingLoads = new WeakMap<object, Promise<unknown>>();

/**
 * Obsidian's Component: `load` runs `onload` and then loads the children; `unload`
 * unloads the children (last added first), releases everything registered (last
 * first) and then runs `onunload`. Both are idempotent, as in Obsidian. (Its signatures are
 * checked in conformance.ts rather than with `implements`, because of `onload` below.)
 */
export class Component {
	private loaded = false;
	private readonly children: Component[] = [];
	private readonly resources: Resource[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		// Plugin.onload may be async; Component.load does not wait for it, neither does Obsidian.
		const result: unknown = this.onload();
		if (result instanceof Promise) pendingLoads.set(this, result);
		for (const child of [...this.children]) child.load();
	}

	/**
	 * Obsidian types this `void` on Component and `Promise<void> | void` on Plugin; the
	 * fake allows a promise on every component so that test components may be async too.
	 */
	onload(): Promise<void> | void {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (let child = this.children.pop(); child; child = this.children.pop()) child.unload();
		for (let resource = this.resources.pop(); resource; resource = this.resources.pop()) resource.release();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends obsidian.Component>(component: T): T {
		const child = asFake(component);
		this.children.push(child);
		if (this.loaded) child.load();
		return component;
	}

	removeChild<T extends obsidian.Component>(component: T): T {
		const index = this.children.indexOf(asFake(component));
		if (index >= 0) {
			this.children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.resources.push({ kind: "callback", release: () => void cb() });
	}

	registerEvent(eventRef: obsidian.EventRef): void {
		if (!(eventRef instanceof EventRef)) throw new TypeError("registerEvent: not an EventRef returned by on()");
		this.resources.push({ kind: "event", release: () => eventRef.e.offref(eventRef) });
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.resources.push({ kind: "dom-event", release: () => el.removeEventListener(type, callback, options) });
	}

	registerInterval(id: number): number {
		this.resources.push({ kind: "interval", release: () => clearInterval(id) });
		return id;
	}

	/** Test hook: is this component loaded? */
	static isLoaded(component: obsidian.Component): boolean {
		return asFake(component).loaded;
	}

	/** Test hook: what a component (not its children) still holds. */
	static resourcesOf(component: obsidian.Component): ComponentResources {
		const fake = asFake(component);
		const count = (kind: ResourceKind): number => fake.resources.filter((r) => r.kind === kind).length;
		return {
			children: fake.children.length,
			callbacks: count("callback"),
			events: count("event"),
			domEvents: count("dom-event"),
			intervals: count("interval"),
		};
	}

	/** Test hook: waits for an async `onload` started by `load()` (resolves at once when there was none). */
	static async loading(component: obsidian.Component): Promise<void> {
		await pendingLoads.get(component);
	}
}

/** Code under test is typed against Obsidian's classes; at run time they are these. */
function asFake(component: obsidian.Component): Component {
	if (component instanceof Component) return component;
	throw new TypeError("expected a component created from the obsidian fake");
}
