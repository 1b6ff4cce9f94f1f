import { MAX_DURATION_MINUTES } from "./records/record-types";

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
		queueView: { collapsed: [], kind: null, field: null },
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

function nonNegativeNumberOr(value: unknown, fallback: number): number {
	const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
	return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * Turns whatever `loadData()` returned (nothing, an older version, a hand-edited file)
 * into complete current settings. Unknown keys are dropped; bad values fall back to defaults.
 */
export function migrateSettings(stored: unknown): Settings {
	const result = defaultSettings();
	if (!isRecord(stored)) return result;
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

	const typeKey = stringOr(data.typeKey, result.typeKey).trim();
	result.typeKey = typeKey === "" ? "type" : typeKey;
	result.contactsFolder = stringOr(data.contactsFolder, result.contactsFolder);
	result.interviewsFolder = stringOr(data.interviewsFolder, result.interviewsFolder);
	result.templatesFolder = stringOr(data.templatesFolder, result.templatesFolder);
	result.myName = stringOr(data.myName, result.myName);
	result.myEmail = stringOr(data.myEmail, result.myEmail);
	result.signature = stringOr(data.signature, result.signature);
	result.timeZone = stringOr(data.timeZone, result.timeZone);
	const duration = nonNegativeNumberOr(data.defaultDurationMinutes, result.defaultDurationMinutes);
	result.defaultDurationMinutes = duration > 0 && duration <= MAX_DURATION_MINUTES ? duration : 30;
	const rules = isRecord(data.rules) ? data.rules : {};
	for (const key of Object.keys(DEFAULT_RULES) as (keyof RuleOffsets)[]) {
		result.rules[key] = nonNegativeNumberOr(rules[key], DEFAULT_RULES[key]);
	}
	result.queueView = queueViewOf(data.queueView);
	return result;
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
