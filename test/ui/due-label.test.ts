import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dueLabel } from "../../src/ui/due-label";

const ZONE = "America/Chicago";
const NOW = DateTime.fromISO("2026-11-23T12:00", { zone: ZONE }).toMillis();

function at(iso: string, allDay = false): { dueMs: number; allDay: boolean } {
	return { dueMs: DateTime.fromISO(iso, { zone: ZONE }).toMillis(), allDay };
}

describe("dueLabel", () => {
	it("writes the time in the locale's clock", () => {
		expect(dueLabel(at("2026-11-23T14:30"), NOW, ZONE, "en-US").relative).toBe("today 2:30 PM");
		expect(dueLabel(at("2026-11-23T14:30"), NOW, ZONE, "de-DE").relative).toBe("today 14:30");
		expect(dueLabel(at("2026-11-30T08:30"), NOW, ZONE, "en-GB").relative).toBe("30 Nov 08:30");
		expect(dueLabel(at("2026-11-30T08:30"), NOW, ZONE, "en-US").relative).toBe("Nov 30 8:30 AM");
	});

	it("names a day, never a midnight, for whole-day items and items due at the start of a day", () => {
		expect(dueLabel(at("2026-12-01T00:00"), NOW, ZONE, "en-GB").relative).toBe("1 Dec");
		expect(dueLabel(at("2026-11-24", true), NOW, ZONE, "en-US")).toEqual({ relative: "tomorrow", absolute: "Tuesday, November 24, 2026, all day" });
		expect(dueLabel(at("2027-01-28", true), NOW, ZONE, "en-GB").relative).toBe("28 Jan 2027");
	});

	it("says how late, and falls back to the system's locale for a tag it does not know", () => {
		expect(dueLabel(at("2026-11-20", true), NOW, ZONE, "en-US").relative).toBe("overdue by 3 days");
		expect(dueLabel(at("2026-11-23T11:15"), NOW, ZONE, "en-US").relative).toBe("overdue by 45 minutes");
		expect(dueLabel({ dueMs: null, allDay: false }, NOW, ZONE, "en-US").relative).toBe("anytime");
		expect(dueLabel(at("2026-11-28T12:30"), NOW, ZONE, "not a locale!").relative).toMatch(/^\S+ \d/);
	});
});
