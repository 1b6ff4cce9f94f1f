import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/run";
import { captureIO, note, writeVault } from "../vault-builder";

async function check(root: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(["check", root, ...flags], capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

function vaultWithProblems(): string {
	return writeVault({
		"Contacts/Jordan Lee.md": note(["type: contact", "contacted: next tuesday", "status: maybe"]),
		"Contacts/Sam.md": note(["type: contact", 'referred_by: "[[Jordan Lee]]"']),
		"Interviews/Chat.md": note(["type: interview", 'contact: "[[Casey]]"', "date: 2026-11-24T15:00"]),
		"Evil.md": "---js\n{ type: 'contact' }\n---\n",
	});
}

describe("check", () => {
	it("prints every problem as `path: field: message`, sorted, then a summary", async () => {
		const result = await check(vaultWithProblems());
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe(
			[
				"Contacts/Jordan Lee.md: contacted: \"next tuesday\" is not a date; write it as 2026-11-24 or 2026-11-24T15:00",
				"Contacts/Jordan Lee.md: status: \"maybe\" is not one of: active, paused, closed",
				"Evil.md: frontmatter: front matter in JavaScript is not read, for safety; use YAML",
				"Interviews/Chat.md: contact: links to \"Casey\", which is not a note in this vault",
				"2 contacts, 1 interview, 4 problems",
				"",
			].join("\n"),
		);
	});

	it("prints JSON with --json", async () => {
		const result = await check(vaultWithProblems(), "--json");
		const parsed: unknown = JSON.parse(result.stdout);
		expect(parsed).toEqual({
			problems: [
				{ path: "Contacts/Jordan Lee.md", field: "contacted", message: expect.stringContaining("is not a date") as unknown },
				{ path: "Contacts/Jordan Lee.md", field: "status", message: expect.stringContaining("maybe") as unknown },
				{ path: "Evil.md", field: "frontmatter", message: "front matter in JavaScript is not read, for safety; use YAML" },
				{ path: "Interviews/Chat.md", field: "contact", message: expect.stringContaining("Casey") as unknown },
			],
		});
	});

	it("exits 1 with --strict when there is a problem", async () => {
		const result = await check(vaultWithProblems(), "--json", "--strict");
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout)).toHaveProperty("problems");
	});

	it("exits 0 with --strict when there is none", async () => {
		const root = writeVault({ "Contacts/Ana.md": note(["type: contact"]), "Talks/Chat.md": note(["type: interview", 'contact: "[[Ana]]"']) });
		expect(await check(root, "--json", "--strict")).toEqual({ code: 0, stdout: '{\n  "problems": []\n}\n', stderr: "" });
		expect((await check(root, "--strict")).stdout).toBe("1 contact, 1 interview, 0 problems\n");
	});

	it("uses the vault's settings: a custom type key makes other notes count", async () => {
		const root = writeVault({
			".obsidian/plugins/informational-interviews/data.json": JSON.stringify({ settingsVersion: 1, typeKey: "kind" }),
			"Ana.md": note(["kind: contact", "contacted: whenever"]),
			"Bo.md": note(["type: contact", "contacted: whenever"]),
		});
		const result = await check(root, "--json");
		expect(JSON.parse(result.stdout)).toEqual({ problems: [{ path: "Ana.md", field: "contacted", message: expect.any(String) as unknown }] });
	});

	it("keeps terminal control characters from note names out of the text output", async () => {
		const root = writeVault({ "Bad\u001b[2Jname.md": note(["type: contact", "contacted: x"]) });
		expect((await check(root)).stdout).toMatch(/^Bad\uFFFD\[2Jname\.md: contacted: /);
	});
});
