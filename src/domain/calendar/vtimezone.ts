import ICAL from "ical.js";
import { DateTime } from "luxon";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** One change of a zone's UTC offset: the instant, and the offsets before and after, in minutes. */
export interface OffsetChange {
	readonly atMs: number;
	readonly fromMinutes: number;
	readonly toMinutes: number;
}

function offsetAt(zone: string, ms: number): number {
	return DateTime.fromMillis(ms, { zone }).offset;
}

/** The first minute in (lowMs, highMs] with the offset of `highMs`, where `lowMs` has another. */
function changeInstant(zone: string, lowMs: number, highMs: number): number {
	const target = offsetAt(zone, highMs);
	let low = lowMs;
	let high = highMs;
	while (high - low > MINUTE) {
		const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
		if (mid <= low) break;
		if (offsetAt(zone, mid) === target) high = mid;
		else low = mid;
	}
	return high;
}

/**
 * Every offset change of `zone` from the first of January of `fromYear` to the end of
 * `toYear`, from luxon (which asks the platform's time zone data). Days are sampled and
 * a day whose offset differs is searched to the minute; zones change at most a few
 * times a year, never twice in one day.
 */
export function offsetChanges(zone: string, fromYear: number, toYear: number): OffsetChange[] {
	const changes: OffsetChange[] = [];
	const end = Date.UTC(toYear + 1, 0, 1);
	let previousMs = Date.UTC(fromYear, 0, 1);
	let previous = offsetAt(zone, previousMs);
	for (let ms = previousMs + DAY; ms <= end; ms += DAY) {
		const offset = offsetAt(zone, ms);
		if (offset !== previous) {
			changes.push({ atMs: changeInstant(zone, previousMs, ms), fromMinutes: previous, toMinutes: offset });
			previous = offset;
		}
		previousMs = ms;
	}
	return changes;
}

function utcOffset(minutes: number): ICAL.UtcOffset {
	const sign = minutes < 0 ? -1 : 1;
	const abs = Math.abs(minutes);
	return new ICAL.UtcOffset({ hours: Math.floor(abs / 60), minutes: abs % 60, factor: sign });
}

/** A wall time as written in an observance's DTSTART: the local time at `ms` in the offset `offsetMinutes`. */
function localTime(ms: number, offsetMinutes: number): ICAL.Time {
	const local = new Date(ms + offsetMinutes * MINUTE);
	return ICAL.Time.fromData({
		year: local.getUTCFullYear(),
		month: local.getUTCMonth() + 1,
		day: local.getUTCDate(),
		hour: local.getUTCHours(),
		minute: local.getUTCMinutes(),
		second: local.getUTCSeconds(),
		isDate: false,
	});
}

function observance(kind: "standard" | "daylight", start: ICAL.Time, from: number, to: number, name: string | null): ICAL.Component {
	const component = new ICAL.Component(kind);
	component.addPropertyWithValue("dtstart", start);
	component.addPropertyWithValue("tzoffsetfrom", utcOffset(from));
	component.addPropertyWithValue("tzoffsetto", utcOffset(to));
	if (name) component.addPropertyWithValue("tzname", name);
	return component;
}

/** The zone's short name at an instant ("CET", "EDT"), when the platform has a real one rather than "GMT+1". */
function shortName(zone: string, ms: number): string | null {
	const name = DateTime.fromMillis(ms, { zone, locale: "en-US" }).offsetNameShort;
	return name && /^[A-Z]{2,6}$/.test(name) ? name : null;
}

/**
 * A VTIMEZONE for an IANA zone covering `fromYear` to `toYear`: one observance for the
 * offset in force at the start of that span, then one per offset change, each with its
 * own DTSTART (no RRULE: the rules of a zone change over the years, and listing the
 * changes luxon reports is exact for the events in the file). An observance is DAYLIGHT
 * when luxon says the zone is on daylight time then.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): ICAL.Component {
	const component = new ICAL.Component("vtimezone");
	component.addPropertyWithValue("tzid", zone);
	const startMs = Date.UTC(fromYear, 0, 1);
	const first = offsetAt(zone, startMs);
	const kindAt = (ms: number): "standard" | "daylight" => (DateTime.fromMillis(ms, { zone }).isInDST ? "daylight" : "standard");
	// Midnight of the first day of the span, local; from and to agree, as nothing changes there.
	component.addSubcomponent(observance(kindAt(startMs), localTime(startMs, first), first, first, shortName(zone, startMs)));
	for (const change of offsetChanges(zone, fromYear, toYear)) {
		component.addSubcomponent(observance(kindAt(change.atMs), localTime(change.atMs, change.fromMinutes), change.fromMinutes, change.toMinutes, shortName(zone, change.atMs)));
	}
	return component;
}
