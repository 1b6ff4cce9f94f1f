import { MAX_DURATION_MINUTES } from "./records/record-types";
import { defaultAlertSettings, migrateAlertMemory, migrateAlertSettings, type AlertMemory, type AlertSettings } from "./alerts/alert-settings";
import { defaultCalendarSettings, migrateCalendarSettings, type CalendarSettings } from "./calendar/calendar-settings";

/** Plugin settings. Shared by the plugin and the CLI (which reads the vault's `data.json`). */
export interface RuleOffsets {
	/** Days after the referring interview to reach out to a referred person. */
	reachOutAfterReferralDays: number;
	/** Days to wait for a reply before following up (by phone, for instance). */
	outreachWaitDays: number;
	/** Days before an interview by which to have prepared. */
	prepareDaysBefore: number;
	/** Days before an interview to confirm it (from the start of that day). */
	confirmDaysBefore: number;
	/** Hours after an interview ends by which to send the thank-you. */
	thankYouWithinHours: number;
	/** Default keep-in-touch cadence in days. */
	keepInTouchDays: number;
}

/** How the follow-up queue was left: its collapsed groups and its filters, kept across restarts. */
export interface QueueViewState {
	/** Keys of the groups shown collapsed ("overdue", "today", …). */
	collapsed: string[];
	/** The kind filter (a follow-up kind), or null for all. */
	kind: string | null;
	/** The career field filter, or null for all. */
	field: string | null;
}

