import ICAL from "ical.js";

/** One VEVENT as a calendar app would read it: its start as an instant (timed) or a date (all day). */
export interface ReadEvent {
	readonly uid: string;
	readonly summary: string;
	readonly description: string;
	readonly location: string | null;
	readonly url: string;
	readonly status: string | null;
	/** Epoch milliseconds for a timed event, resolved through the file's own VTIMEZONE. */
	readonly startMs: number | null;
	/** "2026-11-24" for an all-day event. */
	readonly date: string | null;
	readonly durationSeconds: number;
	readonly dtstamp: string;
	/** Alarm trigger in seconds (negative: before), or null. */
	readonly alarmSeconds: number | null;
}

/**
 * Parses a whole .ics with ical.js, registering its VTIMEZONEs (and only those) so that
 * timed starts are resolved by the file's own zone data, as a calendar app would.
 */
export function readCalendar(text: string): { calendar: ICAL.Component; events: ReadEvent[] } {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	ICAL.TimezoneService.reset();
	for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
	const events = calendar.getAllSubcomponents("vevent").map((component) => {
		const event = new ICAL.Event(component);
		const start = event.startDate;
		const alarm = component.getFirstSubcomponent("valarm");
		const trigger = alarm?.getFirstPropertyValue("trigger") as ICAL.Duration | undefined;
		return {
			uid: event.uid,
			summary: event.summary,
			description: event.description,
			location: (component.getFirstPropertyValue("location") as string | null) ?? null,
			url: String(component.getFirstPropertyValue("url")),
			status: (component.getFirstPropertyValue("status") as string | null) ?? null,
			startMs: start.isDate ? null : start.toUnixTime() * 1000,
			date: start.isDate ? `${start.year}-${String(start.month).padStart(2, "0")}-${String(start.day).padStart(2, "0")}` : null,
			durationSeconds: event.duration.toSeconds(),
			dtstamp: String(component.getFirstPropertyValue("dtstamp")),
			alarmSeconds: trigger ? trigger.toSeconds() : null,
		};
	});
	ICAL.TimezoneService.reset();
	return { calendar, events };
}

/** Each physical line of a CRLF text (the empty string after the last CRLF dropped). */
export function physicalLines(text: string): string[] {
	const lines = text.split("\r\n");
	if (lines.at(-1) === "") lines.pop();
	return lines;
}

/** Content lines: physical lines with folds undone. */
export function contentLines(text: string): string[] {
	return physicalLines(text.replace(/\r\n[ \t]/g, ""));
}
