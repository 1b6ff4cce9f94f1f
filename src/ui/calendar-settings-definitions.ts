import type { SettingDefinitionControl, SettingDefinitionGroup } from "obsidian";
import { clockMinutes, type AlertKinds } from "../domain/alerts/alert-settings";
import { calendarPathOr } from "../domain/calendar/calendar-settings";
import type { Settings } from "../domain/settings";

type KindKey = `alerts.kinds.${keyof AlertKinds}`;
type ToggleKey = "calendar.keepUpToDate" | "alerts.enabled" | "alerts.systemNotifications" | KindKey;
type NumberKey = "calendar.alarmMinutesBefore" | "alerts.minutesBeforeInterview";
type TextKey = "calendar.path" | "alerts.quietStart" | "alerts.quietEnd";
export type CalendarSettingKey = ToggleKey | NumberKey | TextKey;

const NUMBER_LIMITS: Readonly<Record<NumberKey, number>> = {
	"calendar.alarmMinutesBefore": 60 * 24 * 365,
	"alerts.minutesBeforeInterview": 24 * 60,
};

function minutesIn(max: number): (value: number) => string | void {
	return (value) => {
		if (!Number.isInteger(value) || value < 0 || value > max) return `Enter a whole number of minutes from 0 to ${max}.`;
	};
}

const CLOCK_TIME = (value: string): string | void => {
	if (clockMinutes(value) === null) return "Enter a time such as 22:00.";
};

const ICS_PATH = (value: string): string | void => {
	if (!/\.ics$/i.test(value.trim())) return "The file name must end in .ics.";
};

function toggle(key: ToggleKey, name: string, desc: string): SettingDefinitionControl<CalendarSettingKey> {
	return { name, desc, control: { type: "toggle", key } };
}

/** The calendar and alert settings, in the shape of the tab's other definitions. */
export function calendarSettingGroups(): SettingDefinitionGroup<CalendarSettingKey>[] {
	return [
		{
			type: "group",
			heading: "Calendar",
			items: [
				{ name: "Calendar file", desc: "Where Export calendar writes the .ics file in this vault.", control: { type: "text", key: "calendar.path", validate: ICS_PATH } },
				toggle("calendar.keepUpToDate", "Keep the calendar file up to date", "Write the file again whenever your follow-ups change (only when its content changed)."),
				{
					name: "Interview reminder in the calendar (minutes before)",
					desc: "An alarm before each upcoming interview; 1440 is a day, the day-before confirmation. 0 for none.",
					control: { type: "number", key: "calendar.alarmMinutesBefore", min: 0, validate: minutesIn(NUMBER_LIMITS["calendar.alarmMinutesBefore"]) },
				},
			],
		},
		{
			type: "group",
			heading: "Alerts",
			items: [
				toggle("alerts.enabled", "Alerts", "While Obsidian is open, show a notice when something falls due."),
				toggle("alerts.kinds.interviews", "Interviews about to start", "A notice shortly before each interview."),
				{
					name: "Minutes before an interview",
					desc: "When the interview alert appears.",
					control: { type: "number", key: "alerts.minutesBeforeInterview", min: 0, validate: minutesIn(NUMBER_LIMITS["alerts.minutesBeforeInterview"]) },
				},
				toggle("alerts.kinds.thankYou", "Thank-you notes", "A notice when the time for a thank-you is almost up."),
				toggle("alerts.kinds.confirm", "Confirmations", "A notice on the day an interview should be confirmed."),
				toggle("alerts.kinds.followUps", "Other follow-ups", "A notice when any other follow-up falls due."),
				{ name: "Quiet hours start", desc: "No alerts from this time…", control: { type: "text", key: "alerts.quietStart", placeholder: "22:00", validate: CLOCK_TIME } },
				{ name: "Quiet hours end", desc: "…until this time; what fell due meanwhile is shown then. The same time twice means no quiet hours.", control: { type: "text", key: "alerts.quietEnd", placeholder: "08:00", validate: CLOCK_TIME } },
				toggle("alerts.systemNotifications", "System notifications", "On desktop, also show a notification from your system (asks for permission once). Phones and tablets show notices only."),
			],
		},
	];
}

export function isCalendarSettingKey(key: string): key is CalendarSettingKey {
	return key.startsWith("calendar.") || key.startsWith("alerts.");
}

export function readCalendarSetting(settings: Settings, key: CalendarSettingKey): string | number | boolean {
	switch (key) {
		case "calendar.path":
			return settings.calendar.path;
		case "calendar.keepUpToDate":
			return settings.calendar.keepUpToDate;
		case "calendar.alarmMinutesBefore":
			return settings.calendar.alarmMinutesBefore;
		case "alerts.enabled":
			return settings.alerts.enabled;
		case "alerts.systemNotifications":
			return settings.alerts.systemNotifications;
		case "alerts.minutesBeforeInterview":
			return settings.alerts.minutesBeforeInterview;
		case "alerts.quietStart":
			return settings.alerts.quietStart;
		case "alerts.quietEnd":
			return settings.alerts.quietEnd;
		default:
			return settings.alerts.kinds[key.slice("alerts.kinds.".length) as keyof AlertKinds];
	}
}

function numberOf(value: unknown): number {
	return typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value)) : typeof value === "number" ? value : Number.NaN;
}

/** Stores a value the definitions' validation accepted; returns false for anything else. */
export function writeCalendarSetting(settings: Settings, key: CalendarSettingKey, value: unknown): boolean {
	if (key === "calendar.alarmMinutesBefore" || key === "alerts.minutesBeforeInterview") {
		const n = numberOf(value);
		if (!Number.isInteger(n) || n < 0 || n > NUMBER_LIMITS[key]) return false;
		if (key === "calendar.alarmMinutesBefore") settings.calendar.alarmMinutesBefore = n;
		else settings.alerts.minutesBeforeInterview = n;
		return true;
	}
	if (key === "calendar.path" || key === "alerts.quietStart" || key === "alerts.quietEnd") {
		if (typeof value !== "string") return false;
		if (key === "calendar.path") {
			if (ICS_PATH(value)) return false;
			settings.calendar.path = calendarPathOr(value);
		} else {
			if (CLOCK_TIME(value)) return false;
			settings.alerts[key === "alerts.quietStart" ? "quietStart" : "quietEnd"] = value.trim();
		}
		return true;
	}
	if (typeof value !== "boolean") return false;
	if (key === "calendar.keepUpToDate") settings.calendar.keepUpToDate = value;
	else if (key === "alerts.enabled") settings.alerts.enabled = value;
	else if (key === "alerts.systemNotifications") settings.alerts.systemNotifications = value;
	else settings.alerts.kinds[key.slice("alerts.kinds.".length) as keyof AlertKinds] = value;
	return true;
}
