import { DateTime } from "luxon";
import { Modal, Notice, Setting } from "obsidian";
import { IMPORT_FIELDS, type ColumnMapping } from "../domain/import/column-mapping";
import { fillSkeletonFor, importedNoteText } from "../domain/import/import-note";
import { importSummary, planImport, SKIP_REASON_LABELS, type ImportPlan, type PlannedContact, type SkippedPerson } from "../domain/import/import-plan";
import type { ImportFormat, ImportProblem } from "../domain/import/import-types";
import { readImportFile, sourceFromTable, type ImportSource } from "../domain/import/read-import";
import { resolveZone } from "../domain/records/dates";
import { cleanFolder } from "../domain/templates/file-names";
import { createPlannedNotes, namesInVaultFolder } from "../obsidian/import-writer";
import type { PluginContext } from "../obsidian/plugin-host";
import { loadNoteSkeleton } from "../obsidian/template-store";
import { runSafely } from "./safely";
import { reportTemplateProblems } from "./template-problems";

/** A file the user picked: its name (for the format and messages) and its bytes. */
export interface ImportFile {
	readonly name: string;
	readonly bytes: Uint8Array;
}

const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = { linkedin: "LinkedIn connections", vcard: "vCard (.vcf)", csv: "CSV with a header row" };
const NO_COLUMN = "-1";

/**
 * The import dialog: format, batch values and the column mapping on top, then a preview
 * of who will be created (each can be unticked) and who is skipped and why. One click
 * creates the notes; nothing is written before it.
 */
export class ImportModal extends Modal {
	private source: ImportSource;
	private plan: ImportPlan = { create: [], skipped: [], problems: [] };
	private metVia = "";
	private field = "";
	/** Lines of the people the user unticked; lines are stable while the mapping changes. */
	private readonly unticked = new Set<number>();
	private mappingEl: HTMLElement | undefined;
	private previewEl: HTMLElement | undefined;
	private createButton: HTMLButtonElement | undefined;
	private busy = false;

	constructor(
		private readonly host: PluginContext,
		private readonly file: ImportFile,
	) {
		super(host.app);
		this.source = readImportFile(file.bytes, file.name);
	}

