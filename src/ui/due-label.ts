import type { QueueItem } from "../domain/follow-ups/item";
import type { DueText } from "../domain/follow-ups/queue-time";
import { dayStart } from "../domain/records/wall-time";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A BCP 47 locale tag ("en-US", "de-DE") that dates and times are written in. */
export type LocaleTag = string;

interface MomentGlobal {
	locale(): string;
}

/**
 * The user's locale: Obsidian's language (the `moment` it puts on the window), refined by
 * the system's region when both name the same language, so that an English app in the
 * United States gets "2:30 PM" and one in Britain "14:30". Falls back to the system.
 */
export function userLocale(): LocaleTag {
	const system = typeof navigator === "undefined" ? "en-US" : navigator.language || "en-US";
	const moment = typeof window === "undefined" ? undefined : (window as unknown as { moment?: MomentGlobal }).moment;
	const app = typeof moment?.locale === "function" ? moment.locale() : "";
	if (app === "" || system.toLowerCase().startsWith(app.toLowerCase().split("-")[0] ?? "")) return system;
	return app;
}

/** Formatters are costly to make and a queue shows the same few formats over and over. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: LocaleTag, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}\u0000${zone}\u0000${JSON.stringify(options)}`;
	let made = formatters.get(key);
	if (made === undefined) {
		try {
			made = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
		} catch {
			// An unknown locale tag: the system's own, rather than nothing.
			made = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
		}
		if (formatters.size > 200) formatters.clear();
		formatters.set(key, made);
	}
	return made;
}

const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: "long" };
const SHORT_DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };
const SHORT_DATE_YEAR: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };

function count(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

function lateBy(ms: number): string {
	if (ms < HOUR) return `overdue by ${count(Math.max(1, Math.floor(ms / MINUTE)), "minute")}`;
	if (ms < DAY) return `overdue by ${count(Math.floor(ms / HOUR), "hour")}`;
	return `overdue by ${count(Math.floor(ms / DAY), "day")}`;
}

const TIME_24: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };

/** A clock time in the locale's own clock: "2:30 PM" in en-US, "14:30" in de-DE, "08:30" in en-GB. */
export function clockText(ms: number, zone: string, locale: LocaleTag): string {
	const twelve = formatter(locale, zone, TIME);
	// A 24-hour clock is written with two digits for the hour, as such locales write it.
	const cycle = twelve.resolvedOptions().hourCycle;
	return (cycle === "h23" || cycle === "h24" ? formatter(locale, zone, TIME_24) : twelve).format(ms);
}

/**
 * When an item is due, in the user's locale and clock, relative to `nowMs`: "overdue by
 * 2 days", "due now", "today 2:30 PM", "tomorrow", "Thursday 09:00", "3 Dec". A whole-day
 * item names a day and never a time (its due instant is the start of the day, which is
 * not a time anyone set). The absolute form is for hovering and screen readers.
 */
export function dueLabel(item: Pick<QueueItem, "dueMs" | "allDay">, nowMs: number, zone: string, locale: LocaleTag): DueText {
	const dueMs = item.dueMs;
	if (dueMs === null) return { relative: "anytime", absolute: "No due date" };
	const dueDayMs = dayStart(dueMs, zone);
	const todayMs = dayStart(nowMs, zone);
	const days = Math.round((dueDayMs - todayMs) / DAY);
	// Noon of the due day names the day safely whatever the zone's changes of clock.
	const dayNoon = dueDayMs + 12 * HOUR;
	const date = formatter(locale, zone, LONG_DATE).format(dayNoon);
	// Due at the very start of a day ("confirm the day before") reads as that day, not "00:00".
	const dayOnly = item.allDay || dueMs === dueDayMs;
	const time = dayOnly ? "" : clockText(dueMs, zone, locale);
	const absolute = item.allDay ? `${date}, all day` : dayOnly ? `${date}, from the start of the day` : `${date}, ${time}`;
	if (dueMs < nowMs) {
		if (!item.allDay) return { relative: lateBy(nowMs - dueMs), absolute };
		return { relative: `overdue by ${count(Math.max(1, -days), "day")}`, absolute };
	}
	if (!item.allDay && dueMs - nowMs < MINUTE) return { relative: "due now", absolute };
	let day: string;
	if (days === 0) day = "today";
	else if (days === 1) day = "tomorrow";
	else if (days > 1 && days < 7) day = formatter(locale, zone, WEEKDAY).format(dayNoon);
	else {
		const year = formatter("en-US", zone, { year: "numeric" });
		const sameYear = year.format(dayNoon) === year.format(todayMs + 12 * HOUR);
		day = formatter(locale, zone, sameYear ? SHORT_DATE : SHORT_DATE_YEAR).format(dayNoon);
	}
	return { relative: dayOnly ? day : `${day} ${time}`, absolute };
}
