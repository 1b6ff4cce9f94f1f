// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConversationModal } from "../../src/ui/log-conversation";
import { chooseSuggestion, Modal, Notice, typeQuery } from "../obsidian-fake";
import { runCommand } from "../integration/fixture";
import { errorBeside } from "../obsidian/form-driver";
import { afterBatch, bodyOf, frontmatterOf, startQueue, textOf, until } from "./queue-fixture";

const PRIYA = "Contacts/Priya Raman.md";

afterEach(() => {
	Modal.closeAll();
	Notice.clear();
	vi.useRealTimers();
	document.body.empty();
});

function field(modal: Modal, name: string): HTMLInputElement | HTMLSelectElement {
	const item = Array.from(modal.contentEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	const control = item?.querySelector<HTMLInputElement | HTMLSelectElement>("input, select");
	if (!control) throw new Error(`no field ${name}`);
	return control;
}

function button(modal: Modal, text: string): HTMLButtonElement {
	const found = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!found) throw new Error(`no button ${text}`);
	return found;
}

describe("Log a conversation…", () => {
	it("picks the person, asks how and what, sets last_contact and adds a dated line under the log heading", async () => {
		const { app } = await startQueue();
		const before = textOf(app, PRIYA);
		expect(runCommand(app, "log-conversation")).toBe(true);
		const picker = Modal.current();
		if (!picker) throw new Error("no picker");
		await typeQuery(picker as never, "priya");
		chooseSuggestion(picker, 0);
		await app.settle();
		const form = Modal.current();
		if (!(form instanceof ConversationModal)) throw new Error("no form");
		expect(form.titleEl.textContent).toBe("Log a conversation with Priya Raman");

		// Nothing said: the message sits under that field and nothing is written.
		button(form, "Log").click();
		const said = field(form, "What was said");
		expect(errorBeside(form.contentEl, "What was said")).toBe("Write a line about what you talked about.");
		expect(textOf(app, PRIYA)).toBe(before);

		const how = field(form, "How") as HTMLSelectElement;
		how.value = "call";
		how.dispatchEvent(new Event("change"));
		said.value = "Asked about the spring fellowship";
		button(form, "Log").click();
		await until(() => String(frontmatterOf(app, PRIYA).last_contact).startsWith("2026-11-23"), "the write");
		await afterBatch(app);
		const after = textOf(app, PRIYA);
		// The body gains one section at its end and is otherwise byte for byte what it was.
		expect(bodyOf(after)).toBe(`${bodyOf(before)}\n## Conversations\n\n- 2026-11-23 · call · Asked about the spring fellowship\n`);
	});
});
