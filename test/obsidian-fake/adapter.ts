import type * as obsidian from "obsidian";
import { asBinary, asText, byteLength, notFound, type Disk } from "./disk";

/** A path Obsidian does not show in the vault: some segment starts with a dot. */
export function isHiddenPath(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

/**
 * The vault's DataAdapter over the in-memory disk. Like the real one it sees every file,
 * `.obsidian` included. A change it makes to a visible path reaches the Vault the way a
 * file-system watcher would (`onExternalChange`), so the vault's events still fire.
 */
export class InMemoryAdapter implements obsidian.DataAdapter {
	/** Set by the Vault: a visible path changed behind its back. */
	onExternalChange: (path: string) => void = () => undefined;

	constructor(private readonly disk: Disk) {}

	getName(): string {
		return "fake-vault";
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		const path = normalizedPath === "/" ? "" : normalizedPath;
		if (this.disk.files.has(path) || this.disk.folders.has(path)) return true;
		if (sensitive === true) return false;
		// Desktop file systems usually ignore case; so does the fake unless asked not to.
		const lower = path.toLowerCase();
		return [...this.disk.files.keys(), ...this.disk.folders].some((key) => key.toLowerCase() === lower);
	}

	async stat(normalizedPath: string): Promise<obsidian.Stat | null> {
		const file = this.disk.files.get(normalizedPath);
		if (file) return { type: "file", ctime: file.ctime, mtime: file.mtime, size: byteLength(file.data) };
		if (this.disk.hasFolder(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	async list(normalizedPath: string): Promise<obsidian.ListedFiles> {
		if (!this.disk.hasFolder(normalizedPath)) throw notFound(normalizedPath);
		return this.disk.list(normalizedPath);
	}

	async read(normalizedPath: string): Promise<string> {
		return asText(this.disk.read(normalizedPath).data);
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		return asBinary(this.disk.read(normalizedPath).data);
	}

	async write(normalizedPath: string, data: string, options?: obsidian.DataWriteOptions): Promise<void> {
		this.disk.write(normalizedPath, data, options);
		this.touched(normalizedPath);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: obsidian.DataWriteOptions): Promise<void> {
		this.disk.write(normalizedPath, data, options);
		this.touched(normalizedPath);
	}

	async append(normalizedPath: string, data: string, options?: obsidian.DataWriteOptions): Promise<void> {
		const before = this.disk.files.get(normalizedPath);
		await this.write(normalizedPath, (before ? asText(before.data) : "") + data, options);
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: obsidian.DataWriteOptions): Promise<void> {
		const before = this.disk.files.get(normalizedPath);
		const head = before ? new Uint8Array(asBinary(before.data)) : new Uint8Array();
		const joined = new Uint8Array(head.byteLength + data.byteLength);
		joined.set(head, 0);
		joined.set(new Uint8Array(data), head.byteLength);
		await this.writeBinary(normalizedPath, joined.buffer, options);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: obsidian.DataWriteOptions): Promise<string> {
		const next = fn(asText(this.disk.read(normalizedPath).data));
		await this.write(normalizedPath, next, options);
		return next;
	}

	getResourcePath(normalizedPath: string): string {
		return `app://fake-vault/${encodeURI(normalizedPath)}`;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		for (const path of this.disk.mkdir(normalizedPath)) this.touched(path);
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		if (!this.disk.files.has(normalizedPath) && !this.disk.folders.has(normalizedPath)) throw notFound(normalizedPath);
		this.disk.remove(normalizedPath);
		this.touched(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		this.disk.mkdir(".trash");
		const target = `.trash/${normalizedPath.slice(normalizedPath.lastIndexOf("/") + 1)}`;
		this.disk.remove(target);
		this.disk.move(normalizedPath, target);
		this.touched(normalizedPath);
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		if (!this.disk.folders.has(normalizedPath)) throw notFound(normalizedPath);
		const { files, folders } = this.disk.list(normalizedPath);
		if (!recursive && files.length + folders.length > 0) throw new Error(`ENOTEMPTY: directory not empty, '${normalizedPath}'`);
		this.disk.remove(normalizedPath);
		this.touched(normalizedPath);
	}

	async remove(normalizedPath: string): Promise<void> {
		if (!this.disk.files.has(normalizedPath)) throw notFound(normalizedPath);
		this.disk.remove(normalizedPath);
		this.touched(normalizedPath);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		this.disk.move(normalizedPath, normalizedNewPath);
		this.touched(normalizedPath);
		this.touched(normalizedNewPath);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		if (this.disk.files.has(normalizedNewPath)) throw new Error(`EEXIST: file already exists, '${normalizedNewPath}'`);
		this.disk.write(normalizedNewPath, this.disk.read(normalizedPath).data);
		this.touched(normalizedNewPath);
	}

	private touched(path: string): void {
		if (path !== "" && !isHiddenPath(path)) this.onExternalChange(path);
	}
}