export interface Settings {
	settingsVersion: number;
	/** The frontmatter key that holds the note kind. */
	typeKey: string;
	contactsFolder: string;
	interviewsFolder: string;
	templatesFolder: string;
	myName: string;
	myEmail: string;
	signature: string;
	/** IANA zone; empty means the system zone. */
	timeZone: string;
	defaultDurationMinutes: number;
	rules: RuleOffsets;
	/** Where Compile field notes writes one note per career field. */
	fieldNotesFolder: string;
	/** The interview-note heading whose section field notes quote as the takeaways. */
	takeawaysHeading: string;
	/** The .ics export (docs/calendar.md). */
	calendar: CalendarSettings;
	alerts: AlertSettings;
	/** Which alerts were shown: plugin data rather than a setting, kept here so that one save keeps both. */
	alertMemory: AlertMemory;
	queueView: QueueViewState;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_RULES: Readonly<RuleOffsets> = Object.freeze({
	reachOutAfterReferralDays: 2,
	outreachWaitDays: 7,
	prepareDaysBefore: 2,
	confirmDaysBefore: 1,
	thankYouWithinHours: 24,
	keepInTouchDays: 90,
});

export function defaultSettings(): Settings {
	return {
		settingsVersion: SETTINGS_VERSION,
		typeKey: "type",
		contactsFolder: "Contacts",
		interviewsFolder: "Interviews",
		templatesFolder: "Templates/Informational interviews",
		myName: "",
		myEmail: "",
		signature: "",
		timeZone: "",
		defaultDurationMinutes: 30,
		rules: { ...DEFAULT_RULES },
		fieldNotesFolder: "Field notes",
		takeawaysHeading: "Debrief",
		calendar: defaultCalendarSettings(),
		alerts: defaultAlertSettings(),
		alertMemory: { since: null, shown: {} },
		queueView: { collapsed: [], kind: null, field: null },
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Settings as read, and what was wrong with the stored ones, said for a person. */
export interface ReadSettings {
	readonly settings: Settings;
	/** One sentence per value that could not be used as written. */
	readonly warnings: string[];
}

/** `-3`, `"7"`, `Infinity` (what `1e999` parses to): the value as the file shows it. */
function shown(value: unknown): string {
	return typeof value === "number" && !Number.isFinite(value) ? "too large" : JSON.stringify(value) ?? String(value);
}

/**
 * Reads one setting with `read`, which returns undefined for a value it cannot use; an
 * absent key is the default without a word, anything else unusable is the default and a warning.
 */
function setting<T>(warnings: string[], key: string, value: unknown, read: (value: unknown) => T | undefined, fallback: T, wanted: string): T {
	if (value === undefined) return fallback;
	const result = read(value);
	if (result !== undefined) {
		if (typeof value === "string" && typeof result === "number") warnings.push(`${key} is ${shown(value)}, text rather than a number; reading it as ${result}`);
		return result;
	}
	warnings.push(`${key} is ${shown(value)}, not ${wanted}; using ${JSON.stringify(fallback)}`);
	return fallback;
}

const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A number from 0 up; text such as `"7"` (a hand edit the plugin never writes) is read as its number, with a warning. */
function asNonNegative(value: unknown): number | undefined {
	const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
	return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : undefined;
}

function asDuration(value: unknown): number | undefined {
	const n = asNonNegative(value);
	return n !== undefined && n > 0 && n <= MAX_DURATION_MINUTES ? n : undefined;
}

/** Complete current settings from whatever `loadData()` returned; see `readSettings`. */
export function migrateSettings(stored: unknown): Settings {
	return readSettings(stored).settings;
}

/**
 * Turns whatever `loadData()` returned (nothing, an older version, a hand-edited file)
 * into complete current settings. Unknown keys are dropped; a value of the wrong type or
 * out of range (a negative wait, `1e999`, `"7"`) falls back to its default with a warning.
 */
export function readSettings(stored: unknown): ReadSettings {
	const result = defaultSettings();
	const warnings: string[] = [];
	if (!isRecord(stored)) return { settings: result, warnings };
	const data: Record<string, unknown> = { ...stored };

	// Version 0 (before settingsVersion existed) kept the rule offsets at the top level
	// and called the type key `typeProperty`.
	if (typeof data.settingsVersion !== "number") {
		if (data.typeKey === undefined && typeof data.typeProperty === "string") data.typeKey = data.typeProperty;
		if (!isRecord(data.rules)) {
			const legacy: Record<string, unknown> = {};
			for (const key of Object.keys(DEFAULT_RULES)) if (key in data) legacy[key] = data[key];
			data.rules = legacy;
		}
	}

	const text = (key: "typeKey" | "contactsFolder" | "interviewsFolder" | "templatesFolder" | "myName" | "myEmail" | "signature" | "timeZone" | "fieldNotesFolder" | "takeawaysHeading"): string =>
		setting(warnings, key, data[key], asString, result[key], "text");
	const typeKey = text("typeKey").trim();
	result.typeKey = typeKey === "" ? "type" : typeKey;
	result.contactsFolder = text("contactsFolder");
	result.interviewsFolder = text("interviewsFolder");
	result.templatesFolder = text("templatesFolder");
	result.myName = text("myName");
	result.myEmail = text("myEmail");
	result.signature = text("signature");
	result.timeZone = text("timeZone");
	result.defaultDurationMinutes = setting(warnings, "defaultDurationMinutes", data.defaultDurationMinutes, asDuration, result.defaultDurationMinutes, `a number of minutes from 1 to ${MAX_DURATION_MINUTES}`);
	if (data.rules !== undefined && !isRecord(data.rules)) warnings.push(`rules is ${shown(data.rules)}, not a set of rules; using the default rules`);
	result.fieldNotesFolder = text("fieldNotesFolder");
	result.takeawaysHeading = text("takeawaysHeading").trim() || defaultSettings().takeawaysHeading;
	const rules = isRecord(data.rules) ? data.rules : {};
	for (const key of Object.keys(DEFAULT_RULES) as (keyof RuleOffsets)[]) {
		const unit = key === "thankYouWithinHours" ? "hours" : "days";
		result.rules[key] = setting(warnings, `rules.${key}`, rules[key], asNonNegative, DEFAULT_RULES[key], `a number of ${unit} from 0 up`);
	}
	result.queueView = queueViewOf(data.queueView);
		result.calendar = migrateCalendarSettings(data.calendar);
	result.alerts = migrateAlertSettings(data.alerts);
	result.alertMemory = migrateAlertMemory(data.alertMemory);
	return { settings: result, warnings };
}

function stringOrNull(value: unknown): string | null {
	return typeof value === "string" && value !== "" ? value : null;
}

/** The queue's remembered state; anything unreadable is forgotten, never an error. */
function queueViewOf(value: unknown): QueueViewState {
	if (!isRecord(value)) return { collapsed: [], kind: null, field: null };
	const collapsed = Array.isArray(value.collapsed) ? value.collapsed.filter((key): key is string => typeof key === "string") : [];
	return { collapsed, kind: stringOrNull(value.kind), field: stringOrNull(value.field) };
}
