import { DateTime } from "luxon";
import { COMMANDS, findCommand } from "./commands";
import type { CliIO, Command } from "./commands/command";
import { parseWhen } from "../domain/records/dates";
import { hasImportOptions, parseArguments } from "./arguments";
import { UsageError } from "./errors";
import { printable } from "./format/text";
import { loadVault, notAVaultWarning } from "./load-vault";
import { PROGRAM, usage, VERSION } from "./usage";

export type { CliIO } from "./commands/command";

/** Exit code for a mistake on the command line. */
export const EXIT_USAGE = 2;
/** Exit code for a bug in this tool (sysexits' EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

function commandNamed(name: string): Command {
	const command = findCommand(name);
	if (command) return command;
	throw new UsageError(`unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(", ")} (see --help)`);
}

/** `--now` in the vault's zone, by the same wall-time rule as the notes' dates (arguments.ts checked it). */
function nowAt(text: string, zone: string): DateTime {
	const parsed = parseWhen(text, zone);
	if (!parsed.ok) throw new UsageError(`--now "${text}" is not an ISO date or date-time such as 2026-11-24T09:00`);
	return parsed.value.start;
}

/**
 * The whole tool behind `main.ts`: parses `argv` (without `node` and the script),
 * runs one command against one vault and returns the exit code. Never throws.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
	try {
		const args = parseArguments(argv);
		if (args.version) {
			io.stdout(`${PROGRAM} ${VERSION}\n`);
			return 0;
		}
		if (args.help) {
			io.stdout(usage());
			return 0;
		}
		if (args.command === undefined) {
			io.stderr(usage());
			return EXIT_USAGE;
		}
		const command = commandNamed(args.command);
		if (args.strict && !command.flags.includes("strict")) throw new UsageError(`${command.name} does not take --strict`);
		if (hasImportOptions(args.importOptions) && !command.flags.includes("import")) throw new UsageError(`${command.name} does not take --format, --folder, --met-via, --field or --dry-run (they are for import)`);
		if (args.out !== undefined && !command.flags.includes("out")) throw new UsageError(`${command.name} does not take --out`);
		if (args.vault === undefined) throw new UsageError(`${command.name} needs a vault folder: ${PROGRAM} ${command.name} <vault>`);

		// Said first: reading a folder that is not a vault can take a while.
		const notAVault = notAVaultWarning(args.vault);
		if (notAVault !== null) io.stderr(`warning: ${printable(notAVault)}\n`);
		const vault = await loadVault(args.vault, { zone: args.zone, progress: io.progress });
		for (const warning of vault.warnings) io.stderr(`warning: ${printable(warning)}\n`);
		const now = args.now === undefined ? DateTime.now().setZone(vault.zone) : nowAt(args.now, vault.zone);
		return await command.run({ vault, now, json: args.json, strict: args.strict, importFile: args.importFile, importOptions: args.importOptions, out: args.out, io });
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`${PROGRAM}: ${printable(error.message)}\n`);
			return EXIT_USAGE;
		}
		const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
		io.stderr(`${PROGRAM}: unexpected error; please report it with this text:\n${detail}\n`);
		return EXIT_INTERNAL;
	}
}
