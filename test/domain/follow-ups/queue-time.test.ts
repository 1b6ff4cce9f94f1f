import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dueText } from "../../../src/domain/follow-ups/queue-time";

const ZONE = "Europe/Berlin";
const NOW = DateTime.fromISO("2026-11-23T12:00", { zone: ZONE }).toMillis();

function at(local: string, zone = ZONE): number {
	return DateTime.fromISO(local, { zone }).toMillis();
}

/** A whole-day item due on `day`: its deadline is that day's last millisecond. */
function day(date: string, zone = ZONE): { dueMs: number; allDay: true } {
	return { dueMs: DateTime.fromISO(date, { zone }).endOf("day").toMillis(), allDay: true };
}

function timed(local: string): { dueMs: number; allDay: false } {
	return { dueMs: at(local), allDay: false };
}

describe("dueText", () => {
	it("says how late an item is, in the largest whole unit", () => {
		expect(dueText(timed("2026-11-23T11:59:30"), NOW, ZONE).relative).toBe("overdue by 1 minute");
		expect(dueText(timed("2026-11-23T11:15"), NOW, ZONE).relative).toBe("overdue by 45 minutes");
		expect(dueText(timed("2026-11-23T09:00"), NOW, ZONE).relative).toBe("overdue by 3 hours");
		expect(dueText(timed("2026-11-22T11:00"), NOW, ZONE).relative).toBe("overdue by 1 day");
		expect(dueText(timed("2026-11-21T09:00"), NOW, ZONE).relative).toBe("overdue by 2 days");
	});

	it("counts whole-day items late by calendar days", () => {
		expect(dueText(day("2026-11-22"), NOW, ZONE).relative).toBe("overdue by 1 day");
		expect(dueText(day("2026-11-20"), NOW, ZONE)).toEqual({ relative: "overdue by 3 days", absolute: "Friday 20 November 2026, all day" });
	});

	it("says due now for what is due within the minute, a late confirmation included", () => {
		expect(dueText({ dueMs: NOW, allDay: false }, NOW, ZONE)).toEqual({ relative: "due now", absolute: "Monday 23 November 2026 at 12:00" });
		expect(dueText(timed("2026-11-23T12:00:40"), NOW, ZONE).relative).toBe("due now");
	});

	it("names the day: today, tomorrow, a weekday within the week, then a date", () => {
		expect(dueText(timed("2026-11-23T14:30"), NOW, ZONE)).toEqual({ relative: "today 14:30", absolute: "Monday 23 November 2026 at 14:30" });
		expect(dueText(day("2026-11-23"), NOW, ZONE).relative).toBe("today");
		expect(dueText(timed("2026-11-24T09:00"), NOW, ZONE).relative).toBe("tomorrow 09:00");
		expect(dueText(day("2026-11-24"), NOW, ZONE).relative).toBe("tomorrow");
		expect(dueText(timed("2026-11-28T12:30"), NOW, ZONE).relative).toBe("Saturday 12:30");
		// The seventh day has today's weekday: a date says it without ambiguity.
		expect(dueText(timed("2026-11-30T08:30"), NOW, ZONE).relative).toBe("30 Nov 08:30");
		expect(dueText(day("2027-01-28"), NOW, ZONE).relative).toBe("28 Jan 2027");
	});

	it("names only the day for an item due as its day begins, keeping the exact time in the absolute form", () => {
		expect(dueText(timed("2026-11-24T00:00"), NOW, ZONE)).toEqual({ relative: "tomorrow", absolute: "Tuesday 24 November 2026 at 00:00" });
		expect(dueText(timed("2026-11-24T00:01"), NOW, ZONE).relative).toBe("tomorrow 00:01");
	});

	it("has no time for anytime items", () => {
		expect(dueText({ dueMs: null, allDay: false }, NOW, ZONE)).toEqual({ relative: "anytime", absolute: "No due date" });
	});

	it("counts days by the calendar across a clock change", () => {
		const zone = "America/New_York";
		// The clocks go forward in New York on Sunday 8 March 2026: that day has 23 hours.
		const now = at("2026-03-07T23:00", zone);
		const due = { dueMs: at("2026-03-09T00:30", zone), allDay: false };
		expect(dueText(due, now, zone).relative).toBe("Monday 00:30");
		expect(dueText({ dueMs: at("2026-03-08T03:30", zone), allDay: false }, now, zone)).toEqual({ relative: "tomorrow 03:30", absolute: "Sunday 8 March 2026 at 03:30" });
	});

	it("reads the same instant in the queue's zone, whatever zone it is shown from", () => {
		// Noon in Berlin is already midnight starting Tuesday in Auckland.
		const auckland = "Pacific/Auckland";
		expect(dueText(timed("2026-11-23T14:30"), NOW, auckland)).toEqual({ relative: "today 02:30", absolute: "Tuesday 24 November 2026 at 02:30" });
	});
});