	override onOpen(): void {
		this.setTitle("Import contacts");
		const { contentEl } = this;
		contentEl.addClass("ii-import");
		contentEl.createEl("p", { cls: "ii-import-file", text: `From ${this.file.name}. Nothing is written until you select Create.` });
		new Setting(contentEl).setName("Format").addDropdown((dropdown) => {
			for (const [format, label] of Object.entries(FORMAT_LABELS)) dropdown.addOption(format, label);
			dropdown.setValue(this.source.format).onChange((value) => this.reread(value as ImportFormat));
		});
		new Setting(contentEl)
			.setName("How you met them")
			.setDesc("Written as met_via on every new contact whose row does not say.")
			.addText((text) => text.setPlaceholder("Alumni directory, a friend…").onChange((value) => this.changeBatch(() => (this.metVia = value))));
		new Setting(contentEl)
			.setName("Career field")
			.setDesc("Written as field on every new contact whose row does not say.")
			.addText((text) => text.onChange((value) => this.changeBatch(() => (this.field = value))));
		this.mappingEl = contentEl.createDiv({ cls: "ii-import-mapping" });
		this.previewEl = contentEl.createDiv({ cls: "ii-import-preview" });
		new Setting(contentEl)
			.addButton((button) => {
				this.createButton = button.buttonEl;
				button.setCta().onClick(() => this.create());
			})
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()));
		this.refresh();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The people who will be created: planned and not unticked. */
	selected(): PlannedContact[] {
		return this.plan.create.filter((c) => !this.unticked.has(c.line));
	}

	private reread(format: ImportFormat): void {
		this.source = readImportFile(this.file.bytes, this.file.name, { format });
		this.refresh();
	}

	private remap(mapping: ColumnMapping): void {
		const { table } = this.source;
		if (!table) return;
		this.source = sourceFromTable(this.source.format, table, mapping);
		this.replan();
		this.renderPreview();
	}

	/** met_via and field change what is written, not who: the preview stays as it is. */
	private changeBatch(set: () => void): void {
		set();
		this.replan();
	}

	private refresh(): void {
		this.replan();
		this.renderMapping();
		this.renderPreview();
	}

	private replan(): void {
		const { settings, index } = this.host;
		const folder = cleanFolder(settings.contactsFolder);
		this.plan = planImport(this.source.people, this.source.problems, {
			format: this.source.format,
			folder,
			metVia: this.metVia,
			field: this.field,
			known: index.contacts().map((c) => ({ path: c.path, name: c.name, email: c.email, linkedin: c.linkedin })),
			takenNames: namesInVaultFolder(this.app, folder),
		});
		this.updateButton();
	}

	private updateButton(): void {
		if (!this.createButton) return;
		const count = this.selected().length;
		this.createButton.setText(count === 1 ? "Create 1 contact" : `Create ${count.toLocaleString()} contacts`);
		this.createButton.disabled = count === 0 || this.busy;
	}

	private renderMapping(): void {
		const el = this.mappingEl;
		if (!el) return;
		el.empty();
		const { table, mapping } = this.source;
		if (!table || !mapping || table.header.length === 0) return;
		// LinkedIn's columns are always the same: the mapping is there, folded, for a changed export.
		const details = el.createEl("details", { cls: "ii-import-columns" });
		details.open = this.source.format === "csv" || this.source.fatal !== undefined;
		const matched = IMPORT_FIELDS.filter(({ field }) => mapping[field] !== null).length;
		details.createEl("summary", { text: `Columns: ${matched} of ${table.header.length} matched. Fix any that were guessed wrong.` });
		const first = table.rows[0]?.cells ?? [];
		for (const { field, label } of IMPORT_FIELDS) {
			new Setting(details).setName(label).addDropdown((dropdown) => {
				dropdown.addOption(NO_COLUMN, "None");
				table.header.forEach((header, i) => {
					const sample = (first[i] ?? "").trim();
					dropdown.addOption(String(i), sample === "" ? header : `${header} (${sample.length > 24 ? `${sample.slice(0, 24)}…` : sample})`);
				});
				dropdown.setValue(String(mapping[field] ?? NO_COLUMN)).onChange((value) => {
					const current = this.source.mapping ?? mapping;
					this.remap({ ...current, [field]: value === NO_COLUMN ? null : Number(value) });
				});
			});
		}
	}

	private renderPreview(): void {
		const el = this.previewEl;
		if (!el) return;
		el.empty();
		if (this.source.fatal !== undefined) {
			el.createDiv({ cls: "ii-import-fatal", text: this.source.fatal, attr: { role: "alert" } });
			return;
		}
		const { create, skipped, problems } = this.plan;
		el.createEl("h3", { text: create.length === 1 ? "1 new contact" : `${create.length.toLocaleString()} new contacts` });
		const list = el.createEl("ul", { cls: "ii-import-list" });
		for (const planned of create) this.renderPlanned(list, planned);
		if (skipped.length > 0) {
			el.createEl("h3", { text: `Skipped (${skipped.length.toLocaleString()})` });
			renderSkipped(el.createEl("ul", { cls: "ii-import-skipped" }), skipped);
		}
		renderProblems(el, problems);
	}

	private renderPlanned(list: HTMLElement, planned: PlannedContact): void {
		const item = list.createEl("li", { cls: "ii-import-person" });
		const label = item.createEl("label");
		const box = label.createEl("input", { type: "checkbox" });
		box.checked = !this.unticked.has(planned.line);
		box.addEventListener("change", () => {
			if (box.checked) this.unticked.delete(planned.line);
			else this.unticked.add(planned.line);
			this.updateButton();
		});
		label.createEl("bdi", { cls: "ii-import-name", text: planned.contact.name });
		const about = [planned.contact.role, planned.contact.organization].filter(Boolean).join(", ");
		if (about !== "") label.createSpan({ cls: "ii-import-about", text: ` · ${about}` });
		item.createDiv({ cls: "ii-import-path", text: planned.path });
	}

	private create(): Promise<void> {
		if (this.busy) return Promise.resolve();
		const chosen = this.selected();
		if (chosen.length === 0) return Promise.resolve();
		this.busy = true;
		this.updateButton();
		return runSafely("import the contacts", async () => {
			try {
				await this.write(chosen);
			} finally {
				this.busy = false;
			}
		});
	}

	private async write(chosen: PlannedContact[]): Promise<void> {
		const { settings } = this.host;
		const { skeleton, problems: templateProblems } = await loadNoteSkeleton(this.app, settings.templatesFolder, "contact");
		reportTemplateProblems(templateProblems);
		const base = { me: { name: settings.myName, email: settings.myEmail, signature: settings.signature }, today: DateTime.now().setZone(resolveZone(settings.timeZone)) };
		const progress = this.showProgress(chosen.length);
		const outcome = await createPlannedNotes(
			this.app,
			cleanFolder(settings.contactsFolder),
			chosen,
			(planned) => importedNoteText(planned, settings.typeKey, skeleton ? fillSkeletonFor(skeleton, planned, base) : undefined),
			progress,
		);
		const unticked: SkippedPerson[] = this.plan.create
			.filter((c) => this.unticked.has(c.line))
			.map((c) => ({ line: c.line, name: c.contact.name, reason: "unticked", message: "unticked in the preview" }));
		const skipped = [...this.plan.skipped, ...unticked];
		const summary = importSummary(outcome.created.length, skipped);
		new Notice(summary, 10_000);
		this.showReport(summary, skipped, [...this.plan.problems, ...outcome.problems]);
	}

	/** Replaces the form with a progress bar; returns the function that moves it. */
	private showProgress(total: number): (done: number) => void {
		const { contentEl } = this;
		contentEl.empty();
		const label = contentEl.createDiv({ cls: "ii-import-progress-label", attr: { "aria-live": "polite" } });
		const bar = contentEl.createEl("progress", { cls: "ii-import-progress", attr: { max: String(total), value: "0" } });
		return (done) => {
			bar.value = done;
			label.setText(`Creating ${done.toLocaleString()} of ${total.toLocaleString()} contacts…`);
		};
	}

	/** What happened, with every skipped person and problem, until the user closes it. */
	private showReport(summary: string, skipped: readonly SkippedPerson[], problems: readonly ImportProblem[]): void {
		const { contentEl } = this;
		contentEl.empty();
		contentEl.createEl("p", { cls: "ii-import-summary", text: `${summary}.` });
		if (skipped.length > 0) {
			contentEl.createEl("h3", { text: "Skipped" });
			renderSkipped(contentEl.createEl("ul", { cls: "ii-import-skipped" }), skipped);
		}
		renderProblems(contentEl, problems);
		new Setting(contentEl).addButton((button) => button.setButtonText("Close").setCta().onClick(() => this.close()));
	}
}

function renderSkipped(list: HTMLElement, skipped: readonly SkippedPerson[]): void {
	for (const person of skipped) {
		const item = list.createEl("li");
		if (person.name === "") item.appendText(`Line ${person.line}`);
		else item.createEl("bdi", { text: person.name });
		const detail = person.reason === "no-name" || person.reason === "unticked" ? "" : ` (${person.message})`;
		item.appendText(`: ${SKIP_REASON_LABELS[person.reason]}${detail}`);
	}
}

function renderProblems(el: HTMLElement, problems: readonly ImportProblem[]): void {
	if (problems.length === 0) return;
	el.createEl("h3", { text: "Problems in the file" });
	const list = el.createEl("ul", { cls: "ii-import-problems" });
	for (const problem of problems) list.createEl("li", { text: `Line ${problem.line}: ${problem.message}` });
}
