import { Notice } from "obsidian";
import { AlertService } from "../obsidian/alert-service";
import { CalendarExporter } from "../obsidian/calendar-export";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginHost } from "../obsidian/plugin-host";
import { AlertNotices } from "./alert-notices";
import { openFollowUpQueue } from "./queue-registration";
import { reportFailure, runSafely } from "./safely";

/**
 * The calendar file (the **Export calendar** command and the automatic update) and the
 * alerts, both fed by the follow-up queue's service.
 */
export function registerCalendarAndAlerts(host: PluginHost, service: FollowUpService): { exporter: CalendarExporter; alerts: AlertService } {
	// The automatic update says once that it failed, not after every edit.
	let lastFailure = "";
	const exporter = new CalendarExporter(host, service, (error) => {
		const message = error instanceof Error ? error.message : String(error);
		if (message === lastFailure) return;
		lastFailure = message;
		reportFailure("update the calendar file", error);
	});
	host.addCommand({
		id: "export-calendar",
		name: "Export calendar",
		callback: () =>
			void runSafely("export the calendar", async () => {
				const result = await exporter.exportNow();
				lastFailure = "";
				new Notice(result.status === "written" ? `Calendar written to ${result.path}.` : `${result.path} is already up to date.`);
			}),
	});

	const notices = new AlertNotices(host.app, {
		systemNotifications: () => host.settings.alerts.systemNotifications,
		zone: () => service.zone,
		now: () => service.now(),
		openQueue: () => void runSafely("open the follow-up queue", () => openFollowUpQueue(host.app)),
	});
	const alerts = new AlertService(host, service, notices, () => host.saveData(host.settings));
	host.app.workspace.onLayoutReady(() => alerts.check());
	host.registerEvent(
		host.settingsEvents.on("changed", () => {
			alerts.check();
			exporter.settingsChanged();
		}),
	);
	return { exporter, alerts };
}
