import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appFromFolder } from "./load-folder";

let dir = "";

afterEach(() => {
	if (dir !== "") rmSync(dir, { recursive: true, force: true });
	dir = "";
});

function write(path: string, text: string): void {
	mkdirSync(join(dir, path, ".."), { recursive: true });
	writeFileSync(join(dir, path), text);
}

describe("appFromFolder", () => {
	it("reads notes and folders, leaves dot folders out of the vault but keeps plugin data", async () => {
		dir = mkdtempSync(join(tmpdir(), "fake-vault-"));
		write("Contacts/Jordan Lee.md", "---\ntype: contact\n---\n");
		write("Start here.md", "[[Jordan Lee]]");
		write(".obsidian/app.json", "{}");
		write(".obsidian/plugins/informational-interviews/data.json", '{"typeKey":"kind"}');
		write(".trash/old.md", "gone");
		const app = appFromFolder(dir);
		expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(["Contacts/Jordan Lee.md", "Start here.md"]);
		expect(app.metadataCache.resolvedLinks["Start here.md"]).toEqual({ "Contacts/Jordan Lee.md": 1 });
		expect(await app.vault.adapter.read(".obsidian/plugins/informational-interviews/data.json")).toBe('{"typeKey":"kind"}');
		expect(await app.vault.adapter.exists(".obsidian/app.json")).toBe(false);
	});
});
