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
	app.commands.executeCommandById("informational-interviews:new-contact");
	const modal = Modal.current();
	if (!modal) throw new Error("the form did not open");
	return { form: modal.contentEl, files: () => app.vault.getMarkdownFiles().length, settle: () => app.settle() };
}

describe("New contact… errors", () => {
	it("puts a missing name beside the Name field, focuses it, and creates nothing", async () => {
		const { form, files, settle } = await openForm();
		typeInto(form, "Organization", "Contoso");
		clickButton(form, "Create");
		await settle();
		expect(errorBeside(form, "Name")).toBe("Enter the person's name.");
		expect(errorBeside(form, "Organization")).toBe("");
		expect(document.activeElement).toBe(settingNamed(form, "Name").querySelector("input"));
		// One message, in the Name row, and no second copy under the form.
		expect(form.querySelectorAll(".ii-form-errors:not(:empty)")).toHaveLength(1);
		expect(files()).toBe(0);
	});

	it("keeps the message while the name is still blank and clears it once a name is typed", async () => {
		const { form, settle } = await openForm();
		clickButton(form, "Create");
		await settle();
		typeInto(form, "Name", "   ");
		expect(errorBeside(form, "Name")).toBe("Enter the person's name.");
		typeInto(form, "Name", "Alex Kim");
		expect(errorBeside(form, "Name")).toBe("");
	});

	it("says nothing before the first Create, however the name is typed", async () => {
		const { form } = await openForm();
		typeInto(form, "Name", "A");
		typeInto(form, "Name", "");
		expect(errorBeside(form, "Name")).toBe("");
	});
});
