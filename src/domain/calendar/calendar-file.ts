import ICAL from "ical.js";
import type { CalendarEvent, EventStart } from "./calendar-event";
import { contentHash } from "./content-hash";
import { foldedLines, icsText } from "./ics-text";
import { wallOf } from "../records/wall-time";
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

/** A jCal property: name, parameters, value type, values. */
type JCalProperty = [string, Record<string, string>, string, ...(string | number)[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** jCal's date-time text ("2026-11-24T15:00:00", with "Z" for UTC) of a Date's UTC fields. */
function jcalDateTime(date: Date, utc: boolean): string {
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${utc ? "Z" : ""}`;
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
export function stampOf(event: CalendarEvent): string {
	const hash = contentHash(JSON.stringify(event));
	const seconds = Number.parseInt(hash.slice(0, 12), 16) % STAMP_SPAN_SECONDS;
	return jcalDateTime(new Date(STAMP_EPOCH_MS + seconds * 1000), true);
}

/** The wall time of an instant in the zone, as if it were UTC. */
function localDate(ms: number, zone: string): Date {
	return new Date(wallOf(ms, zone));
}

function startProperty(start: EventStart, zone: string): JCalProperty {
	if (start.kind === "day") return ["dtstart", {}, "date", `${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}`];
	return ["dtstart", { tzid: zone }, "date-time", jcalDateTime(localDate(start.ms, zone), false)];
}

function text(name: string, value: string): JCalProperty {
	return [name, {}, "text", icsText(value)];
}

/** RFC 5545 TEXT escaping, for the extension properties ical.js does not escape. */
function escapeText(value: string): string {
	return icsText(value).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, "\\n");
}

function durationText(seconds: number): string {
	return ICAL.Duration.fromSeconds(seconds).toString();
}

/**
 * One VEVENT as jCal, the form ical.js writes from. Built as plain arrays rather than
 * ICAL.Component and ICAL.Property objects: a calendar of thousands of events is written
 * after every change, and the objects cost several times what writing the text does.
 */
function eventJCal(event: CalendarEvent, zone: string): JCalComponent {
	const properties: JCalProperty[] = [
		["uid", {}, "text", uidOf(event.id)],
		["dtstamp", {}, "date-time", stampOf(event)],
		["sequence", {}, "integer", 0],
		startProperty(event.start, zone),
		["duration", {}, "duration", event.start.kind === "day" ? `P${event.length}D` : durationText(event.length * 60)],
		text("summary", event.summary),
	];
	if (event.description !== "") properties.push(text("description", event.description));
	if (event.location !== null && event.location.trim() !== "") properties.push(text("location", event.location));
	properties.push(["url", {}, "uri", event.url]);
	if (event.status !== null) properties.push(["status", {}, "text", event.status]);
	properties.push(["transp", {}, "text", event.transparent ? "TRANSPARENT" : "OPAQUE"]);
	if (event.categories.length > 0) properties.push(["categories", {}, "text", ...event.categories.map(icsText)]);
	const alarms: JCalComponent[] = [];
	if (event.alarmMinutesBefore !== null) {
		alarms.push(["valarm", [["action", {}, "text", "DISPLAY"], ["trigger", {}, "duration", durationText(-event.alarmMinutesBefore * 60)], text("description", event.summary)], []]);
	}
	return ["vevent", properties, alarms];
}

/** The years the timed events span, a year either side: what the VTIMEZONE must cover. */
function yearSpan(events: readonly CalendarEvent[], zone: string): { from: number; to: number } | null {
	let from = Number.POSITIVE_INFINITY;
	let to = Number.NEGATIVE_INFINITY;
	for (const event of events) {
		if (event.start.kind !== "time") continue;
		const year = localDate(event.start.ms, zone).getUTCFullYear();
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
	const span = yearSpan(events, options.zone);
	const components: JCalComponent[] = [];
	if (span !== null) components.push(vtimezone(options.zone, span.from, span.to).jCal as JCalComponent);
	for (const event of events) components.push(eventJCal(event, options.zone));
	const properties: JCalProperty[] = [
		["prodid", {}, "text", PRODUCT_ID],
		["version", {}, "text", "2.0"],
		["calscale", {}, "text", "GREGORIAN"],
		// Extension properties, which ical.js writes as they are: escaped here like text.
		["x-wr-calname", {}, "unknown", escapeText(options.name)],
		["x-wr-timezone", {}, "unknown", escapeText(options.zone)],
	];
	const lines: string[] = [];
	contentLines(["vcalendar", properties, components], lines);
	return foldedLines(lines);
}

/**
 * A component's content lines, unfolded, as ical.js's own `stringify.component` writes
 * them (properties, then subcomponents). ical.js folds every line as it goes, with
 * continuation lines one octet too long; asking it for unfolded lines and folding once
 * here is both correct and cheaper than folding twice.
 */
function contentLines(jCal: JCalComponent, out: string[]): void {
	const [name, properties, components] = jCal;
	const upper = name.toUpperCase();
	out.push(`BEGIN:${upper}`);
	for (const property of properties) out.push(ICAL.stringify.property(property, ICAL.design.icalendar, true));
	for (const component of components) contentLines(component, out);
	out.push(`END:${upper}`);
}
