import type { RecordIndex } from "../records/record-index";
import type { Settings } from "../settings";
import { calendarEvents } from "./calendar-events";
import { calendarFile } from "./calendar-file";
import { shownQueue, type QueueEntry } from "./queue-adapter";

/** The name calendar apps show for the subscription. */
export const CALENDAR_NAME = "Informational interviews";

export interface ExportInput {
	readonly index: Pick<RecordIndex, "interviews" | "get" | "records">;
	readonly settings: Pick<Settings, "rules" | "calendar">;
	/** The zone the queue computes in. */
	readonly zone: string;
	readonly nowMs: number;
	readonly vaultName: string;
	/** The shown queue at `nowMs`, when the caller has it already (the plugin's live queue); computed otherwise. */
	readonly queue?: readonly QueueEntry[];
}

/** The calendar file for a vault at an instant: what the command, the CLI and the automatic update all write. */
export function exportCalendar(input: ExportInput): string {
	const { index, settings, zone, nowMs, vaultName } = input;
	const queue = input.queue ?? shownQueue(index, nowMs, settings, zone);
	const events = calendarEvents(index.interviews(), index, queue, { zone, vaultName, nowMs, alarmMinutesBefore: settings.calendar.alarmMinutesBefore });
	return calendarFile(events, { zone, name: CALENDAR_NAME });
}
