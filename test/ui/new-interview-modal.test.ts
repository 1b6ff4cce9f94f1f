// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Modal } from "../obsidian-fake";
import { clickButton, errorBeside, settingNamed, typeInto } from "../obsidian/form-driver";
import { vaultWith } from "../obsidian/template-fixture";

afterEach(() => {
	Modal.closeAll();
});

async function openForm(): Promise<{ form: HTMLElement; files: () => number; settle: () => Promise<void> }> {
	const { app } = await vaultWith({});
	app.commands.executeCommandById("informational-interviews:new-interview");
	const modal = Modal.current();
	if (!modal) throw new Error("the form did not open");
	return { form: modal.contentEl, files: () => app.vault.getMarkdownFiles().length, settle: () => app.settle() };
}

describe("New interview… errors", () => {
	it("puts each mistake beside its own field and focuses the first", async () => {
		const { form, files, settle } = await openForm();
		typeInto(form, "Date", "next tuesday");
		typeInto(form, "Length in minutes", "0");
		clickButton(form, "Create");
		await settle();
		expect(errorBeside(form, "Contact")).toBe("Choose who you are talking to.");
		expect(errorBeside(form, "Date")).toBe("Enter the date as 2026-11-24.");
		expect(errorBeside(form, "Time")).toBe("");
		expect(errorBeside(form, "Length in minutes")).toBe("Enter the length as a whole number of minutes between 1 and 1440.");
		expect(errorBeside(form, "Place or meeting link")).toBe("");
		// The example date is kept on one line in the narrow column beside the field.
		expect(settingNamed(form, "Date").querySelector(".ii-form-errors .ii-nowrap")?.textContent).toBe("2026-11-24");
		expect(document.activeElement).toBe(settingNamed(form, "Contact").querySelector("input"));
		expect(files()).toBe(0);
	});

	it("clears each message once its field is right, and leaves the others", async () => {
		const { form, settle } = await openForm();
		typeInto(form, "Date", "next tuesday");
		clickButton(form, "Create");
		await settle();
		typeInto(form, "Date", "2026-11-24");
		expect(errorBeside(form, "Date")).toBe("");
		expect(errorBeside(form, "Contact")).toBe("Choose who you are talking to.");
		typeInto(form, "Contact", "Jordan Lee");
		expect(errorBeside(form, "Contact")).toBe("");
	});

	it("shows a new mistake only at the next Create, then creates the note once all is right", async () => {
		const { form, files, settle } = await openForm();
		clickButton(form, "Create");
		await settle();
		typeInto(form, "Contact", "Jordan Lee");
		typeInto(form, "Length in minutes", "0");
		expect(errorBeside(form, "Length in minutes")).toBe("");
		clickButton(form, "Create");
		await settle();
		expect(errorBeside(form, "Length in minutes")).toBe("Enter the length as a whole number of minutes between 1 and 1440.");
		typeInto(form, "Length in minutes", "20");
		expect(errorBeside(form, "Length in minutes")).toBe("");
		clickButton(form, "Create");
		await settle();
		expect(files()).toBe(1);
	});
});
