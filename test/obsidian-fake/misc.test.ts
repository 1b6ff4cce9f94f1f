import { afterEach, describe, expect, it, vi } from "vitest";
import { debounce, normalizePath, requireApiVersion } from "./index";

afterEach(() => {
	vi.useRealTimers();
});

describe("normalizePath", () => {
	it("writes paths the way Obsidian stores them", () => {
		expect(normalizePath("/Contacts//Jordan Lee.md/")).toBe("Contacts/Jordan Lee.md");
		expect(normalizePath("Contacts\\Sub\\a.md")).toBe("Contacts/Sub/a.md");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("a\u00A0b")).toBe("a b");
		expect(normalizePath("Cafe\u0301")).toBe("Café");
	});
});

describe("debounce", () => {
	it("calls once with the latest arguments, counted from the first call unless the timer resets", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const fixed = debounce((n: number) => calls.push(n), 100);
		fixed(1);
		vi.advanceTimersByTime(60);
		fixed(2);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2]);

		const resetting = debounce((n: number) => calls.push(n * 10), 100, true);
		resetting(3);
		vi.advanceTimersByTime(60);
		resetting(4);
		vi.advanceTimersByTime(60);
		expect(calls).toEqual([2]);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2, 40]);
	});

	it("runs a pending call now, or drops it", () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		const debounced = debounce((s: string) => calls.push(s), 100);
		debounced("a").run();
		debounced("b").cancel();
		vi.runAllTimers();
		expect(calls).toEqual(["a"]);
		expect(vi.getTimerCount()).toBe(0);
	});
});

describe("requireApiVersion", () => {
	it("compares with the version of the types the fake is checked against", () => {
		expect(requireApiVersion("1.5.7")).toBe(true);
		expect(requireApiVersion("1.13.1")).toBe(true);
		expect(requireApiVersion("1.14.0")).toBe(false);
	});
});
