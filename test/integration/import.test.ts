// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { ImportModal } from "../../src/ui/import-modal";
import { App, chooseSuggestion, Modal, Notice, setPlatform, suggestionsOf, SuggestModal } from "../obsidian-fake";
import { importFixture, splitNote, utf8 } from "../builders/import-files";
import { clickButton, selectOption, typeInto } from "../obsidian/form-driver";
import { runCommand, smallVault, startPlugin } from "./fixture";

afterEach(() => setPlatform("desktop"));

function buffer(bytes: Uint8Array): ArrayBuffer {
	return bytes.slice().buffer;
}

async function openFromVault(app: App, path: string): Promise<ImportModal> {
	setPlatform("mobile");
	expect(runCommand(app, "import-contacts")).toBe(true);
	await app.settle();
	const picker = Modal.current();
	if (!(picker instanceof SuggestModal)) throw new Error("no file picker");
	const index = suggestionsOf<{ item: { path: string } }>(picker).findIndex((s) => s.item.path === path);
	chooseSuggestion(picker, index);
	await app.settle();
	const modal = Modal.current();
	if (!(modal instanceof ImportModal)) throw new Error("no import modal");
	return modal;
}

function texts(root: HTMLElement, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");
}

describe("Import contacts…", () => {
	it("on mobile, imports a LinkedIn export from the vault: preview, untick, create, notice, report", async () => {
		const files = { ...smallVault(), "Inbox/Connections.csv": buffer(importFixture("linkedin-connections.csv")), "Inbox/notes.md": "# not a file to import\n" };
		const app = new App({ files });
		await startPlugin(app);
		const jordanBefore = await app.vault.adapter.read("Contacts/Jordan Lee.md");
		const modal = await openFromVault(app, "Inbox/Connections.csv");
		const { contentEl } = modal;

		expect(texts(contentEl, ".ii-import-person .ii-import-name")).toEqual(["Tomás Herrera", "Mei-Ling Chen", "Kwame Asante", "Zoë Ångström 🌍"]);
		expect(texts(contentEl, ".ii-import-skipped li")).toEqual([
			"Priya Raman: already in your vault (the same name as Contacts/Priya Raman.md)",
			"Jordan Lee: already in your vault (the same name as Contacts/Jordan Lee.md)",
			"Line 10: no name",
			"Jordan Lee: already in your vault (the same name as Contacts/Jordan Lee.md)",
		]);
		typeInto(contentEl, "Career field", "Public health");
		const zoe = contentEl.querySelectorAll<HTMLInputElement>(".ii-import-person input[type=checkbox]")[3];
		if (!zoe) throw new Error("no checkbox");
		zoe.checked = false;
		zoe.dispatchEvent(new Event("change"));
		clickButton(contentEl, "Create 3 contacts");
		await app.settle();

		expect(Notice.find("Created")?.message).toBe("Created 3 contacts, skipped 5 (already in your vault: 3, no name: 1, unticked by you: 1)");
		expect(contentEl.querySelector(".ii-import-summary")?.textContent).toBe("Created 3 contacts, skipped 5 (already in your vault: 3, no name: 1, unticked by you: 1).");
		const tomas = splitNote(await app.vault.adapter.read("Contacts/Tomás Herrera.md"));
		expect(tomas.properties).toMatchObject({ type: "contact", name: "Tomás Herrera", met_via: "LinkedIn", field: "Public health", connected: "2023-03-03" });
		expect(app.vault.getFileByPath("Contacts/Zoë Ångström 🌍.md")).toBeNull();
		expect(await app.vault.adapter.read("Contacts/Jordan Lee.md")).toBe(jordanBefore);
		// The index picks the new contacts up like any other note.
		expect(modal.app.metadataCache.getCache("Contacts/Kwame Asante.md")?.frontmatter?.name).toBe("Kwame Asante");
	});

	it("a second import of the same file offers nobody and cannot create anything", async () => {
		const app = new App({ files: { "Contacts.vcf": buffer(importFixture("iphone-contacts.vcf")) } });
		await startPlugin(app);
		const first = await openFromVault(app, "Contacts.vcf");
		clickButton(first.contentEl, "Create 3 contacts");
		await app.settle();
		first.close();
		const again = await openFromVault(app, "Contacts.vcf");
		const button = Array.from(again.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create 0 contacts");
		expect(button?.disabled).toBe(true);
		expect(texts(again.contentEl, ".ii-import-skipped li")).toHaveLength(3);
	});

	it("lets the user fix the column mapping of a CSV whose name column was not recognised", async () => {
		const app = new App({ files: { "list.csv": buffer(utf8("Who,Mail\nAna Silva,ana@example.org\n")) } });
		await startPlugin(app);
		const modal = await openFromVault(app, "list.csv");
		expect(modal.contentEl.querySelector(".ii-import-fatal")?.textContent).toContain("No column holds the name");
		selectOption(modal.contentEl, "Full name", "0");
		selectOption(modal.contentEl, "Email", "1");
		expect(texts(modal.contentEl, ".ii-import-name")).toEqual(["Ana Silva"]);
		clickButton(modal.contentEl, "Create 1 contact");
		await app.settle();
		expect(splitNote(await app.vault.adapter.read("Contacts/Ana Silva.md")).properties).toMatchObject({ name: "Ana Silva", email: "ana@example.org" });
	});

	it("on mobile with no importable file, says how to get one into the vault", async () => {
		const app = new App({ files: smallVault() });
		await startPlugin(app);
		setPlatform("mobile");
		runCommand(app, "import-contacts");
		await app.settle();
		expect(Notice.messages()).toContain("There is no .csv or .vcf file in your vault. Share or copy the export into the vault, then try again.");
	});

	it("on desktop, opens the system file picker for .csv and .vcf files", async () => {
		const app = new App({ files: smallVault() });
		await startPlugin(app);
		runCommand(app, "import-contacts");
		const input = document.querySelector<HTMLInputElement>("input.ii-import-input");
		expect(input?.type).toBe("file");
		expect(input?.accept).toBe(".csv,.tsv,.txt,.vcf,.vcard");
		input?.dispatchEvent(new Event("cancel"));
		expect(document.querySelector("input.ii-import-input")).toBeNull();
	});
});
