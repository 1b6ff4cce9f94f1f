import type * as obsidian from "obsidian";
import { Platform } from "./platform";

/** Events that carry modifier keys; a touch has none to speak of in the fake. */
function flags(evt: obsidian.UserEvent): { ctrl: boolean; meta: boolean; shift: boolean; alt: boolean } {
	if ("ctrlKey" in evt) return { ctrl: evt.ctrlKey, meta: evt.metaKey, shift: evt.shiftKey, alt: evt.altKey };
	return { ctrl: false, meta: false, shift: false, alt: false };
}

/**
 * Obsidian's Keymap, the static helpers plugins call on click handlers. "Mod" is Cmd on
 * macOS and Ctrl elsewhere, following `Platform.isMacOS` (switch it with `setPlatform`).
 */
export class Keymap {
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: obsidian.Modifier): boolean {
		const f = flags(evt);
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? f.meta : f.ctrl;
			case "Ctrl":
				return f.ctrl;
			case "Meta":
				return f.meta;
			case "Shift":
				return f.shift;
			case "Alt":
				return f.alt;
		}
	}

	/** As documented: Mod or a middle click → "tab", Mod+Alt → "split", Mod+Alt+Shift → "window". */
	static isModEvent(evt?: obsidian.UserEvent | null): obsidian.PaneType | boolean {
		if (!evt) return false;
		const middle = "button" in evt && evt.type !== "mousemove" && evt.button === 1;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && Keymap.isModifier(evt, "Alt")) return Keymap.isModifier(evt, "Shift") ? "window" : "split";
		return mod || middle ? "tab" : false;
	}

	pushScope(_scope: obsidian.Scope): void {}

	popScope(_scope: obsidian.Scope): void {}
}
