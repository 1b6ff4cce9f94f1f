import fc from "fast-check";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseWhen } from "../../../src/domain/records/dates";
import { dayEnd, dayStart, dayStartAfter, instantOf, offsetAt, plusDays, wallMillis } from "../../../src/domain/records/wall-time";

const NY = "America/New_York";
const ZONES = [NY, "Europe/Berlin", "Pacific/Auckland", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago", "UTC"];

function local(ms: number, zone: string): string {
	return DateTime.fromMillis(ms, { zone }).toISO() ?? "";
}

function wall(text: string, zone: string): number {
	const t = DateTime.fromISO(text, { zone: "UTC" });
	return instantOf(wallMillis(t.year, t.month, t.day, t.hour, t.minute), zone);
}

afterEach(() => {
	vi.useRealTimers();
});

describe("the wall-time rule", () => {
	it("reads a repeated hour as its first occurrence, whatever the machine's clock says", () => {
		for (const clock of ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"]) {
			vi.useFakeTimers({ toFake: ["Date"] });
			vi.setSystemTime(new Date(clock));
			expect(local(wall("2026-11-01T01:30", NY), NY), clock).toBe("2026-11-01T01:30:00.000-04:00");
			const parsed = parseWhen("2026-11-01T01:30", NY);
			expect(parsed.ok && parsed.value.start.toISO(), clock).toBe("2026-11-01T01:30:00.000-04:00");
			expect(local(wall("2026-04-05T02:30", "Pacific/Auckland"), "Pacific/Auckland"), clock).toBe("2026-04-05T02:30:00.000+13:00");
			vi.useRealTimers();
		}
	});

	it("moves a skipped time forward by the gap", () => {
		expect(local(wall("2026-03-08T02:30", NY), NY)).toBe("2026-03-08T03:30:00.000-04:00");
		expect(local(wall("2026-03-29T02:15", "Europe/Berlin"), "Europe/Berlin")).toBe("2026-03-29T03:15:00.000+02:00");
	});

	it("moves the written wall time by calendar days, then reads it by the same rule", () => {
		const afterChange = DateTime.fromISO("2026-11-03T01:30", { zone: NY }).toMillis();
		expect(local(plusDays(afterChange, -2, NY), NY)).toBe("2026-11-01T01:30:00.000-04:00");
		const dayBefore = DateTime.fromISO("2026-03-07T02:30", { zone: NY }).toMillis();
		expect(local(plusDays(dayBefore, 1, NY), NY)).toBe("2026-03-08T03:30:00.000-04:00");
		const berlin = DateTime.fromISO("2026-03-28T15:00", { zone: "Europe/Berlin" }).toMillis();
		expect(local(plusDays(berlin, 2, "Europe/Berlin"), "Europe/Berlin")).toBe("2026-03-30T15:00:00.000+02:00");
	});

	it("starts and ends days at local midnight, also on the days clocks change", () => {
		const springForward = DateTime.fromISO("2026-03-08T12:00", { zone: NY }).toMillis();
		expect(local(dayStart(springForward, NY), NY)).toBe("2026-03-08T00:00:00.000-05:00");
		expect(local(dayEnd(springForward, NY), NY)).toBe("2026-03-08T23:59:59.999-04:00");
		const auckland = instantOf(wallMillis(2026, 4, 5), "Pacific/Auckland");
		expect(local(auckland, "Pacific/Auckland")).toBe("2026-04-05T00:00:00.000+13:00");
		expect(local(dayStartAfter(auckland, 1, "Pacific/Auckland"), "Pacific/Auckland")).toBe("2026-04-06T00:00:00.000+12:00");
	});

	it("agrees with luxon on offsets and days for any instant", () => {
		const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) });
		fc.assert(
			fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
				const moment = DateTime.fromMillis(ms, { zone });
				expect(offsetAt(zone, ms)).toBe(moment.offset);
				expect(dayStart(ms, zone)).toBe(moment.startOf("day").toMillis());
				expect(dayEnd(ms, zone)).toBe(moment.endOf("day").toMillis());
			}),
			{ numRuns: 1000 },
		);
	});
});
