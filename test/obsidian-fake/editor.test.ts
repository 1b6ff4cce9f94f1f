import { describe, expect, it } from "vitest";
import { Editor } from "./index";

describe("Editor", () => {
	it("reads lines, ranges and offsets", () => {
		const editor = new Editor("one\ntwo\nthree");
		expect([editor.lineCount(), editor.lastLine(), editor.getLine(1)]).toEqual([3, 2, "two"]);
		expect(editor.getRange({ line: 0, ch: 2 }, { line: 1, ch: 1 })).toBe("e\nt");
		expect(editor.posToOffset({ line: 2, ch: 1 })).toBe(9);
		expect(editor.offsetToPos(9)).toEqual({ line: 2, ch: 1 });
		expect(editor.wordAt({ line: 2, ch: 2 })).toEqual({ from: { line: 2, ch: 0 }, to: { line: 2, ch: 5 } });
	});

	it("replaces the selection and puts the cursor after the inserted text, as one undo step", () => {
		const editor = new Editor("Hello world");
		editor.setSelection({ line: 0, ch: 6 }, { line: 0, ch: 11 });
		expect(editor.getSelection()).toBe("world");
		editor.replaceSelection("there\nfriend");
		expect(editor.getValue()).toBe("Hello there\nfriend");
		expect(editor.getCursor()).toEqual({ line: 1, ch: 6 });
		expect(editor.undoDepth).toBe(1);
		editor.undo();
		expect(editor.getValue()).toBe("Hello world");
		editor.redo();
		expect(editor.getValue()).toBe("Hello there\nfriend");
	});

	it("maps the cursor through replaceRange as CodeMirror does", () => {
		const editor = new Editor("abcdef");
		editor.setCursor({ line: 0, ch: 3 });
		editor.replaceRange("XX", { line: 0, ch: 0 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 5 });
		editor.replaceRange("YY", { line: 0, ch: 5 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 5 });
		expect(editor.getValue()).toBe("XXabcYYdef");
	});

	it("applies a transaction's changes against the text before it, as one step", () => {
		const editor = new Editor("a\nb\nc");
		editor.transaction({
			changes: [
				{ from: { line: 0, ch: 0 }, text: "1. " },
				{ from: { line: 2, ch: 0 }, to: { line: 2, ch: 1 }, text: "C" },
			],
			selection: { from: { line: 0, ch: 0 } },
		});
		expect(editor.getValue()).toBe("1. a\nb\nC");
		expect(editor.undoDepth).toBe(1);
		expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
	});

	it("tells listeners about edits but not about loading text", () => {
		const editor = new Editor();
		let edits = 0;
		editor.onDidChange(() => edits++);
		editor.resetValue("loaded");
		editor.setLine(0, "edited");
		expect([editor.getValue(), edits, editor.undoDepth]).toEqual(["edited", 1, 1]);
	});
});
