import { describe, expect, it } from "vitest";
import { InterviewTimerModel, timerText } from "../../../src/domain/templates/interview-timer";

const MIN = 60_000;

function clock(start = 1_000_000) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("InterviewTimerModel", () => {
	it("counts down from the duration", () => {
		const c = clock();
		const timer = new InterviewTimerModel(c.now, 30);
		expect(timer.tick()).toEqual({ remainingMs: 30 * MIN, events: [] });
		c.advance(10 * MIN);
		expect(timer.tick().remainingMs).toBe(20 * MIN);
		expect(timer.isOver).toBe(false);
	});

	it("warns once five minutes before the end and once at the end", () => {
		const c = clock();
		const timer = new InterviewTimerModel(c.now, 30);
		c.advance(25 * MIN - 1);
		expect(timer.tick().events).toEqual([]);
		c.advance(1);
		expect(timer.tick().events).toEqual(["five-minutes-left"]);
		c.advance(MIN);
		expect(timer.tick().events).toEqual([]);
		c.advance(4 * MIN);
		expect(timer.tick()).toEqual({ remainingMs: 0, events: ["ended"] });
		c.advance(MIN);
		expect(timer.tick()).toEqual({ remainingMs: -MIN, events: [] });
		expect(timer.isOver).toBe(true);
	});

	it("after a long sleep announces only the end", () => {
		const c = clock();
		const timer = new InterviewTimerModel(c.now, 30);
		c.advance(45 * MIN);
		expect(timer.tick().events).toEqual(["ended"]);
		expect(timer.tick().events).toEqual([]);
	});

	it("does not warn in a talk of five minutes or less", () => {
		const c = clock();
		const timer = new InterviewTimerModel(c.now, 5);
		expect(timer.tick().events).toEqual([]);
		c.advance(4 * MIN);
		expect(timer.tick().events).toEqual([]);
		c.advance(MIN);
		expect(timer.tick().events).toEqual(["ended"]);
	});
});

describe("timerText", () => {
	it.each([
		[30 * MIN, "Interview: 30:00 left"],
		[30 * MIN - 1, "Interview: 30:00 left"],
		[5 * MIN + 1_000, "Interview: 5:01 left"],
		[999, "Interview: 0:01 left"],
		[0, "Interview: 0:00 over"],
		[-61_000, "Interview: 1:01 over"],
		[90 * MIN, "Interview: 1:30:00 left"],
	])("%d ms → %s", (ms, text) => {
		expect(timerText(ms)).toBe(text);
	});
});
