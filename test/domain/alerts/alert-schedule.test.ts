import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ALERT_RETENTION_MS, alertCandidates, alertText, collapsedText, planAlerts, quietUntil, type AlertCandidate } from "../../../src/domain/alerts/alert-schedule";
import { defaultAlertSettings } from "../../../src/domain/alerts/alert-settings";
import type { QueueEntry } from "../../../src/domain/calendar/queue-adapter";

const ZONE = "America/New_York";
const ms = (local: string): number => DateTime.fromISO(local, { zone: ZONE }).toMillis();
const NO_QUIET = { quietStart: "00:00", quietEnd: "00:00" };

function candidate(key: string, fireAt: string): AlertCandidate {
	return { key, kind: "follow_up", fireAtMs: ms(fireAt), title: key, atMs: ms(fireAt), allDay: false, path: `${key}.md`, who: key };
}

function entry(fields: Partial<QueueEntry> & Pick<QueueEntry, "kind" | "dueMs">): QueueEntry {
	return { id: `${fields.kind}:Notes/x.md`, allDay: false, path: "Notes/x.md", contact: "Contacts/Jo.md", title: "Do it", ...fields };
}

describe("alertCandidates", () => {
	it("times each kind as the settings say, and leaves out the kinds turned off", () => {
		const settings = defaultAlertSettings();
		const queue = [
			entry({ kind: "thank_you", dueMs: ms("2026-11-25T15:30"), title: "Send a thank-you note to Jo" }),
			entry({ kind: "confirm", dueMs: ms("2026-11-25T00:00"), title: "Confirm the interview with Jo" }),
			entry({ kind: "keep_in_touch", dueMs: ms("2026-12-01T23:59:59.999"), allDay: true, title: "Keep in touch with Jo" }),
			entry({ kind: "reach_out", dueMs: null, title: "Reach out to Jo" }),
		];
		const interviews = [{ path: "Interviews/a.md", who: "Jo", startMs: ms("2026-11-26T10:00") }];
		const all = alertCandidates(queue, interviews, settings, ZONE).map((c) => [c.kind, DateTime.fromMillis(c.fireAtMs, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm"), alertText(c, ZONE)]);
		expect(all).toEqual([
			["interview", "2026-11-26 09:45", "Your interview with Jo starts at 10:00"],
			["thank_you", "2026-11-25 13:30", "Send a thank-you note to Jo by 15:30"],
			["confirm", "2026-11-25 00:00", "Confirm the interview with Jo today"],
			["follow_up", "2026-12-01 00:00", "Keep in touch with Jo"],
		]);
		settings.kinds = { interviews: false, thankYou: true, confirm: false, followUps: false };
		expect(alertCandidates(queue, interviews, settings, ZONE).map((c) => c.kind)).toEqual(["thank_you"]);
	});
});

describe("planAlerts", () => {
	const since = ms("2026-11-24T08:00");

	it("shows an alert once, and waits for the next one", () => {
		const candidates = [candidate("a", "2026-11-24T10:00"), candidate("b", "2026-11-24T11:00")];
		const first = planAlerts(candidates, { since, shown: {} }, NO_QUIET, ms("2026-11-24T10:00"), ZONE);
		expect(first.single.map((c) => c.key)).toEqual(["a"]);
		expect(first.nextAtMs).toBe(ms("2026-11-24T11:00"));
		const again = planAlerts(candidates, first.memory, NO_QUIET, ms("2026-11-24T10:30"), ZONE);
		expect(again.single).toEqual([]);
		expect(again.collapsed).toEqual([]);
	});

	it("announces nothing due before alerts first ran, or more than a week ago, and forgets what is older", () => {
		const now = ms("2026-11-24T10:00");
		const plan = planAlerts([candidate("old", "2026-11-24T07:00")], { since: null, shown: {} }, NO_QUIET, now, ZONE);
		expect(plan.single).toEqual([]);
		expect(plan.memory.since).toBe(now);
		const stale = planAlerts([candidate("stale", "2026-11-10T10:00")], { since: 0, shown: { gone: now - ALERT_RETENTION_MS - 1, kept: now - 1 } }, NO_QUIET, now, ZONE);
		expect(stale.single).toEqual([]);
		expect(Object.keys(stale.memory.shown)).toEqual(["kept"]);
	});

	it("collapses several missed alerts into one notice, and many at once too", () => {
		const missed = [candidate("a", "2026-11-24T09:00"), candidate("b", "2026-11-24T09:10"), candidate("c", "2026-11-24T09:20")];
		const plan = planAlerts(missed, { since, shown: {} }, NO_QUIET, ms("2026-11-24T12:00"), ZONE);
		expect(plan.single).toEqual([]);
		expect(plan.collapsed.map((c) => c.key)).toEqual(["a", "b", "c"]);
		expect(collapsedText(plan.collapsed.length, plan.whileAway)).toBe("3 follow-ups became due while you were away");
		const atOnce = ["a", "b", "c", "d"].map((key) => candidate(key, "2026-11-24T12:00"));
		const burst = planAlerts(atOnce, { since, shown: {} }, NO_QUIET, ms("2026-11-24T12:00"), ZONE);
		expect(collapsedText(burst.collapsed.length, burst.whileAway)).toBe("4 follow-ups are due now");
		// One late alert alone is shown as itself.
		expect(planAlerts([missed[0] as AlertCandidate], { since, shown: {} }, NO_QUIET, ms("2026-11-24T12:00"), ZONE).single).toHaveLength(1);
	});

	it("holds alerts in quiet hours until they end, across midnight and a DST change", () => {
		const quiet = { quietStart: "22:00", quietEnd: "08:00" };
		expect(quietUntil(quiet, ms("2026-11-24T23:30"), ZONE)).toBe(ms("2026-11-25T08:00"));
		expect(quietUntil(quiet, ms("2026-11-25T07:59"), ZONE)).toBe(ms("2026-11-25T08:00"));
		expect(quietUntil(quiet, ms("2026-11-25T08:00"), ZONE)).toBeNull();
		// The night the clocks go back (1 November 2026): quiet still ends at 08:00 local.
		expect(quietUntil(quiet, ms("2026-10-31T23:00"), ZONE)).toBe(ms("2026-11-01T08:00"));
		const plan = planAlerts([candidate("a", "2026-11-24T23:00")], { since, shown: {} }, quiet, ms("2026-11-24T23:00"), ZONE);
		expect(plan.single).toEqual([]);
		expect(plan.memory.shown).toEqual({});
		expect(plan.nextAtMs).toBe(ms("2026-11-25T08:00"));
	});
});
