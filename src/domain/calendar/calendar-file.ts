import ICAL from "ical.js";
import { DateTime } from "luxon";
import type { CalendarEvent, EventStart } from "./calendar-event";
import { contentHash } from "./content-hash";
import { icsText, refold } from "./ics-text";
import { vtimezone } from "./vtimezone";

/** The domain of every UID: events of this plugin never collide with another program's. */
export const UID_DOMAIN = "informational-interviews.obsidian.md";

export const PRODUCT_ID = "-//Informational Interviews//Obsidian plugin//EN";

/** The start of the span within which a content hash places DTSTAMP (see `stampOf`): always in the past. */
const STAMP_EPOCH_MS = Date.UTC(2000, 0, 1);
/** Twenty years of seconds (2000–2019). */
const STAMP_SPAN_SECONDS = 631_152_000;

export interface CalendarOptions {
	/** The IANA zone timed events are written in, with a VTIMEZONE for it. */
	readonly zone: string;
	/** X-WR-CALNAME: the name a calendar app shows for the subscription. */
	readonly name: string;
}

/** The UID of an item: a hash of its id (stable as long as the note keeps its path) in this plugin's domain. */
export function uidOf(id: string): string {
	const kind = id.slice(0, Math.max(0, id.indexOf(":"))).replace(/[^a-z_]/g, "");
	return `${kind || "item"}-${contentHash(id)}@${UID_DOMAIN}`;
}

/**
 * DTSTAMP as a function of the event's content. Without a METHOD, RFC 5545 reads DTSTAMP
 * as when the event was last revised; the file must still be the same for the same
 * notes on any machine and day, so no clock is read. A hash of the content, placed
 * within 2000–2019, changes exactly when something the event shows changes. It is not
 * monotonic (an edit can give an earlier stamp), which is why SEQUENCE stays 0: a
 * sequence that went down would make a client ignore the update, and subscribed
 * calendars (the way this file is meant to be used) replace events by UID on refresh.
 */
export function stampOf(event: CalendarEvent): ICAL.Time {
	const hash = contentHash(JSON.stringify(event));
	const seconds = Number.parseInt(hash.slice(0, 12), 16) % STAMP_SPAN_SECONDS;
	return ICAL.Time.fromJSDate(new Date(STAMP_EPOCH_MS + seconds * 1000), true);
}

function startTime(start: EventStart, zone: string): ICAL.Time {
	if (start.kind === "day") return ICAL.Time.fromData({ year: start.year, month: start.month, day: start.day, isDate: true });
	const local = DateTime.fromMillis(start.ms, { zone });
	return ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second, isDate: false });
}

function addText(component: ICAL.Component, name: string, text: string): void {
	component.addPropertyWithValue(name, icsText(text));
}

function eventComponent(event: CalendarEvent, zone: string): ICAL.Component {
	const vevent = new ICAL.Component("vevent");
	vevent.addPropertyWithValue("uid", uidOf(event.id));
	vevent.addPropertyWithValue("dtstamp", stampOf(event));
	vevent.addPropertyWithValue("sequence", 0);
	const dtstart = vevent.addPropertyWithValue("dtstart", startTime(event.start, zone));
	if (event.start.kind === "time") dtstart.setParameter("tzid", zone);
	const duration = event.start.kind === "day" ? new ICAL.Duration({ days: event.length }) : ICAL.Duration.fromSeconds(event.length * 60);
	vevent.addPropertyWithValue("duration", duration);
	addText(vevent, "summary", event.summary);
	if (event.description !== "") addText(vevent, "description", event.description);
	if (event.location !== null && event.location.trim() !== "") addText(vevent, "location", event.location);
	vevent.addPropertyWithValue("url", event.url);
	if (event.status !== null) vevent.addPropertyWithValue("status", event.status);
	vevent.addPropertyWithValue("transp", event.transparent ? "TRANSPARENT" : "OPAQUE");
	if (event.categories.length > 0) {
		const categories = new ICAL.Property("categories");
		categories.setValues(event.categories.map(icsText));
		vevent.addProperty(categories);
	}
	if (event.alarmMinutesBefore !== null) {
		const alarm = new ICAL.Component("valarm");
		alarm.addPropertyWithValue("action", "DISPLAY");
		const trigger = ICAL.Duration.fromSeconds(-event.alarmMinutesBefore * 60);
		alarm.addPropertyWithValue("trigger", trigger);
		addText(alarm, "description", event.summary);
		vevent.addSubcomponent(alarm);
	}
	return vevent;
}

/** The years the timed events span, a year either side: what the VTIMEZONE must cover. */
function yearSpan(events: readonly CalendarEvent[], zone: string): { from: number; to: number } | null {
	let from = Number.POSITIVE_INFINITY;
	let to = Number.NEGATIVE_INFINITY;
	for (const event of events) {
		if (event.start.kind !== "time") continue;
		const year = DateTime.fromMillis(event.start.ms, { zone }).year;
		from = Math.min(from, year);
		to = Math.max(to, year);
	}
	return from === Number.POSITIVE_INFINITY ? null : { from: from - 1, to: to + 1 };
}

/**
 * The whole iCalendar file: the events in the order given, a VTIMEZONE for the zone
 * when any event has a time, CRLF line ends, folded at 75 octets. The same events and
 * options give the same text, byte for byte.
 */
export function calendarFile(events: readonly CalendarEvent[], options: CalendarOptions): string {
	const vcalendar = new ICAL.Component("vcalendar");
	vcalendar.addPropertyWithValue("prodid", PRODUCT_ID);
	vcalendar.addPropertyWithValue("version", "2.0");
	vcalendar.addPropertyWithValue("calscale", "GREGORIAN");
	addText(vcalendar, "x-wr-calname", options.name);
	vcalendar.addPropertyWithValue("x-wr-timezone", options.zone);
	const span = yearSpan(events, options.zone);
	if (span !== null) vcalendar.addSubcomponent(vtimezone(options.zone, span.from, span.to));
	for (const event of events) vcalendar.addSubcomponent(eventComponent(event, options.zone));
	return refold(vcalendar.toString());
}
