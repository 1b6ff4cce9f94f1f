// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { createNoteIn, ensureFolder, freeNotePath } from "../../src/obsidian/note-writer";
import { vaultWith } from "./template-fixture";

describe("createNoteIn", () => {
	it("creates the folder, parents included, when it is missing", async () => {
		const { app } = await vaultWith({});
		const file = await createNoteIn(app.asObsidian(), "Career/People/Contacts", "Jordan Lee", "Untitled", () => "x");
		expect(file.path).toBe("Career/People/Contacts/Jordan Lee.md");
		expect(app.vault.getFolderByPath("Career/People")).not.toBeNull();
	});

	it.each(["../../x", "/etc/passwd", "a/b/c", "..\\..\\evil", ".hidden", "CON: the sequel?"])("keeps %j inside the folder", async (typed) => {
		const { app } = await vaultWith({});
		const file = await createNoteIn(app.asObsidian(), "Contacts", typed, "Untitled contact", () => "x");
		expect(file.path).toMatch(/^Contacts\/[^/]+\.md$/);
		expect(file.basename.startsWith(".")).toBe(false);
		expect(app.vault.getAllLoadedFiles().every((f) => f.path === "/" || f.path === "" || f.path.startsWith("Contacts"))).toBe(true);
	});

	it("gives a distinct name when the name is taken, whatever its case", async () => {
		const { app } = await vaultWith({ "Contacts/Jordan Lee.md": "a", "Contacts/JORDAN LEE 2.md": "b" });
		const file = await createNoteIn(app.asObsidian(), "Contacts", "jordan lee", "Untitled", (path) => `made for ${path}`);
		expect(file.path).toBe("Contacts/jordan lee 3.md");
		expect(app.vault.contentOf(file.path)).toBe("made for Contacts/jordan lee 3.md");
	});

	it("refuses a folder path that is a file, with a message that says what to do", async () => {
		const { app } = await vaultWith({ Contacts: "I am a file" });
		await expect(ensureFolder(app.asObsidian(), "Contacts/Sub")).rejects.toThrow(/choose another folder in the settings/i);
	});

	it("puts notes at the vault root when the folder setting is empty", async () => {
		const { app } = await vaultWith({});
		expect(freeNotePath(app.asObsidian(), "", "Jordan Lee", "Untitled")).toBe("Jordan Lee.md");
		expect(freeNotePath(app.asObsidian(), "../..", "Jordan Lee", "Untitled")).toBe("Jordan Lee.md");
	});
});
