// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, Modal, SuggestModal, typeQuery } from "../obsidian-fake";
import { CONTACT, openInEditor, vaultWith } from "../obsidian/template-fixture";

const ID = "informational-interviews";
const CONTACT_PATH = "Contacts/Jordan Lee.md";

afterEach(() => {
	Modal.closeAll();
});

/** Opens Insert message… on the contact note, as the user would from the command palette. */
async function openPicker(): Promise<{ picker: SuggestModal<unknown>; editor: { getValue(): string } }> {
	const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT });
	const { editor } = await openInEditor(fixture.app, CONTACT_PATH);
	fixture.app.commands.executeCommandById(`${ID}:insert-message`);
	await fixture.app.settle();
	const picker = Modal.current();
	if (!(picker instanceof SuggestModal)) throw new Error("the message picker did not open");
	return { picker, editor };
}

function suggestionNamed(picker: Modal, title: string): HTMLElement {
	const item = Array.from(picker.modalEl.querySelectorAll<HTMLElement>(".suggestion-item")).find((el) => el.querySelector(".ii-suggestion-title")?.textContent === title);
	if (!item) throw new Error(`no suggestion "${title}"`);
	return item;
}

function highlighted(el: Element): string {
	return Array.from(el.querySelectorAll(".suggestion-highlight"))
		.map((span) => span.textContent)
		.join("");
}

describe("Insert message…", () => {
	it("highlights the typed letters in each template's title", async () => {
		const { picker } = await openPicker();
		await typeQuery(picker, "lnkd note");
		const item = suggestionNamed(picker, "LinkedIn connection note");
		expect(highlighted(item)).toBe("Lnkdnote");
		expect(item.querySelector(".ii-suggestion-title")?.textContent).toBe("LinkedIn connection note");
	});

	it("previews each message filled in with the note's person and the user's name, before anything is inserted", async () => {
		const { picker, editor } = await openPicker();
		const before = editor.getValue();
		await typeQuery(picker, "outreach email");
		const preview = suggestionNamed(picker, "Outreach email").querySelector(".ii-suggestion-preview")?.textContent ?? "";
		// Blank lines are left out, so the preview starts with what matters.
		expect(preview.split("\n").slice(0, 3)).toEqual([
			"Subject: A few questions about your work at Northwind Health",
			"Dear Jordan,",
			expect.stringContaining("My name is Sam Rivera, and I am exploring a career in health informatics."),
		]);
		expect(editor.getValue()).toBe(before);
	});

	it("counts a limited message's characters and marks the placeholders the user will still have to fill", async () => {
		const { picker } = await openPicker();
		await typeQuery(picker, "");
		const linkedin = suggestionNamed(picker, "LinkedIn connection note");
		expect(linkedin.querySelector(".ii-suggestion-detail")?.textContent).toMatch(/^Built in, \d+ of 300 characters$/);
		// This contact has no interview yet: its date and place cannot be filled in.
		const confirmation = suggestionNamed(picker, "Confirmation");
		const unfilled = Array.from(confirmation.querySelectorAll(".ii-preview-unfilled")).map((el) => el.textContent);
		expect(unfilled.length).toBeGreaterThan(0);
		for (const text of unfilled) expect(text).toMatch(/^\{\{interview\.[^}]+\}\}$/);
	});

	it("inserts exactly the previewed message when one is chosen", async () => {
		const { picker, editor } = await openPicker();
		const found = await typeQuery(picker, "linkedin");
		const preview = suggestionNamed(picker, "LinkedIn connection note").querySelector(".ii-suggestion-preview")?.textContent ?? "";
		expect(found.length).toBeGreaterThan(0);
		chooseSuggestion(picker, 0);
		expect(editor.getValue()).toContain(preview);
	});
});
