import type * as obsidian from "obsidian";
import { TFile, type TAbstractFile, type TFolder } from "./files";
import { getLinkpath, parseLinktext } from "./links";
import type { MetadataCache } from "./metadata-cache";
import { parentOf } from "./paths";
import type { Vault } from "./vault";
import { readFrontmatter, stringifyYaml } from "./yaml";

/** A link in some note that resolves to a file about to be renamed. */
interface Inbound {
	readonly source: TFile;
	readonly original: string;
	readonly link: string;
	readonly displayText: string | undefined;
}

/**
 * Obsidian's FileManager. `renameFile` updates links to the renamed file in every other
 * note, as Obsidian does when "Automatically update internal links" is on (the fake's
 * default; set `updateLinksOnRename = false` to test the other case).
 */
export class FileManager {
	updateLinksOnRename = true;

	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}

	getNewFileParent(sourcePath: string): TFolder {
		return this.vault.getFolderByPath(parentOf(sourcePath) || "/") ?? this.vault.getRoot();
	}

	async renameFile(file: obsidian.TAbstractFile, newPath: string): Promise<void> {
		const inbound = this.updateLinksOnRename && file instanceof TFile ? this.linksTo(file) : [];
		await this.vault.rename(file, newPath);
		if (!(file instanceof TFile)) return;
		const bySource = new Map<TFile, Inbound[]>();
		for (const link of inbound) bySource.set(link.source, [...(bySource.get(link.source) ?? []), link]);
		for (const [source, links] of bySource) {
			await this.vault.process(source, (text) => {
				let result = text;
				for (const link of links) result = result.split(link.original).join(this.rewrite(link, file, source.path));
				return result;
			});
		}
	}

	async promptForDeletion(file: obsidian.TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	/**
	 * Obsidian honours the user's deletion setting; the fake moves the file to the system
	 * trash through the adapter, and the vault reports a `delete` as for any removal.
	 */
	async trashFile(file: obsidian.TAbstractFile): Promise<void> {
		if (this.vault.getAbstractFileByPath(file.path) !== file) throw new Error(`Not a file of this vault: '${file.path}'`);
		await this.vault.adapter.trashSystem(file.path);
	}

	generateMarkdownLink(file: obsidian.TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/**
	 * Obsidian's processFrontMatter: parses the note's properties, lets `fn` change the
	 * object, and writes back only the properties block; everything after the closing
	 * `---` stays byte for byte. A note without a block gets one. Invalid YAML throws and
	 * leaves the note as it was. When `fn` leaves no properties, the block is removed
	 * (the fake's choice: an empty `---` pair carries nothing).
	 */
	async processFrontMatter(file: obsidian.TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: obsidian.DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(text) => {
				const parsed = readFrontmatter(text);
				if (!parsed.ok) throw parsed.error;
				const frontmatter: Record<string, unknown> = parsed.data ?? {};
				fn(frontmatter);
				const body = parsed.info.exists ? text.slice(parsed.info.contentStart) : text;
				if (Object.keys(frontmatter).length === 0) return parsed.info.exists ? body : text;
				return `---\n${stringifyYaml(frontmatter)}---\n${body}`;
			},
			options,
		);
	}

	async getAvailablePathForAttachment(filename: string): Promise<string> {
		const dot = filename.lastIndexOf(".");
		const [stem, ext] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ""];
		let candidate = filename;
		for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) candidate = `${stem} ${n}${ext}`;
		return candidate;
	}

	/** Every link (body, embeds, properties) that resolves to `target` right now. */
	private linksTo(target: TAbstractFile): Inbound[] {
		const result: Inbound[] = [];
		for (const source of this.vault.getMarkdownFiles()) {
			const cache = this.metadataCache.getFileCache(source);
			if (!cache) continue;
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
				if (this.metadataCache.getFirstLinkpathDest(getLinkpath(ref.link), source.path) !== target) continue;
				result.push({ source, original: ref.original, link: ref.link, displayText: ref.displayText });
			}
		}
		return result;
	}

	/** The same link, pointing at the file's new name, keeping its heading and alias. */
	private rewrite(link: Inbound, file: TFile, sourcePath: string): string {
		const { subpath } = parseLinktext(link.link);
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
		if (link.original.startsWith("[[") || link.original.startsWith("![[")) {
			const embed = link.original.startsWith("!") ? "!" : "";
			const pipe = link.original.indexOf("|");
			const alias = pipe >= 0 ? link.original.slice(pipe, -2) : "";
			return `${embed}[[${linktext}${subpath}${alias}]]`;
		}
		const embed = link.original.startsWith("!") ? "!" : "";
		const target = file.extension === "md" ? `${this.metadataCache.fileToLinktext(file, sourcePath, false)}` : linktext;
		return `${embed}[${link.displayText ?? ""}](${encodeURI(target)}${subpath})`;
	}
}
