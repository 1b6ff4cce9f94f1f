import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
	actionWrite,
	applyWrite,
	doneWrite,
	snoozeDay,
	snoozeWrite,
	type FrontmatterWrite,
} from "../../../src/domain/follow-ups/follow-up-actions";
import type { QueueItem } from "../../../src/domain/follow-ups/item";
import { ACTIONS_BY_KIND, FOLLOW_UP_KINDS } from "../../../src/domain/follow-ups/kinds";
import { contactProps, indexOf, interviewProps } from "../../builders/records";
import { at, NEW_YORK, queueOf, queueOfIndex, randomVault, summary } from "../../builders/queue";

type Props = Record<string, unknown>;

const NOW = at("2026-11-23T09:05:42");
const JORDAN = "Contacts/Jordan Lee.md";
const TALK = "Interviews/Talk.md";

/** The notes after a write, the written note copied so the original stays as it was. */
function written(notes: Record<string, Props>, write: FrontmatterWrite): Record<string, Props> {
	const copy = { ...(notes[write.path] ?? {}) };
	applyWrite(copy, write);
	return { ...notes, [write.path]: copy };
}

describe("actionWrite", () => {
	it("records each fact in the contract's form", () => {
		const cases: [Parameters<typeof actionWrite>[0], Props][] = [
			["mark_contacted", { contacted: "2026-11-23" }],
			["got_reply", { replied: "2026-11-23" }],
			["log_contact", { last_contact: "2026-11-23T09:05" }],
			["mark_prepared", { prepared: true }],
			["mark_confirmed", { confirmed: "2026-11-23" }],
			["mark_thank_you_sent", { thank_you_sent: "2026-11-23" }],
			["mark_debriefed", { debriefed: true }],
		];
		for (const [action, set] of cases) expect(actionWrite(action, "N.md", NOW, NEW_YORK).set, action).toEqual(set);
		expect(actionWrite("log_contact", "N.md", NOW, NEW_YORK).remove).toEqual(["next_follow_up"]);
	});

	it("writes the date of the configured zone, not the computer's", () => {
		const lateEvening = DateTime.fromISO("2026-11-23T22:30", { zone: NEW_YORK });
		expect(actionWrite("mark_thank_you_sent", "N.md", lateEvening, "Pacific/Auckland").set).toEqual({ thank_you_sent: "2026-11-24" });
		expect(actionWrite("log_contact", "N.md", lateEvening, "Pacific/Auckland").set).toEqual({ last_contact: "2026-11-24T16:30" });
	});

	it("completes each kind with its first action", () => {
		for (const kind of FOLLOW_UP_KINDS) {
			expect(doneWrite({ kind, path: "N.md" }, NOW, NEW_YORK)).toEqual(actionWrite(ACTIONS_BY_KIND[kind][0], "N.md", NOW, NEW_YORK));
		}
	});

	it("snoozes until the start of a day: tomorrow, in three days, in a week", () => {
		expect(snoozeWrite(TALK, snoozeDay(NOW, 1, NEW_YORK)).set).toEqual({ snooze_until: "2026-11-24" });
		expect(snoozeWrite(TALK, snoozeDay(NOW, 7, NEW_YORK)).set).toEqual({ snooze_until: "2026-11-30" });
	});
});

