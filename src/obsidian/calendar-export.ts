import { debounce, normalizePath, TFile, TFolder, type App } from "obsidian";
import { exportCalendar } from "../domain/calendar/export-calendar";
import { queueEntries } from "../domain/calendar/queue-adapter";
import type { FollowUpService, QueueEvent } from "./follow-up-service";
import type { PluginHost } from "./plugin-host";

/** Edits come in bursts (typing in the properties panel): the file is written once they settle. */
const UPDATE_DELAY_MS = 5_000;
/** The clock alone changes the file rarely (an interview's alarm is dropped once it starts, a snooze ends): looked at hourly. */
const CLOCK_CHECK_MS = 3_600_000;

export type ExportResult = { readonly status: "written" | "unchanged"; readonly path: string };

/** The calendar text for the vault as the plugin sees it now. */
export function calendarText(host: Pick<PluginHost, "app" | "index" | "register" | "settings">, service: FollowUpService): string {
	const nowMs = service.now();
	return exportCalendar({
		index: host.index,
		settings: host.settings,
		zone: service.zone,
		nowMs,
		vaultName: host.app.vault.getName(),
		queue: queueEntries(service.items(nowMs)),
	});
}

async function ensureFolder(app: App, path: string): Promise<void> {
	const slash = path.lastIndexOf("/");
	if (slash <= 0) return;
	const folder = path.slice(0, slash);
	const existing = app.vault.getAbstractFileByPath(folder);
	if (existing instanceof TFolder) return;
	if (existing) throw new Error(`"${folder}" is a file, so the calendar cannot be written inside it.`);
	await app.vault.createFolder(folder);
}

/**
 * Writes `text` to the vault file at `path`, only when it differs from what is there,
 * so that sync tools and calendar apps see no change when nothing changed.
 */
export async function writeIfChanged(app: App, path: string, text: string): Promise<ExportResult> {
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		const current = await app.vault.read(existing);
		if (current === text) return { status: "unchanged", path };
		await app.vault.process(existing, () => text);
		return { status: "written", path };
	}
	if (existing) throw new Error(`"${path}" is a folder; choose another calendar file in the settings.`);
	await ensureFolder(app, path);
	await app.vault.create(path, text);
	return { status: "written", path };
}

/**
 * The calendar file: written on request, and, when the setting says so, again after
 * every change to the queue. One write at a time; later requests wait for it.
 */
export class CalendarExporter {
	private writing: Promise<unknown> = Promise.resolve();
	private lastCheckMs = Number.NEGATIVE_INFINITY;
	private readonly scheduled = debounce(() => void this.update(), UPDATE_DELAY_MS, true);

	constructor(
		private readonly host: Pick<PluginHost, "app" | "index" | "register" | "settings">,
		private readonly service: FollowUpService,
		private readonly onError: (error: unknown) => void,
	) {
		host.register(service.subscribe((event) => this.onQueueEvent(event)));
		host.register(() => this.scheduled.cancel());
	}

	/** The file's vault path, from the setting. */
	get path(): string {
		return normalizePath(this.host.settings.calendar.path);
	}

	/** Writes the file now (when its content changed). */
	exportNow(): Promise<ExportResult> {
		const run = this.writing.then(() => {
			this.lastCheckMs = this.service.now();
			return writeIfChanged(this.host.app, this.path, calendarText(this.host, this.service));
		});
		this.writing = run.catch(() => undefined);
		return run;
	}

	/** Turning the update on, or moving the file, writes it soon. */
	settingsChanged(): void {
		if (this.host.settings.calendar.keepUpToDate) this.scheduled();
	}

	private onQueueEvent(event: QueueEvent): void {
		if (!this.host.settings.calendar.keepUpToDate) return;
		if (event === "clock" && this.service.now() - this.lastCheckMs < CLOCK_CHECK_MS) return;
		this.scheduled();
	}

	private async update(): Promise<void> {
		if (!this.host.settings.calendar.keepUpToDate) return;
		try {
			await this.exportNow();
		} catch (error) {
			this.onError(error);
		}
	}
}
