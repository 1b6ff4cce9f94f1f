/** Which due moments raise an alert. */
export interface AlertKinds {
	/** An interview about to start. */
	interviews: boolean;
	/** A thank-you whose time is almost up. */
	thankYou: boolean;
	/** A confirmation due today. */
	confirm: boolean;
	/** Every other follow-up, when it falls due. */
	followUps: boolean;
}

export interface AlertSettings {
	enabled: boolean;
	kinds: AlertKinds;
	/** Minutes before an interview starts. */
	minutesBeforeInterview: number;
	/** Hours before a thank-you is due. */
	hoursBeforeThankYou: number;
	/** Quiet hours as "HH:mm" local times; equal times mean none. */
	quietStart: string;
	quietEnd: string;
	/** Desktop only: a system notification as well as the notice. */
	systemNotifications: boolean;
}

/** What was shown, kept in the plugin's data so that a reload does not show it again. */
export interface AlertMemory {
	/** When alerts first ran in this vault: nothing due before that is announced. */
	since: number | null;
	/** Alert key (item id and due time) → when it was shown, epoch milliseconds. */
	shown: Record<string, number>;
}

export function defaultAlertSettings(): AlertSettings {
	return {
		enabled: true,
		kinds: { interviews: true, thankYou: true, confirm: true, followUps: true },
		minutesBeforeInterview: 15,
		hoursBeforeThankYou: 2,
		quietStart: "22:00",
		quietEnd: "08:00",
		systemNotifications: false,
	};
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an "HH:mm" time, or null when it is not one. */
export function clockMinutes(text: string): number | null {
	const match = CLOCK_TIME.exec(text.trim());
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
	return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function migrateAlertSettings(stored: unknown): AlertSettings {
	const result = defaultAlertSettings();
	if (!isRecord(stored)) return result;
	if (typeof stored.enabled === "boolean") result.enabled = stored.enabled;
	if (typeof stored.systemNotifications === "boolean") result.systemNotifications = stored.systemNotifications;
	if (isRecord(stored.kinds)) {
		for (const key of Object.keys(result.kinds) as (keyof AlertKinds)[]) {
			const value = stored.kinds[key];
			if (typeof value === "boolean") result.kinds[key] = value;
		}
	}
	result.minutesBeforeInterview = numberIn(stored.minutesBeforeInterview, 0, 24 * 60, result.minutesBeforeInterview);
	result.hoursBeforeThankYou = numberIn(stored.hoursBeforeThankYou, 0, 24 * 7, result.hoursBeforeThankYou);
	for (const key of ["quietStart", "quietEnd"] as const) {
		const value = stored[key];
		if (typeof value === "string" && clockMinutes(value) !== null) result[key] = value.trim();
	}
	return result;
}

/** Alert memory from stored data; anything unreadable is dropped, never thrown. */
export function migrateAlertMemory(stored: unknown): AlertMemory {
	const memory: AlertMemory = { since: null, shown: {} };
	if (!isRecord(stored)) return memory;
	if (typeof stored.since === "number" && Number.isFinite(stored.since)) memory.since = stored.since;
	if (isRecord(stored.shown)) {
		for (const [key, value] of Object.entries(stored.shown)) if (typeof value === "number" && Number.isFinite(value)) memory.shown[key] = value;
	}
	return memory;
}
