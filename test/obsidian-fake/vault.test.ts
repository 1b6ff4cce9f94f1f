import { describe, expect, it } from "vitest";
import { App, TFile, TFolder, type TAbstractFile } from "./index";

function recordEvents(app: App): string[] {
	const seen: string[] = [];
	for (const name of ["create", "modify", "delete"] as const) app.vault.on(name, (file: TAbstractFile) => seen.push(`${name} ${file.path}`));
	app.vault.on("rename", (file: TAbstractFile, oldPath: string) => seen.push(`rename ${oldPath} -> ${file.path}`));
	return seen;
}

describe("Vault", () => {
	it("loads the given files into a folder tree", () => {
		const app = new App({ files: { "Contacts/Jordan Lee.md": "a", "Start.md": "b", "img/x.png": "c", ".obsidian/app.json": "{}" } });
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Contacts/Jordan Lee.md", "Start.md"]);
		expect(app.vault.getFiles()).toHaveLength(3);
		const file = app.vault.getFileByPath("Contacts/Jordan Lee.md");
		expect(file).toBeInstanceOf(TFile);
		expect(file).toMatchObject({ name: "Jordan Lee.md", basename: "Jordan Lee", extension: "md" });
		expect(file?.parent).toBe(app.vault.getFolderByPath("Contacts"));
		expect(app.vault.getRoot().children.map((c) => c.name).sort()).toEqual(["Contacts", "Start.md", "img"]);
		expect(app.vault.getAbstractFileByPath(".obsidian")).toBeNull();
	});

	it("creates, modifies, renames and deletes with Obsidian's events", async () => {
		const app = new App({ files: { "Notes/a.md": "one" } });
		const seen = recordEvents(app);
		const file = await app.vault.create("Notes/b.md", "two");
		await app.vault.modify(file, "three");
		await app.vault.rename(file, "Notes/c.md");
		expect(file.path).toBe("Notes/c.md");
		expect(await app.vault.read(file)).toBe("three");
		await app.vault.delete(file);
		expect(seen).toEqual(["create Notes/b.md", "modify Notes/b.md", "rename Notes/b.md -> Notes/c.md", "delete Notes/c.md"]);
		expect(app.vault.getFileByPath("Notes/c.md")).toBeNull();
	});

	it("refuses what Obsidian refuses: an existing path, a missing folder, a stale file", async () => {
		const app = new App({ files: { "a.md": "" } });
		await expect(app.vault.create("a.md", "")).rejects.toThrow("already exists");
		await expect(app.vault.create("Missing/b.md", "")).rejects.toThrow("ENOENT");
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("no file");
		await app.vault.delete(file);
		await expect(app.vault.read(file)).rejects.toThrow("Not a file of this vault");
	});

	it("renames a folder with everything in it, one event per item", async () => {
		const app = new App({ files: { "People/a.md": "", "People/Sub/b.md": "" } });
		const seen = recordEvents(app);
		const folder = app.vault.getFolderByPath("People");
		if (!folder) throw new Error("no folder");
		await app.vault.rename(folder, "Contacts");
		expect(seen[0]).toBe("rename People -> Contacts");
		expect([...seen].sort()).toEqual(["rename People -> Contacts", "rename People/Sub -> Contacts/Sub", "rename People/Sub/b.md -> Contacts/Sub/b.md", "rename People/a.md -> Contacts/a.md"]);
		expect(app.vault.getFileByPath("Contacts/Sub/b.md")?.parent?.path).toBe("Contacts/Sub");
		expect(app.vault.getAbstractFileByPath("People")).toBeNull();
	});

	it("deletes a folder's contents before the folder", async () => {
		const app = new App({ files: { "F/a.md": "", "F/G/b.md": "" } });
		const seen = recordEvents(app);
		const folder = app.vault.getFolderByPath("F");
		if (!folder) throw new Error("no folder");
		await app.vault.delete(folder, true);
		expect([...seen].sort()).toEqual(["delete F", "delete F/G", "delete F/G/b.md", "delete F/a.md"]);
		expect(seen.indexOf("delete F/G/b.md")).toBeLessThan(seen.indexOf("delete F/G"));
		expect(seen[seen.length - 1]).toBe("delete F");
		expect(app.vault.getFiles()).toEqual([]);
	});

	it("creates folders with their parents", async () => {
		const app = new App();
		const seen = recordEvents(app);
		const folder = await app.vault.createFolder("A/B");
		expect(folder).toBeInstanceOf(TFolder);
		expect(seen).toEqual(["create A", "create A/B"]);
		await expect(app.vault.createFolder("A")).rejects.toThrow("already exists");
	});

	it("process reads, changes and writes in one step", async () => {
		const app = new App({ files: { "n.md": "count: 1" } });
		const file = app.vault.getFileByPath("n.md");
		if (!file) throw new Error("no file");
		const seen = recordEvents(app);
		const result = await app.vault.process(file, (text) => text.replace("1", "2"));
		expect(result).toBe("count: 2");
		expect(await app.vault.cachedRead(file)).toBe("count: 2");
		expect(file.stat.size).toBe(8);
		expect(seen).toEqual(["modify n.md"]);
	});

	it("hears about adapter writes to visible paths, as from a file watcher, but not to dot folders", async () => {
		const app = new App();
		const seen = recordEvents(app);
		await app.vault.adapter.mkdir("Inbox");
		await app.vault.adapter.write("Inbox/new.md", "hi");
		await app.vault.adapter.write("Inbox/new.md", "hello");
		await app.vault.adapter.mkdir(".obsidian");
		await app.vault.adapter.write(".obsidian/app.json", "{}");
		await app.vault.adapter.remove("Inbox/new.md");
		expect(seen).toEqual(["create Inbox", "create Inbox/new.md", "modify Inbox/new.md", "delete Inbox/new.md"]);
		expect(await app.vault.adapter.read(".obsidian/app.json")).toBe("{}");
	});
});
