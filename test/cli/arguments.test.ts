import { describe, expect, it } from "vitest";
import { parseArguments } from "../../src/cli/arguments";
import { UsageError } from "../../src/cli/errors";

describe("parseArguments", () => {
	it("reads a command, a vault and every option, in any order", () => {
		expect(parseArguments(["--json", "check", "--zone", "Europe/Berlin", "my vault", "--strict", "--now=2026-11-24T09:00"])).toEqual({
			help: false,
			version: false,
			command: "check",
			vault: "my vault",
			now: "2026-11-24T09:00",
			zone: "Europe/Berlin",
			json: true,
			strict: true,
			importFile: undefined,
			importOptions: { dryRun: false, field: undefined, folder: undefined, format: undefined, metVia: undefined },
		});
	});

	it("reads import's file and options", () => {
		expect(parseArguments(["import", "v", "Connections.csv", "--format", "linkedin", "--folder", "People", "--met-via", "Alumni office", "--field", "Design", "--dry-run"])).toMatchObject({
			command: "import",
			vault: "v",
			importFile: "Connections.csv",
			importOptions: { format: "linkedin", folder: "People", metVia: "Alumni office", field: "Design", dryRun: true },
		});
	});

	it.each([["--help"], ["-h"], ["help"], ["check", "vault", "--help"]])("asks for help with %s", (...argv) => {
		expect(parseArguments(argv).help).toBe(true);
	});

	it("leaves the command and vault undefined when they are missing", () => {
		expect(parseArguments([])).toMatchObject({ command: undefined, vault: undefined, help: false });
	});

	it.each([
		[["check", "v", "--zone", "Mars/Olympus"], '--zone "Mars/Olympus" is not a time zone; use an IANA name such as Europe/Berlin'],
		[["check", "v", "--now", "tomorrow"], '--now "tomorrow" is not an ISO date or date-time such as 2026-11-24T09:00'],
		[["check", "v", "--now", "+275760-09-13"], '--now "+275760-09-13" is not an ISO date or date-time such as 2026-11-24T09:00'],
		[["check", "v", "--now", "2026-11-24T24:00"], '--now "2026-11-24T24:00" is not an ISO date or date-time such as 2026-11-24T09:00'],
		[["check", "v", "extra"], 'unexpected argument "extra"; give one command and one vault folder'],
		[["check", "v", "--verbose"], /^unknown option "--verbose"; the options are --now, --zone, --json, .*-h\/--help, --version.* \(see --help\)$/],
		[["check", "v", "-x"], /^unknown option "-x"; the options are /],
		[["check", "v", "-hx"], /^unknown option "-x"; the options are /],
		[["check", "v", "--zone"], "--zone needs a value: --zone <value> or --zone=<value>"],
		[["check", "v", "--zone", "--json"], "--zone needs a value: --zone <value> or --zone=<value>"],
		[["check", "v", "--json=yes"], "--json takes no value"],
	])("refuses %j", (argv, message) => {
		expect(() => parseArguments(argv)).toThrow(UsageError);
		expect(() => parseArguments(argv)).toThrow(message);
	});

	it("reads --version, alone or with anything else", () => {
		expect(parseArguments(["--version"])).toMatchObject({ version: true, command: undefined });
		expect(parseArguments(["check", "v", "--version"]).version).toBe(true);
		expect(parseArguments(["check", "v"]).version).toBe(false);
	});

	it("takes a positional that starts with a dash after --", () => {
		expect(parseArguments(["check", "--", "-my vault"]).vault).toBe("-my vault");
	});

	it("accepts dates, date-times and offsets for --now", () => {
		for (const now of ["2026-11-24", "2026-11-24T09:00", "2026-11-24T09:00:00Z", "2026-11-24T09:00+05:30"]) {
			expect(parseArguments(["check", "v", "--now", now]).now).toBe(now);
		}
	});
});
