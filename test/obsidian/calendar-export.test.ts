// @vitest-environment happy-dom
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exportCalendar } from "../../src/domain/calendar/export-calendar";
import { App, Notice, TFile, unloadPlugin } from "../obsidian-fake";
import { readCalendar } from "../builders/ics";
import { fileAt, manifest, note, runCommand, startPlugin } from "../integration/fixture";

const ZONE = "Europe/Berlin";
const DATA = `.obsidian/plugins/${manifest.id}/data.json`;

function vault(calendar: Record<string, unknown> = {}): Record<string, string> {
	return {
		[DATA]: JSON.stringify({ settingsVersion: 1, timeZone: ZONE, calendar, alerts: { enabled: false } }),
		"Contacts/Ana Ruiz.md": note({ type: "contact", organization: "Northwind" }),
		"Interviews/2026-11-26 Ana Ruiz.md": note({ type: "interview", contact: "[[Ana Ruiz]]", date: "2026-11-26T15:00", location: "Room 4" }),
	};
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(DateTime.fromISO("2026-11-24T12:00", { zone: ZONE }).toJSDate());
	Notice.clear();
});

afterEach(() => {
	vi.useRealTimers();
});

async function settle(app: App, ms = 0): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms);
	await app.settle();
}

describe("Export calendar", () => {
	it("writes the vault's calendar file, the same text as the CLI's, and says so", async () => {
		const app = new App({ files: vault() });
		const plugin = await startPlugin(app);
		expect(runCommand(app, "export-calendar")).toBe(true);
		await settle(app);
		const text = await app.vault.read(fileAt(app, "Informational interviews.ics"));
		expect(text).toBe(exportCalendar({ index: plugin.index, settings: plugin.settings, zone: ZONE, nowMs: Date.now(), vaultName: app.vault.getName() }));
		expect(readCalendar(text).events.map((event) => [event.summary, event.location])).toEqual([["Informational interview with Ana Ruiz (Northwind)", "Room 4"]]);
		expect(Notice.messages()).toContain("Calendar written to Informational interviews.ics.");

		// Nothing changed: the file is not written again.
		const process = vi.spyOn(app.vault, "process");
		runCommand(app, "export-calendar");
		await settle(app);
		expect(process).not.toHaveBeenCalled();
		expect(Notice.messages()).toContain("Informational interviews.ics is already up to date.");
		unloadPlugin(plugin);
	});

	it("writes into the folder the setting names, creating it", async () => {
		const app = new App({ files: vault({ path: "Calendars/Career.ics" }) });
		const plugin = await startPlugin(app);
		runCommand(app, "export-calendar");
		await settle(app);
		expect(app.vault.getFileByPath("Calendars/Career.ics")).not.toBeNull();
		unloadPlugin(plugin);
	});

	it("keeps the file up to date after a change to the notes, once the edits settle, and only when it changed", async () => {
		const app = new App({ files: vault({ keepUpToDate: true }) });
		const plugin = await startPlugin(app);
		await settle(app, 6_000);
		const path = "Informational interviews.ics";
		expect(await app.vault.read(fileAt(app, path))).toContain("LOCATION:Room 4\r\n");

		const process = vi.spyOn(app.vault, "process");
		const interview = fileAt(app, "Interviews/2026-11-26 Ana Ruiz.md");
		await app.fileManager.processFrontMatter(interview, (fm) => {
			fm.location = "Room 5";
		});
		await settle(app, 1_000);
		await app.fileManager.processFrontMatter(interview, (fm) => {
			fm.location = "Room 6";
		});
		await settle(app, 6_000);
		expect(process.mock.calls.filter(([file]) => file instanceof TFile && file.path === path)).toHaveLength(1);
		expect(await app.vault.read(fileAt(app, path))).toContain("LOCATION:Room 6\r\n");

		// An edit the calendar does not show leaves the file alone.
		await app.fileManager.processFrontMatter(interview, (fm) => {
			fm.prepared = true;
		});
		await settle(app, 6_000);
		expect(process.mock.calls.filter(([file]) => file instanceof TFile && file.path === path)).toHaveLength(1);

		unloadPlugin(plugin);
		expect(vi.getTimerCount()).toBe(0);
	});
});
