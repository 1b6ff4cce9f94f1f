import { FuzzySuggestModal, Notice, Platform, type App, type TFile } from "obsidian";
import type { PluginHost } from "../obsidian/plugin-host";
import { ImportModal } from "./import-modal";
import { runSafely } from "./safely";

const IMPORTABLE = new Set(["csv", "tsv", "txt", "vcf", "vcard"]);

/** On mobile there is no file picker: the file is one already in the vault (shared into it, synced). */
class ImportFileSuggest extends FuzzySuggestModal<TFile> {
	constructor(
		app: App,
		private readonly files: TFile[],
		private readonly chosen: (file: TFile) => void,
	) {
		super(app);
		this.setPlaceholder("Pick a .csv or .vcf file in your vault");
	}

	getItems(): TFile[] {
		return this.files;
	}

	getItemText(file: TFile): string {
		return file.path;
	}

	onChooseItem(file: TFile): void {
		this.chosen(file);
	}
}

function pickFromVault(host: PluginHost): void {
	const files = host.app.vault.getFiles().filter((f) => IMPORTABLE.has(f.extension.toLowerCase()));
	if (files.length === 0) {
		new Notice("There is no .csv or .vcf file in your vault. Share or copy the export into the vault, then try again.");
		return;
	}
	new ImportFileSuggest(host.app, files, (file) => {
		void runSafely("read the file", async () => {
			const bytes = new Uint8Array(await host.app.vault.readBinary(file));
			new ImportModal(host, { name: file.name, bytes }).open();
		});
	}).open();
}

/**
 * The system's file picker. The bytes are read rather than `File.text()`, so that a file
 * saved by old Excel (Windows-1252) or Outlook (UTF-16) is still read correctly.
 */
function pickFromDisk(host: PluginHost): void {
	const input = document.body.createEl("input", { type: "file", cls: "ii-import-input", attr: { accept: ".csv,.tsv,.txt,.vcf,.vcard" } });
	input.addEventListener("change", () => {
		const file = input.files?.[0];
		input.remove();
		if (!file) return;
		void runSafely("read the file", async () => {
			const bytes = new Uint8Array(await file.arrayBuffer());
			new ImportModal(host, { name: file.name, bytes }).open();
		});
	});
	input.addEventListener("cancel", () => input.remove());
	input.click();
}

/** Starts an import: a file picker on desktop, a file in the vault on mobile. The queue's empty state calls this too. */
export function openImport(host: PluginHost): void {
	void runSafely("start the import", () => {
		if (Platform.isMobile) pickFromVault(host);
		else pickFromDisk(host);
	});
}

/** The **Import contacts…** command (no default hotkey). */
export function registerImportCommand(host: PluginHost): void {
	host.addCommand({
		id: "import-contacts",
		name: "Import contacts…",
		callback: () => openImport(host),
	});
}
