import { describe, expect, it } from "vitest";
import { buildQueue } from "../../src/domain/follow-ups/queue";
import { liveQueue } from "../builders/queue";
import { DEFAULT_RULES } from "../../src/domain/settings";
import { CHANGE_DAYS, dayAfter } from "./dst-vault";
import { dstIndex, localMs, queueLines } from "./queue-probe";

/*
 * The DST vault's queue on the days before and after each change, in four zones, with
 * every due time written out by hand from docs/follow-up-rules.md:
 * - prepare: the after-interview's start (T+1 10:00) two calendar days earlier, same wall time;
 * - confirm: midnight starting the day before it (T 00:00), "due now" once that has passed;
 * - thank_you: the before-interview's end (T-1 10:30) plus 24 elapsed hours, so 11:30 when
 *   the clocks went forward that night and 09:30 when they went back;
 * - debrief: the end of the before-interview's day; follow_up: the end of T, a 23- or 25-hour day.
 * Lines are `group kind due`, only for the notes of that day, in queue order.
 */

const SETTINGS = { rules: { ...DEFAULT_RULES } };

interface Case {
	readonly zone: string;
	readonly day: string;
	/** At 09:00 local on the day before the change. */
	readonly dayBefore: readonly string[];
	/** At 09:00 local on the day after the change. */
	readonly dayAfter: readonly string[];
}

const CASES: readonly Case[] = [
	{
		zone: "America/New_York",
		day: CHANGE_DAYS.newYorkSpring,
		dayBefore: ["today prepare 2026-03-07T10:00:00.000-05:00", "next_7_days confirm 2026-03-08T00:00:00.000-05:00", "next_7_days follow_up 2026-03-08T23:59:59.999-04:00"],
		dayAfter: [
			"overdue prepare 2026-03-07T10:00:00.000-05:00",
			"overdue debrief 2026-03-07T23:59:59.999-05:00",
			"overdue thank_you 2026-03-08T11:30:00.000-04:00",
			"overdue follow_up 2026-03-08T23:59:59.999-04:00",
			"today confirm 2026-03-09T09:00:00.000-04:00",
		],
	},
	{
		zone: "America/New_York",
		day: CHANGE_DAYS.newYorkAutumn,
		dayBefore: ["today prepare 2026-10-31T10:00:00.000-04:00", "next_7_days confirm 2026-11-01T00:00:00.000-04:00", "next_7_days follow_up 2026-11-01T23:59:59.999-05:00"],
		dayAfter: [
			"overdue prepare 2026-10-31T10:00:00.000-04:00",
			"overdue debrief 2026-10-31T23:59:59.999-04:00",
			"overdue thank_you 2026-11-01T09:30:00.000-05:00",
			"overdue follow_up 2026-11-01T23:59:59.999-05:00",
			"today confirm 2026-11-02T09:00:00.000-05:00",
		],
	},
	{
		zone: "Europe/Berlin",
		day: CHANGE_DAYS.berlinSpring,
		dayBefore: ["today prepare 2026-03-28T10:00:00.000+01:00", "next_7_days confirm 2026-03-29T00:00:00.000+01:00", "next_7_days follow_up 2026-03-29T23:59:59.999+02:00"],
		dayAfter: [
			"overdue prepare 2026-03-28T10:00:00.000+01:00",
			"overdue debrief 2026-03-28T23:59:59.999+01:00",
			"overdue thank_you 2026-03-29T11:30:00.000+02:00",
			"overdue follow_up 2026-03-29T23:59:59.999+02:00",
			"today confirm 2026-03-30T09:00:00.000+02:00",
		],
	},
	{
		zone: "Europe/Berlin",
		day: CHANGE_DAYS.berlinAutumn,
		dayBefore: ["today prepare 2026-10-24T10:00:00.000+02:00", "next_7_days confirm 2026-10-25T00:00:00.000+02:00", "next_7_days follow_up 2026-10-25T23:59:59.999+01:00"],
		dayAfter: [
			"overdue prepare 2026-10-24T10:00:00.000+02:00",
			"overdue debrief 2026-10-24T23:59:59.999+02:00",
			"overdue thank_you 2026-10-25T09:30:00.000+01:00",
			"overdue follow_up 2026-10-25T23:59:59.999+01:00",
			"today confirm 2026-10-26T09:00:00.000+01:00",
		],
	},
	{
		// New Zealand's daylight saving ends in April and starts in September.
		zone: "Pacific/Auckland",
		day: CHANGE_DAYS.aucklandAutumn,
		dayBefore: ["today prepare 2026-04-04T10:00:00.000+13:00", "next_7_days confirm 2026-04-05T00:00:00.000+13:00", "next_7_days follow_up 2026-04-05T23:59:59.999+12:00"],
		dayAfter: [
			"overdue prepare 2026-04-04T10:00:00.000+13:00",
			"overdue debrief 2026-04-04T23:59:59.999+13:00",
			"overdue thank_you 2026-04-05T09:30:00.000+12:00",
			"overdue follow_up 2026-04-05T23:59:59.999+12:00",
			"today confirm 2026-04-06T09:00:00.000+12:00",
		],
	},
	{
		zone: "Pacific/Auckland",
		day: CHANGE_DAYS.aucklandSpring,
		dayBefore: ["today prepare 2026-09-26T10:00:00.000+12:00", "next_7_days confirm 2026-09-27T00:00:00.000+12:00", "next_7_days follow_up 2026-09-27T23:59:59.999+13:00"],
		dayAfter: [
			"overdue prepare 2026-09-26T10:00:00.000+12:00",
			"overdue debrief 2026-09-26T23:59:59.999+12:00",
			"overdue thank_you 2026-09-27T11:30:00.000+13:00",
			"overdue follow_up 2026-09-27T23:59:59.999+13:00",
			"today confirm 2026-09-28T09:00:00.000+13:00",
		],
	},
	{
		// UTC never changes: on New York's and Auckland's days every deadline keeps its plain arithmetic.
		zone: "UTC",
		day: CHANGE_DAYS.newYorkSpring,
		dayBefore: ["today prepare 2026-03-07T10:00:00.000Z", "next_7_days confirm 2026-03-08T00:00:00.000Z", "next_7_days follow_up 2026-03-08T23:59:59.999Z"],
		dayAfter: [
			"overdue prepare 2026-03-07T10:00:00.000Z",
			"overdue debrief 2026-03-07T23:59:59.999Z",
			"overdue thank_you 2026-03-08T10:30:00.000Z",
			"overdue follow_up 2026-03-08T23:59:59.999Z",
			"today confirm 2026-03-09T09:00:00.000Z",
		],
	},
	{
		zone: "UTC",
		day: CHANGE_DAYS.aucklandSpring,
		dayBefore: ["today prepare 2026-09-26T10:00:00.000Z", "next_7_days confirm 2026-09-27T00:00:00.000Z", "next_7_days follow_up 2026-09-27T23:59:59.999Z"],
		dayAfter: [
			"overdue prepare 2026-09-26T10:00:00.000Z",
			"overdue debrief 2026-09-26T23:59:59.999Z",
			"overdue thank_you 2026-09-27T10:30:00.000Z",
			"overdue follow_up 2026-09-27T23:59:59.999Z",
			"today confirm 2026-09-28T09:00:00.000Z",
		],
	},
	{
		// Berlin does not change on New York's day: there the thank-you is simply 10:30 the next day.
		zone: "Europe/Berlin",
		day: CHANGE_DAYS.newYorkSpring,
		dayBefore: ["today prepare 2026-03-07T10:00:00.000+01:00", "next_7_days confirm 2026-03-08T00:00:00.000+01:00", "next_7_days follow_up 2026-03-08T23:59:59.999+01:00"],
		dayAfter: [
			"overdue prepare 2026-03-07T10:00:00.000+01:00",
			"overdue debrief 2026-03-07T23:59:59.999+01:00",
			"overdue thank_you 2026-03-08T10:30:00.000+01:00",
			"overdue follow_up 2026-03-08T23:59:59.999+01:00",
			"today confirm 2026-03-09T09:00:00.000+01:00",
		],
	},
];

