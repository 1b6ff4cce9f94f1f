import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { resolve, sep } from "node:path";
import { errorCode, UsageError } from "./errors";
import { noProgress, type ProgressReport } from "./progress";

/**
 * Folders that hold tooling, not notes: a vault kept in a code project, or a project
 * folder given by mistake. Dot folders (.git, .trash, .obsidian) are skipped anyway.
 */
const NOT_NOTES = new Set(["node_modules"]);

/**
 * The most files and folders a walk visits. The largest vaults the plugin is for hold
 * 20,000 notes and their attachments, ten times fewer entries than this; a folder with
 * more (a home folder, `/`) is not a vault, and reading it would take minutes and gigabytes to say nothing useful.
 */
export const MAX_ENTRIES = 200_000;

export interface ListOptions {
	/** Called as the walk goes, for progress on stderr. */
	readonly progress?: ProgressReport;
	/** Overrides MAX_ENTRIES (tests). */
	readonly maxEntries?: number;
}

/** A file of the vault: its vault path (with `/`, for links and output) and where it is on disk. */
export interface VaultFile {
	readonly path: string;
	readonly absolute: string;
}

export interface VaultListing {
	/** Every file, sorted by vault path. */
	readonly files: VaultFile[];
	/** Folders and links that were skipped, said for a person. */
	readonly warnings: string[];
}

/** `dir/name`; plain concatenation because path.join's normalising is a measurable share of a 30,000-file walk. */
function childOf(dir: string, name: string): string {
	return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

function byName(a: Dirent, b: Dirent): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

class Walk {
	readonly files: VaultFile[] = [];
	readonly warnings: string[] = [];
	/** `node_modules` folders left out. */
	skipped = 0;
	private entries = 0;

	constructor(
		private readonly root: string,
		private readonly rootReal: string,
		private readonly options: ListOptions,
	) {}

	/** Counts one entry; past the limit the walk ends with a message rather than running on. */
	private visit(): void {
		this.entries++;
		const limit = this.options.maxEntries ?? MAX_ENTRIES;
		if (this.entries > limit) {
			throw new UsageError(`${this.root} holds more than ${limit.toLocaleString("en")} files and folders: too many for an Obsidian vault; give the vault's own folder`);
		}
		this.options.progress?.(() => `reading ${this.root}: ${this.entries.toLocaleString("en")} files and folders so far…`);
	}

	/** True when `real` is the vault folder or inside it. */
	private inside(real: string): boolean {
		return real === this.rootReal || real.startsWith(childOf(this.rootReal, ""));
	}

	/**
	 * Lists one folder. `real` is its resolved location and `ancestors` those of the
	 * folders above it, so that a link back up the tree is not walked forever.
	 */
	folder(absolute: string, real: string, vaultPath: string, ancestors: ReadonlySet<string>): void {
		let entries: Dirent[];
		try {
			entries = readdirSync(absolute, { withFileTypes: true });
		} catch (error) {
			if (vaultPath === "") throw error;
			this.warnings.push(`skipped the folder ${vaultPath}: it could not be read (${errorCode(error)})`);
			return;
		}
		entries.sort(byName);
		const below = new Set(ancestors).add(real);
		for (const entry of entries) {
			// Dot folders and files are Obsidian's own (.obsidian, .trash) or hidden on purpose.
			if (entry.name.startsWith(".")) continue;
			if (NOT_NOTES.has(entry.name) && entry.isDirectory()) {
				this.skipped++;
				continue;
			}
			this.visit();
			const childAbsolute = childOf(absolute, entry.name);
			const childPath = vaultPath === "" ? entry.name : `${vaultPath}/${entry.name}`;
			if (entry.isDirectory()) this.folder(childAbsolute, childOf(real, entry.name), childPath, below);
			else if (entry.isFile()) this.files.push({ path: childPath, absolute: childAbsolute });
			else if (entry.isSymbolicLink()) this.link(childAbsolute, childPath, below);
			// Sockets, pipes and devices are not notes; reading a pipe would wait forever.
		}
	}

	/** Follows a symbolic link only when it points inside the vault. */
	private link(absolute: string, vaultPath: string, ancestors: ReadonlySet<string>): void {
		let real: string;
		try {
			real = realpathSync(absolute);
		} catch {
			this.warnings.push(`skipped ${vaultPath}: a symbolic link to nothing`);
			return;
		}
		if (!this.inside(real)) {
			this.warnings.push(`skipped ${vaultPath}: a symbolic link to outside the vault`);
			return;
		}
		try {
			const target = statSync(real);
			if (target.isDirectory()) {
				if (ancestors.has(real)) this.warnings.push(`skipped ${vaultPath}: a symbolic link to a folder that contains it`);
				else this.folder(absolute, real, vaultPath, ancestors);
			} else if (target.isFile()) {
				this.files.push({ path: vaultPath, absolute });
			}
		} catch (error) {
			this.warnings.push(`skipped ${vaultPath}: it could not be read (${errorCode(error)})`);
		}
	}
}

/**
 * Every file of the vault at `root`, the way Obsidian lists them: dot folders and dot
 * files left out, symbolic links followed only inside the vault; `node_modules` folders
 * left out too. Reads directories only; writes nothing. Throws when `root` itself cannot
 * be listed, and a UsageError when it holds more than MAX_ENTRIES files and folders.
 */
export function listVaultFiles(root: string, options: ListOptions = {}): VaultListing {
	const absolute = resolve(root);
	const rootReal = realpathSync(absolute);
	const walk = new Walk(root, rootReal, { progress: noProgress, ...options });
	walk.folder(absolute, rootReal, "", new Set());
	walk.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	if (walk.skipped > 0) walk.warnings.push(`skipped ${walk.skipped === 1 ? "a node_modules folder" : `${walk.skipped} node_modules folders`}: they hold code, not notes`);
	return { files: walk.files, warnings: walk.warnings };
}
