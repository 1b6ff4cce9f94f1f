import type * as obsidian from "obsidian";
import { track } from "./pending";

/** Any listener: Obsidian's emitter is untyped, each event documents its own arguments. */
export type Listener = (...data: never[]) => unknown;

type Callback = (...data: unknown[]) => unknown;

/**
 * What `on` returns. Obsidian's EventRef is opaque to plugins; keeping the owner here
 * lets `Component.registerEvent` detach it the way Obsidian does (`ref.e.offref(ref)`).
 */
export class EventRef implements obsidian.EventRef {
	constructor(
		readonly e: Events,
		readonly name: string,
		readonly fn: Listener,
		readonly ctx: unknown,
	) {}
}

/**
 * Obsidian's event emitter. A listener that throws does not stop the others: Obsidian
 * rethrows it asynchronously, and so does the fake (from a microtask, which fake timers
 * leave alone), so that vitest reports it as an unhandled error instead of hiding it.
 */
export class Events implements obsidian.Events {
	/** Test hook: how a listener's error is reported (by default rethrown from a microtask). */
	static reportListenerError: (error: unknown) => void = (error) =>
		queueMicrotask(() => {
			throw error;
		});

	private readonly listeners = new Map<string, EventRef[]>();

	on(name: string, callback: Listener, ctx?: unknown): EventRef {
		const ref = new EventRef(this, name, callback, ctx);
		const list = this.listeners.get(name);
		if (list) list.push(ref);
		else this.listeners.set(name, [ref]);
		return ref;
	}

	off(name: string, callback: Listener): void {
		const list = this.listeners.get(name);
		if (!list) return;
		this.listeners.set(name, list.filter((ref) => ref.fn !== callback));
	}

	offref(ref: obsidian.EventRef): void {
		if (!(ref instanceof EventRef)) return;
		const list = this.listeners.get(ref.name);
		if (list) this.listeners.set(ref.name, list.filter((other) => other !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy: listeners may subscribe or unsubscribe while being called.
		for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: obsidian.EventRef, args: unknown[]): void {
		if (!(evt instanceof EventRef)) return;
		try {
			// An async listener's promise is kept, so that `app.settle()` can wait for it.
			// Listeners take whatever the event carries; the emitter cannot know their types.
			track((evt.fn as Callback).apply(evt.ctx, args));
		} catch (error) {
			Events.reportListenerError(error);
		}
	}

	/** Test hook: how many listeners are attached, for one event name or all of them. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.listeners.get(name)?.length ?? 0;
		let total = 0;
		for (const list of this.listeners.values()) total += list.length;
		return total;
	}

	/** Test hook: the event names that currently have listeners. */
	listenedEvents(): string[] {
		return [...this.listeners].filter(([, list]) => list.length > 0).map(([name]) => name);
	}
}