/** The lines for one day's notes, from a queue built at a local moment. */
function linesAt(zone: string, day: string, local: string, kept: boolean): string[] {
	const index = dstIndex(zone);
	const nowMs = localMs(local, zone);
	const all = kept ? liveQueue(index, SETTINGS, zone).items(nowMs) : buildQueue(index, nowMs, SETTINGS, zone);
	const items = all.filter((item) => item.path.includes(day));
	return queueLines(items, nowMs, zone);
}

describe("the queue's due times across the 2026 clock changes", () => {
	it.each(CASES)("$zone around $day", ({ zone, day, dayBefore, dayAfter: afterLines }) => {
		const before = `${dayAfter(day, -1)}T09:00`;
		const after = `${dayAfter(day, 1)}T09:00`;
		expect(linesAt(zone, day, before, false)).toEqual(dayBefore);
		expect(linesAt(zone, day, after, false)).toEqual(afterLines);
		// The queue a view keeps says the same.
		expect(linesAt(zone, day, before, true)).toEqual(dayBefore);
		expect(linesAt(zone, day, after, true)).toEqual(afterLines);
	});

	it("reads the note files the command line reads exactly as the properties Obsidian caches", () => {
		for (const zone of ["America/New_York", "Pacific/Auckland"]) {
			const nowMs = localMs("2026-09-28T09:00", zone);
			const fromTexts = buildQueue(dstIndex(zone, "texts"), nowMs, SETTINGS, zone);
			expect(queueLines(fromTexts, nowMs, zone, true)).toEqual(queueLines(buildQueue(dstIndex(zone), nowMs, SETTINGS, zone), nowMs, zone, true));
			expect(fromTexts.length).toBeGreaterThan(10);
		}
	});
});
