// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InterviewTimer } from "../../src/ui/interview-timer";
import { Notice, setPlatform, unloadPlugin } from "../obsidian-fake";
import { vaultWith } from "./template-fixture";

const MIN = 60_000;
let container: HTMLElement | null = null;

function statusEl(): HTMLElement | null {
	return container?.querySelector<HTMLElement>(".ii-timer") ?? null;
}

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
	setPlatform("desktop");
});

/** The status bar item as the user sees it; null when hidden or never made. */
function statusText(): string | null {
	const el = statusEl();
	return el && !el.hasClass("ii-timer-hidden") ? el.textContent : null;
}

describe("the interview timer", () => {
	it("counts down in the status bar and warns five minutes before the end and at the end", async () => {
		const { app, plugin } = await vaultWith({});
		container = app.workspace.containerEl;
		const timer = new InterviewTimer(plugin);
		timer.start(30, "Jordan Lee");
		expect(Notice.messages()).toContain("Interview timer for your conversation with Jordan Lee started: 30 minutes.");
		expect(statusText()).toBe("Interview: 30:00 left");

		vi.advanceTimersByTime(25 * MIN);
		expect(statusText()).toBe("Interview: 5:00 left");
		expect(Notice.messages().filter((m) => m.startsWith("Five minutes left"))).toHaveLength(1);

		vi.advanceTimersByTime(5 * MIN);
		expect(Notice.messages().filter((m) => m.startsWith("Time is up: you asked for 30 minutes."))).toHaveLength(1);
		vi.advanceTimersByTime(MIN);
		expect(statusText()).toBe("Interview: 1:00 over");
		expect(Notice.messages().filter((m) => m.startsWith("Time is up"))).toHaveLength(1);

		timer.stop();
		expect(timer.running).toBe(false);
		expect(statusText()).toBeNull();
		unloadPlugin(plugin);
	});

	it("keeps running when another note is opened, and stops on unload", async () => {
		const { app, plugin } = await vaultWith({ "A.md": "a", "B.md": "b" });
		container = app.workspace.containerEl;
		const timer = new InterviewTimer(plugin);
		timer.start(10);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("A.md")!);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("B.md")!);
		vi.advanceTimersByTime(MIN);
		expect(statusText()).toBe("Interview: 9:00 left");
		unloadPlugin(plugin);
		expect(timer.running).toBe(false);
		const shown = Notice.messages().length;
		vi.advanceTimersByTime(20 * MIN);
		expect(Notice.messages()).toHaveLength(shown);
	});

	it("on mobile speaks through notices only", async () => {
		setPlatform("mobile");
		const { app, plugin } = await vaultWith({});
		container = app.workspace.containerEl;
		const timer = new InterviewTimer(plugin);
		timer.start(6);
		vi.advanceTimersByTime(6 * MIN);
		expect(statusEl()).toBeNull();
		expect(Notice.messages().some((m) => m.startsWith("Five minutes left"))).toBe(true);
		expect(Notice.messages().some((m) => m.startsWith("Time is up: you asked for 6 minutes."))).toBe(true);
		unloadPlugin(plugin);
	});

	it("can be stopped by clicking it", async () => {
		const { app, plugin } = await vaultWith({});
		container = app.workspace.containerEl;
		const timer = new InterviewTimer(plugin);
		timer.start(30);
		statusEl()?.click();
		expect(timer.running).toBe(false);
		expect(Notice.messages()).toContain("Interview timer stopped.");
		unloadPlugin(plugin);
	});
});
