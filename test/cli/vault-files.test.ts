import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/errors";
import { listVaultFiles } from "../../src/cli/vault-files";
import { tempFolder, writeVault } from "./vault-builder";

function pathsIn(root: string): string[] {
	return listVaultFiles(root).files.map((f) => f.path);
}

describe("listVaultFiles", () => {
	it("lists every file with vault paths, sorted, leaving out dot folders and dot files", () => {
		const root = writeVault({
			"Contacts/Jordan Lee.md": "",
			"Attachments/card.png": "png",
			"Start.md": "",
			".obsidian/app.json": "{}",
			".trash/Old.md": "",
			"Contacts/.hidden.md": "",
			".story-date": "2026-11-23",
		});
		expect(pathsIn(root)).toEqual(["Attachments/card.png", "Contacts/Jordan Lee.md", "Start.md"]);
	});

	it("leaves node_modules folders out, with one warning, and keeps a note that is only named so", () => {
		const root = writeVault({
			"Contacts/A.md": "",
			"node_modules/pkg/README.md": "",
			"Projects/site/node_modules/x/index.md": "",
			"Notes/node_modules.md": "",
		});
		const listing = listVaultFiles(root);
		expect(listing.files.map((f) => f.path)).toEqual(["Contacts/A.md", "Notes/node_modules.md"]);
		expect(listing.warnings).toEqual(["skipped 2 node_modules folders: they hold code, not notes"]);
	});

	it("stops with a one-line message on a folder with more files and folders than any vault, instead of reading on", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 30; i++) files[`F${i % 3}/n${i}.md`] = "";
		const root = writeVault(files);
		expect(listVaultFiles(root, { maxEntries: 33 }).files).toHaveLength(30);
		expect(() => listVaultFiles(root, { maxEntries: 32 })).toThrow(UsageError);
		expect(() => listVaultFiles(root, { maxEntries: 32 })).toThrow(/holds more than 32 files and folders: too many for an Obsidian vault/);
	});

	it("reports progress as it walks", () => {
		const root = writeVault({ "A/a.md": "", "B/b.md": "" });
		const said: string[] = [];
		listVaultFiles(root, { progress: (message) => said.push(message()) });
		expect(said.at(-1)).toBe(`reading ${root}: 4 files and folders so far…`);
	});

	it("keeps non-Latin names and the characters links treat specially", () => {
		const root = writeVault({ "Contacts/Tomás Herrera.md": "", "Contacts/张伟.md": "", "Odd/a#b^c[d]e|f.md": "" });
		expect(pathsIn(root)).toEqual(["Contacts/Tomás Herrera.md", "Contacts/张伟.md", "Odd/a#b^c[d]e|f.md"]);
	});

	it("follows a symbolic link inside the vault", () => {
		const root = writeVault({ "Real/Jordan Lee.md": "" });
		symlinkSync(join(root, "Real"), join(root, "Linked"));
		expect(pathsIn(root)).toEqual(["Linked/Jordan Lee.md", "Real/Jordan Lee.md"]);
	});

	it("does not follow symbolic links out of the vault, and says so", () => {
		const outside = writeVault({ "Secret.md": "---\ntype: contact\n---\n" });
		const root = writeVault({ "Inside.md": "" });
		symlinkSync(outside, join(root, "Elsewhere"));
		symlinkSync(join(outside, "Secret.md"), join(root, "Secret.md"));
		const listing = listVaultFiles(root);
		expect(listing.files.map((f) => f.path)).toEqual(["Inside.md"]);
		expect(listing.warnings).toEqual([
			"skipped Elsewhere: a symbolic link to outside the vault",
			"skipped Secret.md: a symbolic link to outside the vault",
		]);
	});

	it("does not walk a link back up the tree forever", () => {
		const root = writeVault({ "A/Note.md": "" });
		symlinkSync(root, join(root, "A", "Loop"));
		const listing = listVaultFiles(root);
		expect(listing.files.map((f) => f.path)).toEqual(["A/Note.md"]);
		expect(listing.warnings).toEqual(["skipped A/Loop: a symbolic link to a folder that contains it"]);
	});

	it("skips a broken link with a warning", () => {
		const root = writeVault({ "Note.md": "" });
		symlinkSync(join(root, "missing.md"), join(root, "Dangling.md"));
		expect(listVaultFiles(root).warnings).toEqual(["skipped Dangling.md: a symbolic link to nothing"]);
	});

	it.skipIf(process.platform === "win32")("skips a named pipe, which would block a reader forever", () => {
		const root = writeVault({ "Note.md": "" });
		execFileSync("mkfifo", [join(root, "Pipe.md")]);
		expect(pathsIn(root)).toEqual(["Note.md"]);
	});

	it("gives an empty listing for an empty vault", () => {
		const root = tempFolder();
		mkdirSync(join(root, "Empty folder"));
		expect(listVaultFiles(root)).toEqual({ files: [], warnings: [] });
	});

	it("throws when the vault folder itself cannot be read", () => {
		expect(() => listVaultFiles(join(tempFolder(), "nope"))).toThrow();
	});
});
