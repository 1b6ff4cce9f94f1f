import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/errors";
import { loadVault, vaultProblems } from "../../src/cli/load-vault";
import { note, SETTINGS_FILE, tempFolder, writeVault } from "./vault-builder";

const contact = (...lines: string[]): string => note(["type: contact", ...lines]);

describe("loadVault", () => {
	it("indexes the vault's contacts and interviews", async () => {
		const vault = await loadVault(
			writeVault({
				"Contacts/Jordan Lee.md": contact("role: Analyst"),
				"Interviews/2026-11-24 Jordan Lee.md": note(["type: interview", 'contact: "[[Jordan Lee]]"', "date: 2026-11-24T15:00"]),
				"Daily/2026-11-23.md": note(["tags: [daily]"]),
			}),
			{ zone: "Europe/Berlin" },
		);
		expect(vault.index.contacts().map((c) => c.path)).toEqual(["Contacts/Jordan Lee.md"]);
		const [interview] = vault.index.interviews();
		expect(interview?.contact?.path).toBe("Contacts/Jordan Lee.md");
		expect(interview?.date?.start.toISO()).toBe("2026-11-24T15:00:00.000+01:00");
		expect(vaultProblems(vault)).toEqual([]);
	});

	it("resolves a link to an existing note, and reports one to a missing note by its field", async () => {
		const vault = await loadVault(
			writeVault({
				"Contacts/Jordan Lee.md": contact(),
				"Contacts/Sam.md": contact('referred_by: "[[Jordan Lee]]"'),
				"Contacts/Casey.md": contact('referred_by: "[[Nobody Here]]"'),
			}),
		);
		expect(vault.index.get("Contacts/Sam.md")).toMatchObject({ referredBy: { path: "Contacts/Jordan Lee.md" } });
		expect(vaultProblems(vault)).toEqual([
			{ path: "Contacts/Casey.md", field: "referred_by", message: 'links to "Nobody Here", which is not a note in this vault' },
		]);
	});

	it("resolves links to attachments and non-Markdown files too", async () => {
		const vault = await loadVault(writeVault({ "Orgs/Fabrikam.canvas": "{}", "Contacts/Ana.md": contact('organization: "[[Fabrikam.canvas]]"') }));
		expect(vaultProblems(vault)).toEqual([]);
	});

	it("resolves duplicate note names the way Obsidian does: same folder first, then the shortest path", async () => {
		const vault = await loadVault(
			writeVault({
				"Work/Jordan Lee.md": contact("name: Jordan (work)"),
				"Archive/Old/Jordan Lee.md": contact("name: Jordan (old)"),
				"Work/Sam.md": contact('referred_by: "[[Jordan Lee]]"'),
				"Archive/Old/Casey.md": contact('referred_by: "[[Jordan Lee]]"'),
				"Elsewhere/Ana.md": contact('referred_by: "[[Jordan Lee]]"'),
			}),
		);
		const referrer = (path: string): string | null | undefined => {
			const record = vault.index.get(path);
			return record?.kind === "contact" ? record.referredBy?.path : undefined;
		};
		expect(referrer("Work/Sam.md")).toBe("Work/Jordan Lee.md");
		expect(referrer("Archive/Old/Casey.md")).toBe("Archive/Old/Jordan Lee.md");
		expect(referrer("Elsewhere/Ana.md")).toBe("Work/Jordan Lee.md");
		expect(vault.index.contacts()).toHaveLength(5);
	});

	it("reads notes whose file names contain # ^ [ ] |", async () => {
		const vault = await loadVault(writeVault({ "Contacts/Lee #2 ^a [b] c|d.md": contact(), "Contacts/Ana.md": contact('referred_by: "[[Lee #2 ^a [b] c|d]]"') }));
		expect(vault.index.contacts().map((c) => c.name).sort()).toEqual(["Ana", "Lee #2 ^a [b] c|d"]);
		// Obsidian's own rules apply: `#` starts a heading and `|` an alias, so this link names "Lee".
		expect(vaultProblems(vault).map((p) => p.field)).toEqual(["referred_by"]);
	});

	it("includes read problems with the records' problems, sorted by path then field", async () => {
		const vault = await loadVault(
			writeVault({
				"B.md": note(["type: interview", 'contact: "[[Nobody]]"', "date: soon"]),
				"A.md": "---js\n{}\n---\n",
				"C.md": note(["type: contact", "status: [x"]),
			}),
		);
		expect(vaultProblems(vault).map((p) => `${p.path} ${p.field}`)).toEqual(["A.md frontmatter", "B.md contact", "B.md date", "C.md frontmatter"]);
	});

	it("honours the plugin's settings in the vault, such as a custom type key", async () => {
		const vault = await loadVault(
			writeVault({
				[SETTINGS_FILE]: JSON.stringify({ settingsVersion: 1, typeKey: "kind", defaultDurationMinutes: 45 }),
				"People/Jordan Lee.md": note(["kind: contact"]),
				"People/Not counted.md": note(["type: contact"]),
				"Talks/Chat.md": note(["kind: interview", 'contact: "[[Jordan Lee]]"']),
			}),
		);
		expect(vault.settings.typeKey).toBe("kind");
		expect(vault.index.contacts().map((c) => c.path)).toEqual(["People/Jordan Lee.md"]);
		expect(vault.index.interviews().map((i) => i.duration)).toEqual([45]);
	});

	it("reads dates in the zone from the settings, unless --zone says otherwise", async () => {
		const root = writeVault({
			[SETTINGS_FILE]: JSON.stringify({ settingsVersion: 1, timeZone: "Asia/Tokyo" }),
			"Chat.md": note(["type: interview", 'contact: "[[Chat]]"', "date: 2026-11-24T15:00"]),
		});
		const fromSettings = await loadVault(root);
		expect(fromSettings.zone).toBe("Asia/Tokyo");
		expect(fromSettings.index.interviews()[0]?.date?.start.toISO()).toBe("2026-11-24T15:00:00.000+09:00");
		const fromFlag = await loadVault(root, { zone: "America/New_York" });
		expect(fromFlag.zone).toBe("America/New_York");
		expect(fromFlag.warnings).toEqual([]);
	});

	it("warns about an unknown zone in the settings and a broken data.json", async () => {
		const unknownZone = await loadVault(writeVault({ [SETTINGS_FILE]: JSON.stringify({ settingsVersion: 1, timeZone: "Mars/Olympus" }) }));
		expect(unknownZone.warnings).toEqual(['the time zone "Mars/Olympus" in the plugin settings is unknown; using the system zone']);
		const broken = await loadVault(writeVault({ [SETTINGS_FILE]: "{" }));
		expect(broken.settings.typeKey).toBe("type");
		expect(broken.warnings[0]).toMatch(/are not valid JSON/);
	});

	it("refuses a folder that does not exist, or a file, as a usage error", async () => {
		const missing = join(tempFolder(), "no such vault");
		await expect(loadVault(missing)).rejects.toThrow(new UsageError(`no folder at ${missing}`));
		const file = join(writeVault({ "a.md": "" }), "a.md");
		await expect(loadVault(file)).rejects.toThrow(new UsageError(`${file} is a file; give the vault's folder`));
	});
});
