import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { IMPORT_FORMATS, type ImportFormat } from "../domain/import/import-types";
import { isValidZone } from "../domain/records/dates";
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
	/** `import` only: the file to import (the positional after the vault) and its options. */
	readonly importFile?: string;
	readonly importOptions: ImportOptions;
}

/** What `import` takes beyond the common options; undefined means not given. */
export interface ImportOptions {
	readonly format?: ImportFormat;
	readonly folder?: string;
	readonly metVia?: string;
	readonly field?: string;
	readonly dryRun: boolean;
}

/** True when any import-only option was given, so that other commands can refuse it. */
export function hasImportOptions(options: ImportOptions): boolean {
	return options.dryRun || options.format !== undefined || options.folder !== undefined || options.metVia !== undefined || options.field !== undefined;
}

const OPTIONS = {
	now: { type: "string" },
	zone: { type: "string" },
	json: { type: "boolean" },
	strict: { type: "boolean" },
	help: { type: "boolean", short: "h" },
	format: { type: "string" },
	folder: { type: "string" },
	"met-via": { type: "string" },
	field: { type: "string" },
	"dry-run": { type: "boolean" },
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
	const [command, vault, ...rest] = positionals;
	const [importFile, ...extra] = command === "import" ? rest : [undefined, ...rest];
	if (extra.length > 0) {
		const what = command === "import" ? "give one vault folder and one file" : "give one command and one vault folder";
		throw new UsageError(`unexpected argument "${extra[0]}"; ${what}`);
	}
	const format = values.format;
	if (format !== undefined && !IMPORT_FORMATS.some((f) => f === format)) {
		throw new UsageError(`--format "${format}" is not one of: ${IMPORT_FORMATS.join(", ")}`);
	}
	if (values.zone !== undefined && !isValidZone(values.zone)) {
		throw new UsageError(`--zone "${values.zone}" is not a time zone; use an IANA name such as Europe/Berlin`);
	}
	if (values.now !== undefined && !DateTime.fromISO(values.now, { zone: "UTC" }).isValid) {
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
		importFile,
		importOptions: {
			format: IMPORT_FORMATS.find((f) => f === format),
			folder: values.folder,
			metVia: values["met-via"],
			field: values.field,
			dryRun: values["dry-run"] === true,
		},
	};
}
