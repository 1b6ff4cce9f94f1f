import { parentOf } from "./paths";

/** One stored file: text or bytes, with the times Obsidian reports in `stat`. */
export interface DiskFile {
	data: string | ArrayBuffer;
	ctime: number;
	mtime: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function byteLength(data: string | ArrayBuffer): number {
	return typeof data === "string" ? encoder.encode(data).byteLength : data.byteLength;
}

export function asText(data: string | ArrayBuffer): string {
	return typeof data === "string" ? data : decoder.decode(data);
}

export function asBinary(data: string | ArrayBuffer): ArrayBuffer {
	if (typeof data !== "string") return data;
	const bytes = encoder.encode(data);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** The error Node's fs gives, which is what Obsidian's desktop adapter passes on. */
export function notFound(path: string): Error {
	return new Error(`ENOENT: no such file or directory, '${path}'`);
}

/**
 * The "disk" under a fake vault: every file and folder by path, dot folders included.
 * The Vault and the DataAdapter both sit on it; the root folder is "".
 */
export class Disk {
	readonly files = new Map<string, DiskFile>();
	readonly folders = new Set<string>([""]);

	/** Injected clock, so that tests with fake timers get matching `stat` times. */
	now: () => number = () => Date.now();

	hasFolder(path: string): boolean {
		return this.folders.has(path === "/" ? "" : path);
	}

	/** Writes a file; its folder must exist, as on a real disk. */
	write(path: string, data: string | ArrayBuffer, times: { ctime?: number; mtime?: number } = {}): DiskFile {
		if (!this.hasFolder(parentOf(path))) throw notFound(path);
		if (this.folders.has(path)) throw new Error(`EISDIR: illegal operation on a directory, '${path}'`);
		const now = this.now();
		const previous = this.files.get(path);
		const file: DiskFile = { data, ctime: times.ctime ?? previous?.ctime ?? now, mtime: times.mtime ?? now };
		this.files.set(path, file);
		return file;
	}

	read(path: string): DiskFile {
		const file = this.files.get(path);
		if (!file) throw notFound(path);
		return file;
	}

	/** Creates a folder and any missing parents (like `mkdir -p`). */
	mkdir(path: string): string[] {
		const created: string[] = [];
		if (path === "" || path === "/") return created;
		if (this.files.has(path)) throw new Error(`EEXIST: file already exists, '${path}'`);
		if (!this.folders.has(path)) {
			created.push(...this.mkdir(parentOf(path)));
			this.folders.add(path);
			created.push(path);
		}
		return created;
	}

	/** Every path (files and folders) at or below `path`. */
	below(path: string): string[] {
		const prefix = path === "" ? "" : `${path}/`;
		const result: string[] = [];
		for (const key of [...this.folders, ...this.files.keys()]) if (key !== "" && (key === path || key.startsWith(prefix))) result.push(key);
		return result;
	}

	/** Moves a file or a folder with everything in it. */
	move(from: string, to: string): void {
		if (!this.files.has(from) && !this.folders.has(from)) throw notFound(from);
		if (this.files.has(to) || this.folders.has(to)) throw new Error(`EEXIST: file already exists, '${to}'`);
		if (!this.hasFolder(parentOf(to))) throw notFound(to);
		for (const path of this.below(from).sort()) {
			const target = to + path.slice(from.length);
			const file = this.files.get(path);
			if (file) {
				this.files.delete(path);
				this.files.set(target, file);
			} else {
				this.folders.delete(path);
				this.folders.add(target);
			}
		}
	}

	/** Removes a file, or a folder with everything in it. */
	remove(path: string): void {
		for (const key of this.below(path)) {
			this.files.delete(key);
			this.folders.delete(key);
		}
	}

	/** Direct children of a folder, as full paths. */
	list(path: string): { files: string[]; folders: string[] } {
		const folder = path === "/" ? "" : path;
		const isChild = (key: string): boolean => key !== "" && key !== folder && parentOf(key) === folder;
		return { files: [...this.files.keys()].filter(isChild).sort(), folders: [...this.folders].filter(isChild).sort() };
	}
}