describe("applyWrite", () => {
	it("changes only the keys it names and keeps every other key as it was", () => {
		const fm: Props = { type: "interview", contact: "[[Jordan Lee]]", tags: ["a"], custom: { nested: 1 } };
		applyWrite(fm, actionWrite("mark_thank_you_sent", TALK, NOW, NEW_YORK));
		expect(fm).toEqual({ type: "interview", contact: "[[Jordan Lee]]", tags: ["a"], custom: { nested: 1 }, thank_you_sent: "2026-11-23" });
	});

	it("keeps a fact already recorded, but replaces an empty or unreadable one", () => {
		const recorded: Props = { thank_you_sent: "2026-11-20" };
		applyWrite(recorded, actionWrite("mark_thank_you_sent", TALK, NOW, NEW_YORK));
		expect(recorded.thank_you_sent).toBe("2026-11-20");
		for (const value of [null, "", "yes"]) {
			const fm: Props = { thank_you_sent: value };
			applyWrite(fm, actionWrite("mark_thank_you_sent", TALK, NOW, NEW_YORK));
			expect(fm.thank_you_sent).toBe("2026-11-23");
		}
	});

	it("is idempotent, and returns the write that undoes it", () => {
		const original: Props = { type: "contact", last_contact: "2026-11-01", next_follow_up: "2026-11-20", note: "x" };
		const fm = structuredClone(original);
		const write = actionWrite("log_contact", JORDAN, NOW, NEW_YORK);
		const undo = applyWrite(fm, write);
		const once = structuredClone(fm);
		expect(applyWrite(fm, write)).toEqual({ path: JORDAN, set: {}, keepExistingDate: [], remove: [] });
		expect(fm).toEqual(once);
		applyWrite(fm, undo);
		expect(fm).toEqual(original);

		const bare: Props = { type: "interview" };
		const undoFlag = applyWrite(bare, actionWrite("mark_prepared", TALK, NOW, NEW_YORK));
		applyWrite(bare, undoFlag);
		expect(bare).toEqual({ type: "interview" });
	});
});

describe("logging a contact", () => {
	it("clears the planned follow-up and restarts the outreach and keep-in-touch waits, and nothing else", () => {
		const notes = {
			[JORDAN]: contactProps({ contacted: "2026-11-01", last_contact: "2026-11-01", stay_in_touch: true, next_follow_up: "2026-11-20" }),
			"Contacts/Other.md": contactProps({ contacted: "2026-11-01" }),
		};
		const now = "2026-11-23T09:05";
		expect(summary(queueOf({ notes, now }))).toEqual([
			`outreach:${JORDAN} @ 2026-11-08 (day)`,
			`outreach:Contacts/Other.md @ 2026-11-08 (day)`,
			`follow_up:${JORDAN} @ 2026-11-20 (day)`,
			`keep_in_touch:${JORDAN} @ 2027-01-30 (day)`,
		]);
		const after = written(notes, actionWrite("log_contact", JORDAN, at(now), NEW_YORK));
		expect(after[JORDAN]).not.toHaveProperty("next_follow_up");
		expect(summary(queueOf({ notes: after, now }))).toEqual([
			`outreach:Contacts/Other.md @ 2026-11-08 (day)`,
			`outreach:${JORDAN} @ 2026-11-30T09:05-05:00`,
			`keep_in_touch:${JORDAN} @ 2027-02-21T09:05-05:00`,
		]);
	});
});

/**
 * What writing item X's done fact may do to the rest of the queue, stated exactly:
 * - X itself is gone; keep_in_touch, whose action logs a contact, stays with a due time
 *   after now (the wait restarts).
 * - log_contact (keep_in_touch, follow_up) also removes the contact's follow_up and
 *   reach_out (they have been in touch now), and moves
 *   its outreach to after now; it may bring back outreach and keep_in_touch that the
 *   cleared next_follow_up was holding back.
 * - mark_contacted (reach_out) may start the contact's outreach wait.
 * - mark_thank_you_sent (thank_you) may move the contact's keep_in_touch later: a
 *   thank-you is a touch.
 * - every other item stays exactly as it was.
 */
