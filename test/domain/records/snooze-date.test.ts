import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readSnoozeDay } from "../../../src/domain/records/snooze-date";

const ZONE = "Pacific/Auckland";
const NOW = DateTime.fromISO("2026-11-23T23:30", { zone: ZONE }).toMillis();

describe("readSnoozeDay", () => {
	it("gives the start of a day after today, in the queue's zone", () => {
		const read = readSnoozeDay(" 2026-11-24 ", NOW, ZONE);
		expect(read.ok && read.day.toISO()).toBe("2026-11-24T00:00:00.000+13:00");
	});

	it("refuses today, the past, empty text and dates that do not exist", () => {
		const message = (text: string): string | undefined => {
			const read = readSnoozeDay(text, NOW, ZONE);
			return read.ok ? undefined : read.message;
		};
		expect(message("2026-11-23")).toMatch(/^Pick a day after today/);
		expect(message("2025-01-01")).toMatch(/^Pick a day after today/);
		expect(message("")).toBe("Pick the day the follow-ups should come back.");
		expect(message("2026-02-30")).toMatch(/is not a date/);
		expect(message("next friday")).toMatch(/is not a date/);
	});
});
