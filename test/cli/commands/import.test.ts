import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/run";
import { importFixturePath, splitNote } from "../../builders/import-files";
import { captureIO, note, SETTINGS_FILE, snapshot, tempFolder, writeVault } from "../vault-builder";

async function importInto(root: string, file: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(["import", root, file, ...flags], capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

interface ImportJson {
	dry_run: boolean;
	created: string[];
	skipped: { name: string; reason: string; path?: string }[];
	problems: { line: number; message: string }[];
}

function json(stdout: string): ImportJson {
	return JSON.parse(stdout) as ImportJson;
}

const LINKEDIN = importFixturePath("linkedin-connections.csv");

function vaultWithJordan(): string {
	return writeVault({
		"Contacts/Jordan Lee.md": note(["type: contact", "name: Jordan Lee", "email: jordan.lee@example.com"], "\nMy own notes.\n"),
		"Contacts/Priya Raman.md": "A note about something else that happens to have her name.\n",
	});
}

describe("import", () => {
	it("creates a note per new person in the contacts folder and prints what it did", async () => {
		const root = vaultWithJordan();
		const result = await importInto(root, LINKEDIN);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe(
			[
				"created Contacts/Priya Raman 2.md",
				"created Contacts/Tomás Herrera.md",
				"created Contacts/Mei-Ling Chen.md",
				"created Contacts/Kwame Asante.md",
				"created Contacts/Zoë Ångström 🌍.md",
				"skipped Jordan Lee (line 8): already in your vault, the same email as Contacts/Jordan Lee.md",
				"skipped line 10: no name",
				"skipped Jordan Lee (line 11): already in your vault, the same email as Contacts/Jordan Lee.md",
				"Created 5 contacts, skipped 3 (already in your vault: 2, no name: 1)",
				"",
			].join("\n"),
		);
		const { properties } = splitNote(readFileSync(join(root, "Contacts", "Tomás Herrera.md"), "utf8"));
		expect(properties).toEqual({
			type: "contact",
			name: "Tomás Herrera",
			organization: "City of Lisbon",
			role: "Urban Planner",
			linkedin: "https://www.linkedin.com/in/tomasherrera",
			met_via: "LinkedIn",
			connected: "2023-03-03",
		});
	});

	it("never touches an existing note, and a second run creates nothing", async () => {
		const root = vaultWithJordan();
		const jordan = readFileSync(join(root, "Contacts", "Jordan Lee.md"), "utf8");
		const other = readFileSync(join(root, "Contacts", "Priya Raman.md"), "utf8");
		await importInto(root, LINKEDIN);
		expect(readFileSync(join(root, "Contacts", "Jordan Lee.md"), "utf8")).toBe(jordan);
		expect(readFileSync(join(root, "Contacts", "Priya Raman.md"), "utf8")).toBe(other);
		const before = snapshot(root);
		const second = await importInto(root, LINKEDIN, "--json");
		expect(json(second.stdout).created).toEqual([]);
		expect(json(second.stdout).skipped.map((s) => s.reason)).toEqual([...Array<string>(5).fill("already-in-vault"), "no-name", "already-in-vault", "already-in-vault"]);
		expect(snapshot(root)).toEqual(before);
	});

	it("--dry-run --json prints the plan and writes nothing", async () => {
		const root = vaultWithJordan();
		const before = snapshot(root);
		const result = await importInto(root, importFixturePath("google-contacts.csv"), "--dry-run", "--json", "--met-via", "Alumni office");
		expect(snapshot(root)).toEqual(before);
		expect(json(result.stdout)).toEqual({
			dry_run: true,
			created: ["Contacts/Ingrid Solberg.md", "Contacts/Marco Bianchi.md", "Contacts/Lena Fischer.md"],
			skipped: [{ name: "", reason: "no-name" }],
			problems: [],
		});
	});

	it("--json lists skipped people with the note they already have", async () => {
		const result = await importInto(vaultWithJordan(), LINKEDIN, "--json");
		expect(json(result.stdout).skipped[0]).toEqual({ name: "Jordan Lee", reason: "already-in-vault", path: "Contacts/Jordan Lee.md" });
	});

	it("uses the contacts folder and type key from the plugin's settings, --folder and --field over them", async () => {
		const root = writeVault({ [SETTINGS_FILE]: JSON.stringify({ contactsFolder: "People/Network", typeKey: "kind" }) });
		const result = await importInto(root, importFixturePath("iphone-contacts.vcf"), "--json", "--field", "Design");
		expect(json(result.stdout).created).toEqual(["People/Network/Priya Raman.md", "People/Network/Daniel Kowalski.md", "People/Network/Ingrid Solberg.md"]);
		const { properties } = splitNote(readFileSync(join(root, "People", "Network", "Priya Raman.md"), "utf8"));
		expect(properties).toMatchObject({ kind: "contact", field: "Design" });
		const other = await importInto(root, importFixturePath("android-contacts.vcf"), "--json", "--folder", "../../Imported");
		expect(json(other.stdout).created[0]).toBe("Imported/Dubois Élodie.md");
	});

	it("writes nothing outside the contacts folder, whatever the names in the file", async () => {
		const root = writeVault({ "Start.md": "# Start\n" });
		const result = await importInto(root, importFixturePath("hostile.csv"), "--json");
		const after = Object.keys(snapshot(root)).filter((p) => p !== ".");
		expect(after.filter((p) => p !== "Contacts" && !p.startsWith("Contacts/"))).toEqual([".obsidian", "Start.md"]); // the vault's own empty configuration folder stays empty
		expect(json(result.stdout).created).toHaveLength(7);
		expect(json(result.stdout).created.every((p) => /^Contacts\/[^/]+\.md$/.test(p))).toBe(true);
	});

	it("refuses a contacts folder that is a link to outside the vault", async () => {
		const outside = tempFolder();
		const root = writeVault({});
		symlinkSync(outside, join(root, "Contacts"));
		const result = await importInto(root, LINKEDIN);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/\ninformational-interviews: the folder Contacts leads outside the vault; nothing was written there\n$/);
		expect(Object.keys(snapshot(outside))).toEqual(["."]);
	});

	it("uses the user's contact-note skeleton from the templates folder", async () => {
		const root = writeVault({ "Templates/Informational interviews/contact-note.md": "---\ntags: [networking]\n---\n# {{contact.name}}\n\nMet via the import.\n" });
		await importInto(root, importFixturePath("spreadsheet-semicolon.csv"));
		const { properties, body } = splitNote(readFileSync(join(root, "Contacts", "Luc Martin.md"), "utf8"));
		expect(properties).toMatchObject({ name: "Luc Martin", tags: ["networking"] });
		expect(body).toBe("# Luc Martin\n\nMet via the import.\n");
	});

	it.each([
		["an empty file", "", "The file is empty."],
		["a CSV without a name column", "Email,Company\na@x.org,Acme\n", 'No column holds the name. The columns are: "Email", "Company"'],
	])("says what is wrong with %s on stderr, exits 1 and writes nothing", async (_, content, message) => {
		const root = writeVault({});
		const file = join(tempFolder(), "input.csv");
		writeFileSync(file, content);
		const before = snapshot(root);
		const result = await importInto(root, file);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain(message);
		expect(snapshot(root)).toEqual(before);
	});

	it.each([
		[["import", "v"], "informational-interviews: import needs a file: informational-interviews import <vault> <file>\n"],
		[["import", "v", "f", "g"], 'informational-interviews: unexpected argument "g"; give one vault folder and one file\n'],
		[["import", "v", "f", "--format", "xlsx"], 'informational-interviews: --format "xlsx" is not one of: linkedin, vcard, csv\n'],
		[["list", "v", "--dry-run"], "informational-interviews: list does not take --format, --folder, --met-via, --field or --dry-run (they are for import)\n"],
	])("says what is wrong with %j and exits 2", async (argv, message) => {
		const root = writeVault({});
		const capture = captureIO();
		const code = await run(argv.map((a) => (a === "v" ? root : a)), capture.io);
		expect({ code, stderr: capture.stderr() }).toEqual({ code: 2, stderr: message });
	});

	it("says when the file is not there", async () => {
		const result = await importInto(writeVault({}), "/nonexistent/Connections.csv");
		expect(result).toEqual({ code: 2, stdout: "", stderr: "informational-interviews: no file at /nonexistent/Connections.csv\n" });
	});
});
