// @vitest-environment happy-dom
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import InformationalInterviewsPlugin from "../../src/main";
import { App, loadPlugin, Notice, setPlatform, unloadPlugin } from "../obsidian-fake";
import { manifest, note, startPlugin } from "../integration/fixture";

const ZONE = "Europe/Berlin";
const DATA = `.obsidian/plugins/${manifest.id}/data.json`;
const MINUTE = 60_000;

function at(local: string): Date {
	return DateTime.fromISO(local, { zone: ZONE }).toJSDate();
}

function vault(extra: Record<string, string> = {}): Record<string, string> {
	return {
		[DATA]: JSON.stringify({ settingsVersion: 1, timeZone: ZONE }),
		"Contacts/Ana Ruiz.md": note({ type: "contact", organization: "Northwind" }),
		"Interviews/2026-11-24 Ana Ruiz.md": note({ type: "interview", contact: "[[Ana Ruiz]]", date: "2026-11-24T15:00", confirmed: "2026-11-23", prepared: true }),
		...extra,
	};
}

function alertTexts(): string[] {
	return Notice.messages().filter((message) => /starts at|became due|are due now|Send a thank-you|Follow up with/.test(message));
}

beforeEach(() => {
	vi.useFakeTimers();
	Notice.clear();
});

afterEach(() => {
	vi.useRealTimers();
	setPlatform("desktop");
	Reflect.deleteProperty(window, "Notification");
});

async function advance(app: App, ms: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms);
	await app.settle();
}

describe("alerts while Obsidian is open", () => {
	it("announces an interview 15 minutes before it starts, once, with Open note and Snooze", async () => {
		vi.setSystemTime(at("2026-11-24T14:00"));
		const app = new App({ files: vault() });
		const plugin = await startPlugin(app);
		await advance(app, 44 * MINUTE);
		expect(alertTexts()).toEqual([]);
		await advance(app, 1 * MINUTE);
		expect(alertTexts()).toEqual(["Your interview with Ana Ruiz starts at 15:00Open noteSnooze"]);
		await advance(app, 30 * MINUTE);
		expect(alertTexts()).toHaveLength(1);

		// Open note opens the interview.
		const shown = Notice.find("starts at");
		const open = Array.from(shown?.element?.querySelectorAll("button") ?? []).find((button) => button.textContent === "Open note");
		open?.click();
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe("Interviews/2026-11-24 Ana Ruiz.md");
		unloadPlugin(plugin);
	});

	it("does not announce it again after a reload, and announces nothing after unload", async () => {
		vi.setSystemTime(at("2026-11-24T14:00"));
		// Alerts ran before (yesterday): what was due since then counts, unless it was shown.
		const files = vault();
		files[DATA] = JSON.stringify({ settingsVersion: 1, timeZone: ZONE, alertMemory: { since: at("2026-11-23T09:00").getTime(), shown: {} } });
		const app = new App({ files });
		const first = await startPlugin(app);
		await advance(app, 50 * MINUTE);
		expect(alertTexts()).toHaveLength(1);
		unloadPlugin(first);
		expect(vi.getTimerCount()).toBe(0);
		const saved = JSON.parse(await app.vault.adapter.read(DATA)) as { alertMemory: { shown: Record<string, number> } };
		expect(Object.keys(saved.alertMemory.shown)).toEqual([`interview:Interviews/2026-11-24 Ana Ruiz.md@${at("2026-11-24T15:00").getTime()}`]);

		const second = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
		await app.settle();
		await advance(app, 5 * MINUTE);
		expect(alertTexts()).toHaveLength(1);
		unloadPlugin(second);

		// The thank-you falls due tomorrow at 15:30 (alert two hours before): nothing runs once unloaded.
		await advance(app, 26 * 60 * MINUTE);
		expect(alertTexts()).toHaveLength(1);
		expect(vi.getTimerCount()).toBe(0);
	});

	it("collapses what fell due while the computer slept into one notice", async () => {
		vi.setSystemTime(at("2026-11-24T09:00"));
		const planned = (name: string, when: string): Record<string, string> => ({ [`Contacts/${name}.md`]: note({ type: "contact", contacted: "2026-11-01", replied: "2026-11-02", next_follow_up: when }) });
		const app = new App({ files: vault({ ...planned("Ben", "2026-11-24T10:00"), ...planned("Cy", "2026-11-24T10:20"), ...planned("Dee", "2026-11-24T10:40") }) });
		const plugin = await startPlugin(app);
		await advance(app, 1);
		expect(alertTexts()).toEqual([]);
		// The laptop sleeps from 09:00 to 12:00: the clock jumps, no timer ran meanwhile.
		vi.setSystemTime(at("2026-11-24T12:00"));
		await advance(app, MINUTE);
		expect(alertTexts()).toEqual(["3 follow-ups became due while you were away" + "Open follow-up queue"]);
		await advance(app, 10 * MINUTE);
		expect(alertTexts()).toHaveLength(1);
		unloadPlugin(plugin);
	});

	it("holds alerts during quiet hours and shows them when the quiet ends", async () => {
		vi.setSystemTime(at("2026-11-24T06:00"));
		const app = new App({ files: vault({ "Contacts/Ben.md": note({ type: "contact", contacted: "2026-11-01", replied: "2026-11-02", next_follow_up: "2026-11-24T07:00" }) }) });
		const plugin = await startPlugin(app);
		await advance(app, 90 * MINUTE);
		expect(alertTexts()).toEqual([]);
		await advance(app, 31 * MINUTE);
		expect(alertTexts()).toEqual(["Follow up with Ben as plannedOpen noteSnooze"]);
		unloadPlugin(plugin);
	});

	it("sends a system notification on desktop when turned on, and only a notice on a phone", async () => {
		const sent: string[] = [];
		class FakeNotification {
			static permission = "granted";
			static requestPermission = vi.fn(() => Promise.resolve("granted"));
			onclick: (() => void) | null = null;
			constructor(_title: string, options: { body: string }) {
				sent.push(options.body);
			}
		}
		Reflect.set(window, "Notification", FakeNotification);
		const files = vault();
		files[DATA] = JSON.stringify({ settingsVersion: 1, timeZone: ZONE, alerts: { systemNotifications: true } });

		vi.setSystemTime(at("2026-11-24T14:40"));
		const desktop = new App({ files: { ...files } });
		const plugin = await startPlugin(desktop);
		await advance(desktop, 6 * MINUTE);
		expect(sent).toEqual(["Your interview with Ana Ruiz starts at 15:00"]);
		unloadPlugin(plugin);

		setPlatform("mobile");
		vi.setSystemTime(at("2026-11-24T14:40"));
		Notice.clear();
		const phone = new App({ files: { ...files } });
		const mobilePlugin = await startPlugin(phone);
		await advance(phone, 6 * MINUTE);
		expect(alertTexts()).toHaveLength(1);
		expect(sent).toHaveLength(1);
		unloadPlugin(mobilePlugin);
	});
});
