import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands";
import { run } from "../../src/cli/run";
import { captureIO, note, tempFolder, writeVault } from "./vault-builder";

async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(argv, capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe("run", () => {
	it("prints the usage with --help, and exits 0", async () => {
		const result = await runCli("--help");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Usage: informational-interviews <command> <vault>/);
		expect(result.stdout).toMatch(/\n {2}check {2}/);
		expect(result.stdout).toMatch(/\n {2}list {3}/);
		expect(result.stderr).toBe("");
	});

	it("prints its name and the package's version with --version, and exits 0", async () => {
		const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
		expect(await runCli("--version")).toEqual({ code: 0, stdout: `informational-interviews ${version}\n`, stderr: "" });
	});

	it("prints the usage on stderr without arguments, and exits 2", async () => {
		const result = await runCli();
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(/^Usage: /);
	});

	it.each([
		// Every command is named, whichever ones exist by now.
		[["frobnicate", "v"], `informational-interviews: unknown command "frobnicate"; the commands are ${COMMANDS.map((c) => c.name).join(", ")} (see --help)\n`],
		[["check"], "informational-interviews: check needs a vault folder: informational-interviews check <vault>\n"],
		[["list", "v", "--strict"], "informational-interviews: list does not take --strict\n"],
		[["check", "v", "--zone", "Nowhere/Special"], 'informational-interviews: --zone "Nowhere/Special" is not a time zone; use an IANA name such as Europe/Berlin\n'],
		[["check", "v", "--now", "2026-13-45"], 'informational-interviews: --now "2026-13-45" is not an ISO date or date-time such as 2026-11-24T09:00\n'],
	])("says what is wrong with %j in one line and exits 2", async (argv, message) => {
		const result = await runCli(...argv);
		expect(result).toEqual({ code: 2, stdout: "", stderr: message });
	});

	it("refuses an unknown option in its own words (not Node's parser text) and exits 2", async () => {
		const result = await runCli("queue", "v", "--verbose");
		expect(result).toMatchObject({ code: 2, stdout: "" });
		expect(result.stderr).toMatch(/^informational-interviews: unknown option "--verbose"; the options are --now, .*--version.* \(see --help\)\n$/);
	});

	it("warns first when the folder has no .obsidian folder (not a vault), and reads it anyway", async () => {
		const root = writeVault({ "A.md": note(["type: contact"]) });
		expect((await runCli("check", root)).stderr).toBe("");
		rmSync(join(root, ".obsidian"), { recursive: true });
		const result = await runCli("check", root);
		expect(result).toEqual({
			code: 0,
			stdout: "1 contact, 0 interviews, 0 problems\n",
			stderr: `warning: ${root} has no .obsidian folder, so it is not an Obsidian vault (or not opened as one yet); reading it anyway\n`,
		});
	});

	it("reports a vault folder that does not exist", async () => {
		const missing = join(tempFolder(), "missing");
		expect(await runCli("check", missing)).toEqual({ code: 2, stdout: "", stderr: `informational-interviews: no folder at ${missing}\n` });
	});

	it("prints warnings about the vault on stderr and carries on", async () => {
		const root = writeVault({ ".obsidian/plugins/informational-interviews/data.json": "not json", "A.md": note(["type: contact"]) });
		const result = await runCli("check", root);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^warning: the plugin settings in .+data\.json are not valid JSON/);
		expect(result.stdout).toBe("1 contact, 0 interviews, 0 problems\n");
	});

	it("gives the same output for the same vault every time", async () => {
		const root = writeVault({
			"Z.md": note(["type: contact", "status: maybe"]),
			"A.md": note(["type: contact", "contacted: soon"]),
			"M/Chat.md": note(["type: interview", 'contact: "[[A]]"', "date: 2026-11-24"]),
		});
		const first = await runCli("list", root, "--json");
		expect((await runCli("list", root, "--json")).stdout).toBe(first.stdout);
		expect(first.code).toBe(0);
	});
});
