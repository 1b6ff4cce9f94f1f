import { parseArgs } from "node:util";
import { IMPORT_FORMATS, type ImportFormat } from "../domain/import/import-types";
import { isValidZone, parseWhen } from "../domain/records/dates";
import { UsageError } from "./errors";

/** The command line, checked: everything here is well-formed, though the folder may not exist. */
export interface CliArguments {
	readonly help: boolean;
	/** `--version`: print the version and nothing else. */
	readonly version: boolean;
	readonly command?: string;
	readonly vault?: string;
	/** `--now` as given; valid ISO. Read in the vault's zone once that is known. */
	readonly now?: string;
	readonly zone?: string;
	readonly json: boolean;
	readonly strict: boolean;
	/** `--out FILE`: where `calendar` writes instead of stdout. */
	readonly out?: string;
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
	out: { type: "string" },
	help: { type: "boolean", short: "h" },
	version: { type: "boolean" },
	format: { type: "string" },
	folder: { type: "string" },
	"met-via": { type: "string" },
	field: { type: "string" },
	"dry-run": { type: "boolean" },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
	return Object.hasOwn(OPTIONS, name);
}

/** `--now, --zone, …, -h/--help`: the options as the messages list them. */
function optionList(): string {
	return (Object.keys(OPTIONS) as OptionName[])
		.map((name) => {
			const short = (OPTIONS[name] as { short?: string }).short;
			return short ? `-${short}/--${name}` : `--${name}`;
		})
		.join(", ");
}

/**
 * Our own one-line message for each way an option can be wrong, instead of Node's parser
 * text (which suggests `--` delimiters and short options we do not have). The tokens come
 * from a lenient parse, so every mistake is seen here, not thrown by Node.
 */
function checkOptions(argv: readonly string[]): void {
	const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
	for (const token of tokens) {
		if (token.kind !== "option") continue;
		if (!isOptionName(token.name)) throw new UsageError(`unknown option "${token.rawName}"; the options are ${optionList()} (see --help)`);
		const { type } = OPTIONS[token.name];
		const value = token.value;
		if (type === "string" && (value === undefined || (!token.inlineValue && value.startsWith("-")))) {
			throw new UsageError(`${token.rawName} needs a value: ${token.rawName} <value> or ${token.rawName}=<value>`);
		}
		if (type === "boolean" && value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
	}
}

function tokens(argv: readonly string[]) {
	checkOptions(argv);
	return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

/** Parses `<command> <vault> [--now ISO] [--zone IANA] [--json] [--strict] [--out FILE]`; throws UsageError. */
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
	// Read as a note's date is (four-digit years, no 24:00), so that every bad date gets this message.
	if (values.now !== undefined && !parseWhen(values.now, "UTC").ok) {
		throw new UsageError(`--now "${values.now}" is not an ISO date or date-time such as 2026-11-24T09:00`);
	}
	return {
		help: values.help === true || command === "help",
		version: values.version === true,
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
		out: values.out,
	};
}
