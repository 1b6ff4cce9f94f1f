import { DateTime, IANAZone } from "luxon";

/*
 * The wall-time rule, stated once for the whole plugin (docs/follow-up-rules.md says the
 * same): a local time is read in the zone as follows.
 * - A time that occurs twice (the hour repeated when clocks go back) is its first occurrence.
 * - A time that never occurs (the hour skipped when clocks go forward) moves forward by
 *   the gap: 02:30 on the night New York skips to 03:00 is 03:30.
 * - "n days before or after" moves the written wall time by n calendar days, then reads
 *   the result by the same rule.
 * Luxon's own `fromObject`/`fromISO`/`set` in a zone settle an ambiguous time with the
 * offset in force on the machine's clock (or the value's own offset), so the same note gave
 * different answers in July and in December; here only the zone's offsets decide.
 */

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Offsets by zone and UTC hour, for hours with one offset throughout. Luxon asks Intl for an
 * offset each time (a few microseconds), and a queue derived per batch asks several per
 * record; the answers never change.
 */
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC in minutes at an instant (luxon's answer, remembered by hour). */
export function offsetAt(zone: string, ms: number): number {
	let byHour = offsets.get(zone);
	if (byHour === undefined) offsets.set(zone, (byHour = new Map<number, number>()));
	const hour = Math.floor(ms / HOUR);
	const known = byHour.get(hour);
	if (known !== undefined) return known;
	const luxonZone = IANAZone.create(zone);
	const offset = luxonZone.offset(ms);
	if (offset === luxonZone.offset(hour * HOUR) && offset === luxonZone.offset(hour * HOUR + HOUR - 1)) byHour.set(hour, offset);
	return offset;
}

/** A wall time written as if it were UTC, in milliseconds (month 1–12; years below 100 as written). */
export function wallMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
	const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
	return date.setUTCFullYear(year, month - 1, day);
}

/** The wall time an instant shows in the zone, as if it were UTC. */
export function wallOf(ms: number, zone: string): number {
	return ms + offsetAt(zone, ms) * MINUTE;
}

/** The instant of a wall time in the zone, by the rule above. */
export function instantOf(wall: number, zone: string): number {
	// The offsets in force a day before and a day after: at most one change lies between.
	const before = offsetAt(zone, wall - DAY);
	const after = offsetAt(zone, wall + DAY);
	const early = wall - before * MINUTE;
	const late = wall - after * MINUTE;
	const earlyFits = offsetAt(zone, early) === before;
	const lateFits = offsetAt(zone, late) === after;
	if (earlyFits && lateFits) return Math.min(early, late);
	if (lateFits) return late;
	// Fits with the earlier offset, or skipped: read with the offset before the change, which lands after the gap.
	return early;
}

/** A date (and time) in the zone as a luxon DateTime, by the rule above. */
export function dateTimeAt(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): DateTime {
	return DateTime.fromMillis(instantOf(wallMillis(year, month, day, hour, minute, second, millisecond), zone), { zone });
}

/** Local midnight starting the day an instant falls on. */
export function dayStart(ms: number, zone: string): number {
	return instantOf(Math.floor(wallOf(ms, zone) / DAY) * DAY, zone);
}

/** Local midnight starting the day `days` whole days after the day an instant falls on. */
export function dayStartAfter(ms: number, days: number, zone: string): number {
	return instantOf((Math.floor(wallOf(ms, zone) / DAY) + Math.trunc(days)) * DAY, zone);
}

/** The last millisecond of the day an instant falls on. */
export function dayEnd(ms: number, zone: string): number {
	return dayStartAfter(ms, 1, zone) - 1;
}

/** The same wall time `days` calendar days later (or earlier); a fraction of a day adds elapsed time. */
export function plusDays(ms: number, days: number, zone: string): number {
	const whole = Math.trunc(days);
	const moved = instantOf(wallOf(ms, zone) + whole * DAY, zone);
	return moved + (days - whole) * DAY;
}
