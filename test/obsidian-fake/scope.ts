import type * as obsidian from "obsidian";

/** A registered key handler: Obsidian's fields, and the function the fake calls. */
export interface KeymapEventHandler {
	readonly scope: Scope;
	/** As Obsidian stores them: sorted and comma-separated (`"Mod,Shift"`), or null for none. */
	readonly modifiers: string | null;
	readonly key: string | null;
	readonly func: obsidian.KeymapEventListener;
}

function modifierKey(modifiers: readonly obsidian.Modifier[] | null): string {
	return [...(modifiers ?? [])].sort().join(",");
}

/**
 * Obsidian's Scope: key handlers for a modal or a view. The fake does not listen to the
 * keyboard; a test calls `press(modifiers, key)` to run what Obsidian would.
 */
export class Scope {
	private readonly handlers: KeymapEventHandler[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: obsidian.Modifier[] | null, key: string | null, func: obsidian.KeymapEventListener): KeymapEventHandler {
		const handler: KeymapEventHandler = { scope: this, modifiers: modifierKey(modifiers), key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: obsidian.KeymapEventHandler): void {
		const index = this.handlers.findIndex((h) => h === handler);
		if (index >= 0) this.handlers.splice(index, 1);
	}

	/**
	 * Test hook: runs the handler for a key, falling back to the parent scope as Obsidian
	 * does; returns false when a handler returned false (it took the key).
	 */
	press(modifiers: obsidian.Modifier[], key: string): boolean | undefined {
		const wanted = modifierKey(modifiers);
		const handler = this.handlers.find((h) => (h.key === null || h.key.toLowerCase() === key.toLowerCase()) && h.modifiers === wanted);
		if (!handler) return this.parent?.press(modifiers, key);
		const evt = typeof KeyboardEvent === "undefined" ? ({ key } as KeyboardEvent) : new KeyboardEvent("keydown", { key });
		const result: unknown = handler.func(evt, { modifiers: wanted, key, vkey: key });
		return result === false ? false : undefined;
	}
}
