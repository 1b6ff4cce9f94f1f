import type * as obsidian from "obsidian";
import { joinPath, nameOf, splitName } from "./paths";

/**
 * Files and folders as Obsidian models them. The objects are identities: a rename
 * changes `path` on the same object, so a plugin holding a TFile sees the new path.
 * `vault` is typed as Obsidian's Vault because code under test reads it as one; at run
 * time it is the fake Vault.
 */
export abstract class TAbstractFile implements obsidian.TAbstractFile {
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(
		public vault: obsidian.Vault,
		path: string,
	) {
		this.path = path;
		this.name = path === "/" ? "" : nameOf(path);
	}

	/** Called by the vault when the file moves; keeps the derived names in step. */
	setPath(path: string): void {
		this.path = path;
		this.name = nameOf(path);
	}
}

export class TFile extends TAbstractFile implements obsidian.TFile {
	stat: obsidian.FileStats;
	basename: string;
	extension: string;

	constructor(vault: obsidian.Vault, path: string, stat: obsidian.FileStats) {
		super(vault, path);
		this.stat = stat;
		({ basename: this.basename, extension: this.extension } = splitName(this.name));
	}

	override setPath(path: string): void {
		super.setPath(path);
		({ basename: this.basename, extension: this.extension } = splitName(this.name));
	}
}

export class TFolder extends TAbstractFile implements obsidian.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}

	/** The path a child named `name` has in this folder. */
	childPath(name: string): string {
		return joinPath(this.path, name);
	}
}
