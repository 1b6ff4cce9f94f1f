import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatWhen, isValidZone, lastInstant, parseWhen, resolveZone, zoneFor } from "../../../src/domain/records/dates";

const ZONE = "America/New_York";

function when(value: unknown, zone = ZONE) {
	const parsed = parseWhen(value, zone);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.value;
}

function errorOf(value: unknown): string {
	const parsed = parseWhen(value, ZONE);
	if (parsed.ok) throw new Error(`expected ${String(value)} to be rejected`);
	return parsed.message;
}

describe("parseWhen", () => {
	it("reads a date as the whole local day in the configured zone", () => {
		const day = when("2026-11-24");
		expect(day.hasTime).toBe(false);
		expect(day.start.toISO()).toBe("2026-11-24T00:00:00.000-05:00");
		expect(lastInstant(day).toISO()).toBe("2026-11-24T23:59:59.999-05:00");
	});

	it("reads a date-time as local wall time, with or without seconds, T or space", () => {
		expect(when("2026-11-24T15:00").start.toISO()).toBe("2026-11-24T15:00:00.000-05:00");
		expect(when("2026-11-24 15:00:30").start.toISO()).toBe("2026-11-24T15:00:30.000-05:00");
	});

	it("keeps the instant of a date-time written with an offset", () => {
		expect(when("2026-11-24T15:00Z").start.toISO()).toBe("2026-11-24T10:00:00.000-05:00");
	});

	it("accepts js-yaml Date objects: UTC midnight is a whole day, anything else an instant", () => {
		const day = when(new Date(Date.UTC(2026, 10, 24)));
		expect(day.hasTime).toBe(false);
		expect(day.start.toISODate()).toBe("2026-11-24");
		const instant = when(new Date(Date.UTC(2026, 10, 24, 20, 0)));
		expect(instant.hasTime).toBe(true);
		expect(instant.start.toISO()).toBe("2026-11-24T15:00:00.000-05:00");
	});

	it("rejects impossible and free-form dates with a message that shows the value", () => {
		expect(errorOf("2026-02-30")).toContain('"2026-02-30" is not a real date');
		expect(errorOf("2026-11-24T24:00")).toContain("is not a real date and time");
		expect(errorOf("next tuesday")).toContain("write it as 2026-11-24");
		expect(errorOf(20261124)).toContain("expected a date");
		expect(errorOf(["2026-11-24"])).toContain("a list of 1");
		expect(errorOf(new Date(Number.NaN))).toContain("not a valid date");
	});

	it("puts a date on the right local day across a DST change", () => {
		// 2026-03-08 is the spring-forward day in New York: the day has 23 hours.
		const day = when("2026-03-08");
		expect(lastInstant(day).diff(day.start, "hours").hours).toBeCloseTo(23, 3);
	});

	it("formats in the contract's form", () => {
		expect(formatWhen(when("2026-11-24"))).toBe("2026-11-24");
		expect(formatWhen(when("2026-11-24T09:05"))).toBe("2026-11-24T09:05");
	});
});

describe("parseWhen agrees with luxon", () => {
	const pad = (n: number, width = 2) => String(n).padStart(width, "0");
	// Days around the 2026 DST changes of both hemispheres, and any other day (some impossible).
	const day = fc.oneof(
		fc.constantFrom("2026-03-08", "2026-03-29", "2026-04-05", "2026-09-27", "2026-10-25", "2026-11-01", "2024-02-29", "2026-02-29", "2026-04-31"),
		fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
	);
	const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 59, 60), fc.option(fc.tuple(fc.constantFrom(0, 7, 59, 60), fc.option(fc.constantFrom("5", "123", "999999999"))))).map(
		([h, m, rest]) => `${pad(h)}:${pad(m)}${rest === null ? "" : `:${pad(rest[0])}${rest[1] === null ? "" : `.${rest[1]}`}`}`,
	);
	const zone = fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland", "Australia/Lord_Howe", "Asia/Kolkata");

	it("gives the same instant, or refuses the same texts, for any local date or date-time", () => {
		fc.assert(
			fc.property(day, fc.option(time), fc.constantFrom("T", " "), zone, (d, t, separator, z) => {
				const text = t === null ? d : `${d}${separator}${t}`;
				const expected = DateTime.fromISO(text.replace(" ", "T"), { zone: z });
				const parsed = parseWhen(text, z);
				expect(parsed.ok).toBe(expected.isValid);
				if (parsed.ok) {
					// Luxon reads a repeated wall time by the machine's clock; the rule takes its first occurrence.
					const wallText = (t: DateTime) => t.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
					const earlier = [60, 30].map((m) => expected.minus({ minutes: m })).find((t) => wallText(t) === wallText(expected));
					expect(parsed.value.start.toMillis()).toBe((earlier ?? expected).toMillis());
					expect(parsed.value.start.zoneName).toBe(z);
				}
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("zones", () => {
	it("uses the configured zone when it exists and the system zone otherwise", () => {
		expect(resolveZone("Pacific/Auckland")).toBe("Pacific/Auckland");
		expect(resolveZone("Mars/Olympus")).not.toBe("Mars/Olympus");
		expect(isValidZone("")).toBe(true);
		expect(isValidZone("Mars/Olympus")).toBe(false);
	});

	it("falls back to UTC, with a warning, when neither the setting nor the system zone is usable", () => {
		expect(zoneFor("", "Europe/Berlin")).toEqual({ zone: "Europe/Berlin", warning: null });
		expect(zoneFor("", "Etc/Unknown")).toEqual({ zone: "UTC", warning: "the system time zone (Etc/Unknown) is not usable; using UTC" });
		expect(zoneFor("Mars/Olympus", "Europe/Berlin")).toEqual({ zone: "Europe/Berlin", warning: 'the time zone "Mars/Olympus" in the plugin settings is unknown; using the system zone' });
		expect(zoneFor("Mars/Olympus", "Etc/Unknown").zone).toBe("UTC");
	});
});
