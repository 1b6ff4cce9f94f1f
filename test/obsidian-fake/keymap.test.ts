// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Keymap, setPlatform } from "./index";

afterEach(() => setPlatform("desktop"));

describe("Keymap", () => {
	it("reads Mod as Ctrl, or as Cmd on macOS", () => {
		expect(Keymap.isModifier(new MouseEvent("click", { ctrlKey: true }), "Mod")).toBe(true);
		expect(Keymap.isModifier(new MouseEvent("click", { metaKey: true }), "Mod")).toBe(false);
		setPlatform("desktop", { isMacOS: true, isLinux: false });
		expect(Keymap.isModifier(new MouseEvent("click", { metaKey: true }), "Mod")).toBe(true);
	});

	it("turns clicks and keys into the pane type Obsidian documents", () => {
		expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
		expect(Keymap.isModEvent(null)).toBe(false);
	});
});
