import type { DateTime } from "luxon";
import type { ImportOptions } from "../arguments";
import type { LoadedVault } from "../load-vault";
import type { ProgressReport } from "../progress";

/** Where a command writes; the real tool passes process.stdout and process.stderr. */
export interface CliIO {
	stdout(text: string): void;
	stderr(text: string): void;
	/** Progress while a vault is read (the real tool: on stderr after a second); none when absent. */
	readonly progress?: ProgressReport;
}

/** Flags a command may accept beyond the ones every command takes (`--now`, `--zone`, `--json`). */
export type CommandFlag = "strict" | "import" | "out";

export interface CommandContext {
	readonly vault: LoadedVault;
	/** `--now`, or the current time, in the vault's zone. */
	readonly now: DateTime;
	readonly json: boolean;
	readonly strict: boolean;
	/** `import` only: the file after the vault folder, and its options. */
	readonly importFile?: string;
	readonly importOptions: ImportOptions;
	/** `--out FILE`, for the commands that take it. */
	readonly out?: string;
	readonly io: CliIO;
}

/** One `informational-interviews <command>`: a name, a line of help, and what it does. */
export interface Command {
	readonly name: string;
	/** One line for the usage text. */
	readonly summary: string;
	readonly flags: readonly CommandFlag[];
	/** Writes the output and returns the exit code. */
	run(context: CommandContext): number | Promise<number>;
}

/** JSON output: indented for people, stable key order for scripts, one trailing newline. */
export function writeJson(io: CliIO, value: unknown): void {
	io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
