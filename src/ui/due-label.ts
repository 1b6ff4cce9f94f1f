import type { QueueItem } from "../domain/follow-ups/item";
import { dueStanding, type DayName, type DueText } from "../domain/follow-ups/queue-time";

const HOUR = 3_600_000;

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
const DAY_FORMATS: Readonly<Record<Exclude<DayName, "today" | "tomorrow">, Intl.DateTimeFormatOptions>> = {
	weekday: { weekday: "long" },
	date: { day: "numeric", month: "short" },
	date_with_year: { day: "numeric", month: "short", year: "numeric" },
};
const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };

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
 * 2 days", "due now", "today 2:30 PM", "tomorrow", "Thursday 09:00", "3 Dec". The rules
 * are the command line's (`dueStanding`); only the words differ. The absolute form is
 * for hovering and screen readers.
 */
export function dueLabel(item: Pick<QueueItem, "dueMs" | "allDay">, nowMs: number, zone: string, locale: LocaleTag): DueText {
	const standing = dueStanding(item, nowMs, zone);
	if (standing.state === "anytime" || item.dueMs === null) return { relative: "anytime", absolute: "No due date" };
	// Noon of the due day names the day safely whatever the zone's changes of clock.
	const dayNoon = standing.dayMs + 12 * HOUR;
	const date = formatter(locale, zone, LONG_DATE).format(dayNoon);
	const dayOnly = item.allDay || item.dueMs === standing.dayMs;
	const absolute = item.allDay ? `${date}, all day` : dayOnly ? `${date}, from the start of the day` : `${date}, ${clockText(item.dueMs, zone, locale)}`;
	if (standing.state === "overdue") return { relative: standing.by, absolute };
	if (standing.state === "now") return { relative: "due now", absolute };
	const day = standing.day === "today" || standing.day === "tomorrow" ? standing.day : formatter(locale, zone, DAY_FORMATS[standing.day]).format(dayNoon);
	return { relative: standing.timeMs === null ? day : `${day} ${clockText(standing.timeMs, zone, locale)}`, absolute };
}