function checkOnlyItsItemIsDone(item: QueueItem, before: readonly QueueItem[], after: readonly QueueItem[], nowMs: number): void {
	const byId = new Map(after.map((i) => [i.id, i]));
	const logsContact = item.kind === "keep_in_touch" || item.kind === "follow_up";
	const self = byId.get(item.id);
	if (item.kind === "keep_in_touch") expect(self?.dueMs ?? Number.POSITIVE_INFINITY).toBeGreaterThan(nowMs);
	else expect(self, `${item.id} should be done`).toBeUndefined();

	for (const other of before) {
		if (other.id === item.id) continue;
		const now = byId.get(other.id);
		const sameContact = other.path === item.path;
		if (logsContact && sameContact && (other.kind === "follow_up" || other.kind === "reach_out")) expect(now, other.id).toBeUndefined();
		else if (logsContact && sameContact && (other.kind === "outreach" || other.kind === "keep_in_touch")) {
			expect(now?.dueMs ?? Number.NEGATIVE_INFINITY, other.id).toBeGreaterThan(nowMs);
		} else if (item.kind === "thank_you" && other.kind === "keep_in_touch" && other.path === item.contact) {
			expect(now, other.id).toBeDefined();
			if (other.dueMs !== null) expect(now?.dueMs ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(other.dueMs);
		} else {
			expect(now && [now.dueMs, now.allDay, now.title], other.id).toEqual([other.dueMs, other.allDay, other.title]);
		}
	}

	const known = new Set(before.map((i) => i.id));
	for (const fresh of after) {
		if (known.has(fresh.id)) continue;
		const allowed =
			fresh.path === item.path &&
			((item.kind === "reach_out" && fresh.kind === "outreach") || (logsContact && (fresh.kind === "outreach" || fresh.kind === "keep_in_touch")));
		expect(allowed, `${fresh.id} appeared after completing ${item.id}`).toBe(true);
	}
}

describe("done facts, for random vaults", () => {
	const withPick = randomVault().chain((vault) => fc.nat().map((pick) => ({ ...vault, pick })));

	it("writing an item's done fact completes exactly that item", () => {
		let completed = 0;
		fc.assert(
			fc.property(withPick, ({ notes, nowMs, zone, pick }) => {
				const before = queueOfIndex(indexOf(notes, { zone }), nowMs, zone);
				if (before.length === 0) return;
				const item = before[pick % before.length] as QueueItem;
				const now = DateTime.fromMillis(nowMs, { zone });
				const after = queueOfIndex(indexOf(written(notes, doneWrite(item, now, zone)), { zone }), nowMs, zone);
				checkOnlyItsItemIsDone(item, before, after, nowMs);
				completed++;
			}),
			{ numRuns: 500 },
		);
		expect(completed).toBeGreaterThan(250);
	});

	it("snoozing hides exactly the snoozed note's items, until the snooze day", () => {
		fc.assert(
			fc.property(withPick, fc.integer({ min: 1, max: 7 }), ({ notes, nowMs, zone, pick }, days) => {
				const before = queueOfIndex(indexOf(notes, { zone }), nowMs, zone);
				if (before.length === 0) return;
				const item = before[pick % before.length] as QueueItem;
				const now = DateTime.fromMillis(nowMs, { zone });
				const until = snoozeDay(now, days, zone);
				const snoozed = indexOf(written(notes, snoozeWrite(item.path, until)), { zone });
				const after = queueOfIndex(snoozed, nowMs, zone);
				expect(after.filter((i) => i.path === item.path)).toEqual([]);
				expect(summary(after)).toEqual(summary(before.filter((i) => i.path !== item.path)));
				// When the day comes they are back, as they would have been without the snooze.
				const later = until.toMillis();
				const unsnoozed = summary(queueOfIndex(indexOf(notes, { zone }), later, zone).filter((i) => i.path === item.path));
				expect(summary(queueOfIndex(snoozed, later, zone).filter((i) => i.path === item.path))).toEqual(unsnoozed);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("done facts, examples", () => {
	it("each kind's fact removes its item", () => {
		const notes: Record<string, Props> = {
			[JORDAN]: contactProps({ contacted: "2026-11-13", stay_in_touch: true, next_follow_up: "2026-11-20" }),
			"Contacts/Hannah.md": contactProps(),
			[TALK]: interviewProps({ contact: "[[Casey Kim]]", date: "2026-11-22T14:00" }),
			"Interviews/Next.md": interviewProps({ contact: "[[Casey Kim]]", date: "2026-11-26T10:00" }),
		};
		const now = "2026-11-23T09:00";
		const before = queueOf({ notes, now });
		expect(before.map((i) => i.kind).sort()).toEqual(["confirm", "debrief", "follow_up", "keep_in_touch", "outreach", "prepare", "reach_out", "thank_you"]);
		for (const item of before) {
			const after = queueOf({ notes: written(notes, doneWrite(item, at(now), NEW_YORK)), now });
			checkOnlyItsItemIsDone(item, before, after, at(now).toMillis());
		}
	});
});
