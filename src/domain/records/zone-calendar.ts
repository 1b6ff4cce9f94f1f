import { DateTime, Info, type Zone } from "luxon";
import { resolveZone } from "./zones";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY_MS = 86_400_000;

/** Offsets are cached by UTC hour; a large vault touches a few thousand hours at most. */
const MAX_CACHED_HOURS = 200_000;

/**
 * One offset cache per zone, shared by every calendar: a queue is rebuilt whenever the
 * settings change, and offsets, unlike the settings, never do.
 */
const offsetCaches = new Map<string, Map<number, number>>();

/**
 * A local wall-clock time as if it were UTC, in milliseconds (month 1–12). Date.UTC
 * reads years below 100 as 19xx; setUTCFullYear does not, but needs a Date.
 */
export function localMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
	if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
	const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
	return date.setUTCFullYear(year, month - 1, day);
}

function offsetCacheFor(zone: string): Map<number, number> {
	let cache = offsetCaches.get(zone);
	if (cache === undefined) offsetCaches.set(zone, (cache = new Map<number, number>()));
	return cache;
}

/** Calendars by zone name, for callers that ask often: checking a zone name costs far more than a day's arithmetic. */
const calendars = new Map<string, ZoneCalendar>();

/**
 * Calendar arithmetic on epoch milliseconds in one IANA zone, giving the same answers
 * as luxon's `startOf("day")` and `plus({ days })` (wall-clock days, so an interview at
 * 15:00 is prepared for at 15:00 two days earlier even across a DST change).
 *
 * Why not luxon directly: every luxon zone operation formats a date with Intl to learn
 * the offset, a few microseconds each, and the queue does several per record for tens
 * of thousands of records. Offsets only change at DST transitions, so they are cached
 * per UTC hour; an hour that contains a transition is never cached and is asked exactly.
 */
export class ZoneCalendar {
	readonly zone: string;
	private readonly luxonZone: Zone;
	/** UTC hour number → offset in minutes, or NaN when the offset changes within that hour. */
	private readonly offsetsByHour: Map<number, number>;
	/**
	 * A small direct-mapped copy of that map (slot = hour mod 1024), read first: the queue
	 * asks for offsets hundreds of thousands of times per build, over a few thousand hours,
	 * and reading an array costs far less than hashing into a large map.
	 */
	private readonly slotHours = new Float64Array(1024).fill(Number.NaN);
	private readonly slotOffsets = new Float64Array(1024);

	constructor(zone: string) {
		this.zone = resolveZone(zone);
		this.luxonZone = Info.normalizeZone(this.zone);
		this.offsetsByHour = offsetCacheFor(this.zone);
	}

	/**
	 * The calendar of a zone, made once per name. Only a valid IANA name is kept: an empty
	 * or unknown one means the system zone, which can change while the app runs.
	 */
	static of(zone: string): ZoneCalendar {
		let calendar = calendars.get(zone);
		if (calendar === undefined) {
			calendar = new ZoneCalendar(zone);
			if (calendar.zone === zone) calendars.set(zone, calendar);
		}
		return calendar;
	}

	/** The zone's offset from UTC, in minutes, at an instant. */
	offsetAt(ms: number): number {
		const hour = Math.floor(ms / HOUR);
		const slot = hour & 1023;
		let cached = this.slotHours[slot] === hour ? this.slotOffsets[slot] : undefined;
		if (cached === undefined) {
			cached = this.offsetsByHour.get(hour);
			if (cached === undefined) {
				if (this.offsetsByHour.size >= MAX_CACHED_HOURS) this.offsetsByHour.clear();
				const first = this.luxonZone.offset(hour * HOUR);
				const last = this.luxonZone.offset(hour * HOUR + HOUR - 1);
				cached = first === last ? first : Number.NaN;
				this.offsetsByHour.set(hour, cached);
			}
			this.slotHours[slot] = hour;
			this.slotOffsets[slot] = cached;
		}
		return Number.isNaN(cached) ? this.luxonZone.offset(ms) : cached;
	}

	/**
	 * The instant of a local wall-clock time (given as if it were UTC), starting from a
	 * guessed offset. The same steps as luxon's `fixOffset`: a time skipped by a DST
	 * change moves forward, a repeated one keeps the guessed offset when it fits.
	 */
	localToInstant(localMs: number, guessOffset: number): number {
		let utcGuess = localMs - guessOffset * MINUTE;
		const o2 = this.offsetAt(utcGuess);
		if (guessOffset === o2) return utcGuess;
		utcGuess -= (o2 - guessOffset) * MINUTE;
		const o3 = this.offsetAt(utcGuess);
		if (o2 === o3) return utcGuess;
		return localMs - Math.min(o2, o3) * MINUTE;
	}

	/** Local midnight starting the day an instant falls on. */
	dayStart(ms: number): number {
		const offset = this.offsetAt(ms);
		const local = ms + offset * MINUTE;
		return this.localToInstant(Math.floor(local / DAY_MS) * DAY_MS, offset);
	}

	/** Local midnight starting a calendar date (month 1–12). */
	dayStartOfDate(year: number, month: number, day: number): number {
		const local = localMillis(year, month, day);
		return this.localToInstant(local, this.offsetAt(local));
	}

	/** The same wall-clock time `days` calendar days later (or earlier); fractions add elapsed time. */
	addDays(ms: number, days: number): number {
		const whole = Math.trunc(days);
		const offset = this.offsetAt(ms);
		const moved = this.localToInstant(ms + offset * MINUTE + whole * DAY_MS, offset);
		return days === whole ? moved : moved + (days - whole) * DAY_MS;
	}

	/** The start of the day `days` whole days after the day starting at `dayStartMs`. */
	addWholeDays(dayStartMs: number, days: number): number {
		// Through dayStart again: a day whose midnight a DST change skipped began at 01:00,
		// and that hour must not carry over to the day we land on.
		return this.dayStart(this.addDays(dayStartMs, Math.trunc(days)));
	}

	/** The last millisecond of the day an instant falls on. */
	dayEnd(ms: number): number {
		return this.addWholeDays(this.dayStart(ms), 1) - 1;
	}

	dateTime(ms: number): DateTime {
		return DateTime.fromMillis(ms, { zone: this.zone });
	}
}
