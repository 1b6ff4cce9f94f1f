import { parseArgs } from "node:util";
import { isValidZone, parseWhen } from "../domain/records/dates";
import { UsageError } from "./errors";

/** The command line, checked: everything here is well-formed, though the folder may not exist. */
export interface CliArguments {
	readonly help: boolean;
	readonly command?: string;
	readonly vault?: string;
	/** `--now` as given; valid ISO. Read in the vault's zone once that is known. */
	readonly now?: string;
	readonly zone?: string;
	readonly json: boolean;
	readonly strict: boolean;
}

const OPTIONS = {
	now: { type: "string" },
	zone: { type: "string" },
	json: { type: "boolean" },
	strict: { type: "boolean" },
	help: { type: "boolean", short: "h" },
} as const;

function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split("\n")[0] ?? message;
}

function tokens(argv: readonly string[]) {
	try {
		return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		// Node's message for an unknown option or a missing value, which is clear as it is.
		throw new UsageError(firstLine(error));
	}
}

/** Parses `<command> <vault> [--now ISO] [--zone IANA] [--json] [--strict]`; throws UsageError. */
export function parseArguments(argv: readonly string[]): CliArguments {
	const { values, positionals } = tokens(argv);
	const [command, vault, ...extra] = positionals;
	if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"; give one command and one vault folder`);
	if (values.zone !== undefined && !isValidZone(values.zone)) {
		throw new UsageError(`--zone "${values.zone}" is not a time zone; use an IANA name such as Europe/Berlin`);
	}
	// Read as a note's date is (four-digit years, no 24:00), so that every bad date gets this message.
	if (values.now !== undefined && !parseWhen(values.now, "UTC").ok) {
		throw new UsageError(`--now "${values.now}" is not an ISO date or date-time such as 2026-11-24T09:00`);
	}
	return {
		help: values.help === true || command === "help",
		command,
		vault,
		now: values.now,
		zone: values.zone,
		json: values.json === true,
		strict: values.strict === true,
	};
}
