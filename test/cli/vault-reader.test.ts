import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/vault-reader";
import { note, SETTINGS_FILE, snapshot, writeVault } from "./vault-builder";

type Pwned = typeof globalThis & { __pwned?: unknown };

describe("readVault", () => {
	it("reads every note's properties and lists attachments for links", async () => {
		const root = writeVault({
			"Contacts/Jordan Lee.md": note(["type: contact", "contacted: 2026-11-24"], "# Jordan\n"),
			"Daily/2026-11-23.md": "Plain note without properties.\n",
			"Files/cv.pdf": "%PDF",
		});
		const vault = await readVault(root);
		expect(vault.files).toEqual(["Contacts/Jordan Lee.md", "Daily/2026-11-23.md", "Files/cv.pdf"]);
		expect(vault.notes).toEqual([
			{ path: "Contacts/Jordan Lee.md", frontmatter: { type: "contact", contacted: "2026-11-24" } },
			{ path: "Daily/2026-11-23.md", frontmatter: {} },
		]);
		expect(vault.problems).toEqual([]);
	});

	it("skips dot folders such as .obsidian and .trash", async () => {
		const root = writeVault({
			"Contacts/Ana.md": note(["type: contact"]),
			".trash/Contacts/Old.md": note(["type: contact"]),
			".obsidian/snippets/x.md": note(["type: contact"]),
		});
		expect((await readVault(root)).notes.map((n) => n.path)).toEqual(["Contacts/Ana.md"]);
	});

	it("reports a ---js note as a problem and never evaluates it", async () => {
		const root = writeVault({
			"Contacts/Evil.md": "---js\n{ type: (globalThis.__pwned = true, 'contact') }\n---\n",
			"Contacts/Evil too.md": "---javascript\nglobalThis.__pwned = true; return {};\n---\n",
		});
		const vault = await readVault(root);
		expect((globalThis as Pwned).__pwned).toBeUndefined();
		expect(vault.notes).toEqual([]);
		expect(vault.problems).toEqual([
			{ path: "Contacts/Evil too.md", field: "frontmatter", message: "front matter in JavaScript is not read, for safety; use YAML" },
			{ path: "Contacts/Evil.md", field: "frontmatter", message: "front matter in JavaScript is not read, for safety; use YAML" },
		]);
		// Still a file that links can point at.
		expect(vault.files).toContain("Contacts/Evil.md");
	});

	it("reports malformed YAML and a list as problems, and reads the other notes", async () => {
		const root = writeVault({
			"A.md": note(["type: contact", "name: [unclosed"]),
			"B.md": note(["- type: contact"]),
			"C.md": note(["type: contact"]),
		});
		const vault = await readVault(root);
		expect(vault.notes.map((n) => n.path)).toEqual(["C.md"]);
		expect(vault.problems.map((p) => [p.path, p.field])).toEqual([
			["A.md", "frontmatter"],
			["B.md", "frontmatter"],
		]);
		expect(vault.problems[0]?.message).toMatch(/^front matter is not valid YAML \(line \d+: /);
		expect(vault.problems[1]?.message).toBe("front matter must be properties (key: value lines), not a list of 1");
	});

	it("reads a 10 MB note", async () => {
		const body = "x".repeat(10 * 1024 * 1024);
		const root = writeVault({ "Big.md": note(["type: contact", "name: Big"], body) });
		expect((await readVault(root)).notes).toEqual([{ path: "Big.md", frontmatter: { type: "contact", name: "Big" } }]);
	});

	it("reads notes whose names have non-Latin and link characters", async () => {
		const root = writeVault({
			"Contacts/Zoë #1 ^x [draft] a|b.md": note(["type: contact"]),
			"Contacts/김민준.md": note(["type: contact"]),
		});
		expect((await readVault(root)).notes.map((n) => n.path)).toEqual(["Contacts/Zoë #1 ^x [draft] a|b.md", "Contacts/김민준.md"]);
	});

	it.skipIf(process.platform === "win32" || process.getuid?.() === 0)("reports a note it may not read", async () => {
		const root = writeVault({ "Locked.md": note(["type: contact"]) });
		chmodSync(join(root, "Locked.md"), 0o000);
		try {
			expect((await readVault(root)).problems).toEqual([{ path: "Locked.md", field: "frontmatter", message: "the note could not be read (EACCES)" }]);
		} finally {
			chmodSync(join(root, "Locked.md"), 0o644);
		}
	});

	it("never writes to the vault", async () => {
		const root = writeVault({
			"Contacts/Jordan Lee.md": note(["type: contact"]),
			"Interviews/2026-11-24 Jordan Lee.md": note(["type: interview", 'contact: "[[Jordan Lee]]"']),
			"Broken.md": note(["a: [b"]),
			"Evil.md": "---js\n{}\n---\n",
			[SETTINGS_FILE]: "{}",
		});
		writeFileSync(join(root, "Empty.md"), "");
		const before = snapshot(root);
		await new Promise((resolve) => setTimeout(resolve, 20));
		await readVault(root);
		expect(snapshot(root)).toEqual(before);
	});
});
