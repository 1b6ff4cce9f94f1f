import { describe, expect, it } from "vitest";
import { appendToLog, logLine } from "../../../src/domain/templates/conversation-log";

const FM = "---\ntype: contact\n---\n";
const LINE = "- 2026-11-23 · call · Asked about the fellowship";

describe("appendToLog", () => {
	it("creates the heading at the end when the note has none, the rest byte for byte", () => {
		expect(appendToLog(`${FM}# Priya\nNotes`, FM.length, LINE)).toBe(`${FM}# Priya\nNotes\n\n## Conversations\n\n${LINE}\n`);
		expect(appendToLog(FM, FM.length, LINE)).toBe(`${FM}## Conversations\n\n${LINE}\n`);
	});

	it("adds the line after the last one of the section, before the next heading", () => {
		const text = `${FM}## Conversations\n\n- 2026-11-01 · email\n\n## Later\nkeep\n`;
		expect(appendToLog(text, FM.length, LINE)).toBe(`${FM}## Conversations\n\n- 2026-11-01 · email\n${LINE}\n\n## Later\nkeep\n`);
		expect(appendToLog(`${FM}## Conversations\n- one`, FM.length, LINE)).toBe(`${FM}## Conversations\n- one\n${LINE}\n`);
		expect(appendToLog(`${FM}## Conversations\n\n## Next\n`, FM.length, LINE)).toBe(`${FM}## Conversations\n\n${LINE}\n## Next\n`);
	});

	it("keeps Windows line endings and never writes into the properties", () => {
		const fm = "---\r\nnote: '## Conversations'\r\n---\r\n";
		expect(appendToLog(`${fm}Body\r\n`, fm.length, LINE)).toBe(`${fm}Body\r\n\r\n## Conversations\r\n\r\n${LINE}\r\n`);
	});
});

describe("logLine", () => {
	it("keeps what was said on one line", () => {
		expect(logLine("2026-11-23", "in person", "Coffee\nat the library ")).toBe("- 2026-11-23 · in person · Coffee at the library");
		expect(logLine("2026-11-23", "email", "")).toBe("- 2026-11-23 · email");
	});
});
