import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../../src/domain/records/zone-calendar";

const ZONES = ["America/New_York", "Europe/Berlin", "Pacific/Auckland", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago", "UTC"];

function local(ms: number, zone: string): string {
	return DateTime.fromMillis(ms, { zone }).toISO() ?? "";
}

describe("ZoneCalendar", () => {
	it("starts the day at local midnight, also on the days DST changes", () => {
		const ny = new ZoneCalendar("America/New_York");
		const springForward = DateTime.fromISO("2026-03-08T12:00", { zone: "America/New_York" }).toMillis();
		expect(local(ny.dayStart(springForward), "America/New_York")).toBe("2026-03-08T00:00:00.000-05:00");
		expect(local(ny.dayEnd(springForward), "America/New_York")).toBe("2026-03-08T23:59:59.999-04:00");
		const fallBack = DateTime.fromISO("2026-11-01T23:00", { zone: "America/New_York" }).toMillis();
		expect(local(ny.dayStart(fallBack), "America/New_York")).toBe("2026-11-01T00:00:00.000-04:00");
	});

	it("adds calendar days keeping the wall-clock time across a DST change", () => {
		const berlin = new ZoneCalendar("Europe/Berlin");
		const beforeChange = DateTime.fromISO("2026-03-28T15:00", { zone: "Europe/Berlin" }).toMillis();
		expect(local(berlin.addDays(beforeChange, 2), "Europe/Berlin")).toBe("2026-03-30T15:00:00.000+02:00");
		expect(local(berlin.addDays(berlin.addDays(beforeChange, 2), -2), "Europe/Berlin")).toBe("2026-03-28T15:00:00.000+01:00");
	});

	it("moves a time skipped by the spring change forward, as luxon does", () => {
		const ny = new ZoneCalendar("America/New_York");
		const dayBefore = DateTime.fromISO("2026-03-07T02:30", { zone: "America/New_York" }).toMillis();
		expect(local(ny.addDays(dayBefore, 1), "America/New_York")).toBe("2026-03-08T03:30:00.000-04:00");
	});

	it("reads a calendar date as that day's local midnight", () => {
		const auckland = new ZoneCalendar("Pacific/Auckland");
		expect(local(auckland.dayStartOfDate(2026, 4, 5), "Pacific/Auckland")).toBe("2026-04-05T00:00:00.000+13:00");
		expect(local(auckland.addWholeDays(auckland.dayStartOfDate(2026, 4, 5), 1), "Pacific/Auckland")).toBe("2026-04-06T00:00:00.000+12:00");
	});

	it("falls back to the system zone for an unknown zone instead of failing", () => {
		expect(new ZoneCalendar("Mars/Olympus").zone).toBe(DateTime.local().zoneName);
	});

	it("agrees with luxon for any instant, zone and number of days", () => {
		const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) });
		fc.assert(
			fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: -120, max: 120 }), (ms, zone, days) => {
				const calendar = new ZoneCalendar(zone);
				const moment = DateTime.fromMillis(ms, { zone });
				expect(calendar.dayStart(ms)).toBe(moment.startOf("day").toMillis());
				expect(calendar.dayEnd(ms)).toBe(moment.endOf("day").toMillis());
				expect(calendar.addDays(ms, days)).toBe(moment.plus({ days }).toMillis());
				const dayStart = calendar.dayStart(ms);
				expect(calendar.addWholeDays(dayStart, days)).toBe(moment.startOf("day").plus({ days }).startOf("day").toMillis());
				expect(calendar.offsetAt(ms)).toBe(moment.offset);
			}),
			{ numRuns: 2000 },
		);
	});

	it("agrees with luxon within hours of every 2026 offset change", () => {
		const near: [number, string][] = [];
		for (const zone of ZONES) {
			let previous = DateTime.fromMillis(Date.UTC(2026, 0, 1), { zone }).offset;
			for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 60 * 60_000) {
				const offset = DateTime.fromMillis(ms, { zone }).offset;
				if (offset !== previous) near.push([ms, zone]);
				previous = offset;
			}
		}
		expect(near.length).toBeGreaterThan(8);
		const around = fc.tuple(fc.constantFrom(...near), fc.integer({ min: -90, max: 90 }), fc.integer({ min: -3, max: 3 }));
		fc.assert(
			fc.property(around, ([[change, zone], minutes, days]) => {
				const ms = change + minutes * 60_000;
				const calendar = new ZoneCalendar(zone);
				const moment = DateTime.fromMillis(ms, { zone });
				expect(calendar.dayStart(ms)).toBe(moment.startOf("day").toMillis());
				expect(calendar.addDays(ms, days)).toBe(moment.plus({ days }).toMillis());
				expect(calendar.offsetAt(ms)).toBe(moment.offset);
			}),
			{ numRuns: 2000 },
		);
	});
});
