import { statSync } from "node:fs";
import { join } from "node:path";
import { zoneFor } from "../domain/records/dates";
import type { Problem } from "../domain/records/problems";
import { RecordIndex, type Scheduler } from "../domain/records/record-index";
import type { ParseOptions } from "../domain/records/records";
import type { Settings } from "../domain/settings";
import { VaultPaths } from "../domain/records/vault-paths";
import { errorCode, UsageError } from "./errors";
import { compareProblems } from "./format/problems";
import type { ProgressReport } from "./progress";
import { readVault, type VaultContents } from "./vault-reader";
import { readVaultSettings } from "./vault-settings";

export interface LoadOptions {
	/** `--zone`: overrides the zone in the plugin settings when given. */
	readonly zone?: string;
	/** Progress while reading, for stderr. */
	readonly progress?: ProgressReport;
}

/** A vault read once from disk, for one command to query. */
export interface LoadedVault {
	/** The folder as given on the command line. */
	readonly root: string;
	readonly settings: Settings;
	/** The IANA zone dates are read in. */
	readonly zone: string;
	readonly paths: VaultPaths;
	readonly index: RecordIndex;
	/** Notes whose properties could not be read at all; the records' own problems are in `index`. */
	readonly readProblems: readonly Problem[];
	/** Things a person should know that are not about a note: skipped folders, broken settings. */
	readonly warnings: readonly string[];
}

/** Nobody listens to a one-shot index, so there is never a batch to deliver. */
const noScheduler: Scheduler = () => () => undefined;

function checkFolder(root: string): void {
	let isFolder: boolean;
	try {
		isFolder = statSync(root).isDirectory();
	} catch (error) {
		const code = errorCode(error);
		throw new UsageError(code === "ENOENT" ? `no folder at ${root}` : `cannot open the vault folder ${root} (${code})`);
	}
	if (!isFolder) throw new UsageError(`${root} is a file; give the vault's folder`);
}

/**
 * A folder without `.obsidian` was never opened as a vault: likely the wrong folder (a
 * home folder, `/`). The caller says so before the read, which may be long.
 */
export function notAVaultWarning(root: string): string | null {
	const isFolder = (path: string): boolean => {
		try {
			return statSync(path).isDirectory();
		} catch {
			return false;
		}
	};
	// A missing vault folder is an error of its own (loadVault's).
	if (!isFolder(root) || isFolder(join(root, ".obsidian"))) return null;
	return `${root} has no .obsidian folder, so it is not an Obsidian vault (or not opened as one yet); reading it anyway`;
}

/**
 * Reads a vault folder into the same index the plugin keeps, with the vault's own
 * plugin settings. Every command starts here.
 */
export async function loadVault(root: string, options: LoadOptions = {}): Promise<LoadedVault> {
	checkFolder(root);
	const { settings, warnings: settingsWarnings } = readVaultSettings(root);
	let contents: VaultContents;
	try {
		contents = await readVault(root, { progress: options.progress });
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`cannot read the vault folder ${root} (${errorCode(error)})`);
	}
	const { zone, warning: zoneWarning } = zoneFor(options.zone ?? settings.timeZone);
	const paths = new VaultPaths(contents.files);
	const parseOptions: ParseOptions = {
		typeKey: settings.typeKey,
		zone,
		defaultDuration: settings.defaultDurationMinutes,
		resolve: (linkpath, sourcePath) => paths.resolve(linkpath, sourcePath),
	};
	const index = new RecordIndex(parseOptions, noScheduler);
	for (const note of contents.notes) index.set(note.path, note.frontmatter);
	return {
		root,
		settings,
		zone,
		paths,
		index,
		readProblems: contents.problems,
		warnings: [...settingsWarnings, ...(zoneWarning === null ? [] : [zoneWarning]), ...contents.warnings],
	};
}

/** Every problem in the vault, read and record problems together, sorted by path, then field. */
export function vaultProblems(vault: LoadedVault): Problem[] {
	return [...vault.readProblems, ...vault.index.problems()].sort(compareProblems);
}
