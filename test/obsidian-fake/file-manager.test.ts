import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { App, getFrontMatterInfo, type TFile } from "./index";

function file(app: App, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file ${path}`);
	return found;
}

function bodyOf(text: string): string {
	const info = getFrontMatterInfo(text);
	return info.exists ? text.slice(info.contentStart) : text;
}

describe("FileManager.processFrontMatter", () => {
	it("rewrites only the properties block and keeps unknown keys", async () => {
		const body = "\n# Jordan\n\nSome  text with trailing spaces   \n---\nnot: frontmatter\n---\n\n";
		const app = new App({ files: { "c.md": `---\ntype: contact\nmy_own_key: [1, 2]\nnested:\n  a: b\n---${"\n"}${body}` } });
		await app.fileManager.processFrontMatter(file(app, "c.md"), (fm) => {
			fm.contacted = "2026-11-24";
		});
		const text = await app.vault.read(file(app, "c.md"));
		expect(text).toBe(`---\ntype: contact\nmy_own_key:\n  - 1\n  - 2\nnested:\n  a: b\ncontacted: 2026-11-24\n---\n${body}`);
		expect(app.metadataCache.getCache("c.md")?.frontmatter).toMatchObject({ type: "contact", contacted: "2026-11-24", my_own_key: [1, 2] });
	});

	it("adds a block to a note without one", async () => {
		const app = new App({ files: { "n.md": "Just text\n" } });
		await app.fileManager.processFrontMatter(file(app, "n.md"), (fm) => {
			fm.contact = "[[Jordan Lee]]";
		});
		expect(await app.vault.read(file(app, "n.md"))).toBe('---\ncontact: "[[Jordan Lee]]"\n---\nJust text\n');
	});

	it("throws on invalid YAML and leaves the note as it was, without a modify event", async () => {
		const text = "---\ntype: [contact\n---\nbody\n";
		const app = new App({ files: { "bad.md": text } });
		let modified = 0;
		app.vault.on("modify", () => modified++);
		let called = false;
		await expect(
			app.fileManager.processFrontMatter(file(app, "bad.md"), () => {
				called = true;
			}),
		).rejects.toThrow();
		expect(called).toBe(false);
		expect(await app.vault.read(file(app, "bad.md"))).toBe(text);
		expect(modified).toBe(0);
	});

	it("leaves the note alone when the callback throws", async () => {
		const text = "---\na: 1\n---\nbody";
		const app = new App({ files: { "n.md": text } });
		await expect(
			app.fileManager.processFrontMatter(file(app, "n.md"), (fm) => {
				fm.a = 2;
				throw new Error("changed my mind");
			}),
		).rejects.toThrow("changed my mind");
		expect(await app.vault.read(file(app, "n.md"))).toBe(text);
	});

	it("removes the block when no property is left", async () => {
		const app = new App({ files: { "n.md": "---\na: 1\n---\nbody" } });
		await app.fileManager.processFrontMatter(file(app, "n.md"), (fm) => {
			delete fm.a;
		});
		expect(await app.vault.read(file(app, "n.md"))).toBe("body");
	});

	it("keeps any body byte for byte, whatever the properties", async () => {
		const key = fc.stringMatching(/^[a-z][a-z_]{0,8}$/);
		const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
		await fc.assert(
			fc.asyncProperty(fc.string(), fc.dictionary(key, value, { maxKeys: 4 }), fc.boolean(), async (body, props, hasBlock) => {
				const original = hasBlock ? `---\nexisting: 1\n---\n${body}` : body;
				// A body that itself starts like a properties block would be read as one.
				fc.pre(hasBlock || !getFrontMatterInfo(body).exists);
				const app = new App({ files: { "n.md": original } });
				await app.fileManager.processFrontMatter(file(app, "n.md"), (fm) => Object.assign(fm, props, { written: true }));
				const text = await app.vault.read(file(app, "n.md"));
				expect(bodyOf(text)).toBe(body);
				expect(app.metadataCache.getCache("n.md")?.frontmatter).toMatchObject({ ...props, written: true });
			}),
			{ numRuns: 150 },
		);
	});
});

describe("FileManager.renameFile", () => {
	const files = {
		"Contacts/Jordan Lee.md": "---\ntype: contact\n---\n",
		"Interviews/one.md": '---\ntype: interview\ncontact: "[[Jordan Lee]]"\nreferrals:\n  - "[[Jordan Lee|JL]]"\n---\nTalked with [[Jordan Lee#Notes|Jordan]] and [[Someone Else]].\n',
	};

	it("moves the file and rewrites every link to it, keeping headings and aliases", async () => {
		const app = new App({ files });
		const renamed: string[] = [];
		app.vault.on("rename", (f, oldPath) => renamed.push(`${oldPath} -> ${f.path}`));
		await app.fileManager.renameFile(file(app, "Contacts/Jordan Lee.md"), "Contacts/Jordan Smith.md");
		expect(renamed).toEqual(["Contacts/Jordan Lee.md -> Contacts/Jordan Smith.md"]);
		expect(await app.vault.read(file(app, "Interviews/one.md"))).toBe(
			'---\ntype: interview\ncontact: "[[Jordan Smith]]"\nreferrals:\n  - "[[Jordan Smith|JL]]"\n---\nTalked with [[Jordan Smith#Notes|Jordan]] and [[Someone Else]].\n',
		);
		expect(app.metadataCache.resolvedLinks["Interviews/one.md"]).toEqual({ "Contacts/Jordan Smith.md": 3 });
	});

	it("leaves links alone when automatic link updates are off", async () => {
		const app = new App({ files });
		app.fileManager.updateLinksOnRename = false;
		await app.fileManager.renameFile(file(app, "Contacts/Jordan Lee.md"), "Contacts/Jordan Smith.md");
		expect(await app.vault.read(file(app, "Interviews/one.md"))).toBe(files["Interviews/one.md"]);
		expect(app.metadataCache.unresolvedLinks["Interviews/one.md"]).toEqual({ "Jordan Lee": 3, "Someone Else": 1 });
	});

	it("generates wikilinks with the shortest unambiguous name", () => {
		const app = new App({ files: { ...files, "Archive/Jordan Lee.md": "" } });
		expect(app.fileManager.generateMarkdownLink(file(app, "Contacts/Jordan Lee.md"), "Interviews/one.md")).toBe("[[Contacts/Jordan Lee]]");
		expect(app.fileManager.generateMarkdownLink(file(app, "Interviews/one.md"), "Contacts/x.md", "#Notes", "first")).toBe("[[one#Notes|first]]");
	});

	it("trashes a file with a delete event", async () => {
		const app = new App({ files });
		const deleted: string[] = [];
		app.vault.on("delete", (f) => deleted.push(f.path));
		await app.fileManager.trashFile(file(app, "Contacts/Jordan Lee.md"));
		expect(deleted).toEqual(["Contacts/Jordan Lee.md"]);
		expect(await app.vault.adapter.exists("Contacts/Jordan Lee.md")).toBe(false);
	});
});
