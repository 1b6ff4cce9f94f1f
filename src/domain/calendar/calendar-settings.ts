/** How the calendar file is made and kept. */
export interface CalendarSettings {
	/** Vault path of the .ics file. */
	path: string;
	/** Write the file again after every change to the queue (debounced, only when its content changed). */
	keepUpToDate: boolean;
	/** Minutes before an upcoming interview for the calendar's alarm; 0 for none. */
	alarmMinutesBefore: number;
}

export const DEFAULT_CALENDAR_PATH = "Informational interviews.ics";

export function defaultCalendarSettings(): CalendarSettings {
	// A day before: the method's confirmation the day before the appointment.
	return { path: DEFAULT_CALENDAR_PATH, keepUpToDate: false, alarmMinutesBefore: 24 * 60 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A usable .ics path: non-empty, ending in .ics; anything else is the default. */
export function calendarPathOr(value: unknown): string {
	if (typeof value !== "string") return DEFAULT_CALENDAR_PATH;
	const path = value.trim().replace(/^\/+/, "");
	return path !== "" && /\.ics$/i.test(path) ? path : DEFAULT_CALENDAR_PATH;
}

/** Stored calendar settings made complete; bad values fall back to the defaults. */
export function migrateCalendarSettings(stored: unknown): CalendarSettings {
	const result = defaultCalendarSettings();
	if (!isRecord(stored)) return result;
	result.path = calendarPathOr(stored.path);
	if (typeof stored.keepUpToDate === "boolean") result.keepUpToDate = stored.keepUpToDate;
	const minutes = stored.alarmMinutesBefore;
	if (typeof minutes === "number" && Number.isFinite(minutes) && minutes >= 0 && minutes <= 60 * 24 * 365) result.alarmMinutesBefore = Math.round(minutes);
	return result;
}
