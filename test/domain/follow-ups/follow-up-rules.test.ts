import { describe, expect, it } from "vitest";
import { dueOf, isOverdue } from "../../../src/domain/follow-ups/item";
import { groupItems } from "../../../src/domain/follow-ups/queue-groups";
import { contactProps, interviewProps } from "../../builders/records";
import { at, dueText, find, NEW_YORK, queueOf, summary, the } from "../../builders/queue";

const JORDAN = "Contacts/Jordan Lee.md";
const HANNAH = "Contacts/Hannah Schultz.md";
const TALK = "Interviews/Talk.md";
/** The default "now": a Monday morning in New York. */
const MONDAY = "2026-11-23T09:00";

function groupOfItem(notes: Parameters<typeof queueOf>[0]["notes"], now: string, id: string, zone = NEW_YORK): string {
	const items = queueOf({ notes, now, zone });
	the(items, id);
	return groupItems(items, at(now, zone), zone).find((g) => g.items.some((i) => i.id === id))?.key ?? "none";
}

describe("reach_out", () => {
	it("asks to reach out, anytime, to an active contact never contacted", () => {
		const items = queueOf({ notes: { [JORDAN]: contactProps() }, now: MONDAY });
		expect(summary(items)).toEqual([`reach_out:${JORDAN} @ anytime`]);
		expect(the(items, `reach_out:${JORDAN}`)).toMatchObject({ title: "Reach out to Jordan Lee", contact: JORDAN, path: JORDAN });
	});

	it("is due two days after the interview that referred them ended", () => {
		const notes = {
			[JORDAN]: contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }),
			[HANNAH]: contactProps(),
			[TALK]: interviewProps({ date: "2026-11-22T14:00", referrals: ["[[Hannah Schultz]]"], thank_you_sent: "2026-11-22", debriefed: true }),
		};
		expect(dueText(the(queueOf({ notes, now: MONDAY }), `reach_out:${HANNAH}`))).toBe("2026-11-24T14:30-05:00");
	});

	it("takes the earliest of several referring interviews, and a whole day for an interview without a time", () => {
		const notes = {
			[JORDAN]: contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }),
			[HANNAH]: contactProps(),
			[TALK]: interviewProps({ date: "2026-11-22T14:00", referrals: ["[[Hannah Schultz]]"] }),
			"Interviews/Earlier.md": interviewProps({ date: "2026-11-20", referrals: ["[[Hannah Schultz]]"] }),
		};
		expect(dueText(the(queueOf({ notes, now: MONDAY }), `reach_out:${HANNAH}`))).toBe("2026-11-22 (day)");
	});

	it("ignores referrals from cancelled, missed and merely requested interviews", () => {
		for (const status of ["cancelled", "no_show", "requested"]) {
			const notes = {
				[HANNAH]: contactProps(),
				[TALK]: interviewProps({ date: "2026-11-22T14:00", status, referrals: ["[[Hannah Schultz]]"] }),
			};
			expect(dueText(the(queueOf({ notes, now: MONDAY }), `reach_out:${HANNAH}`))).toBe("anytime");
		}
	});

	it("is not for someone you have been in touch with: a last_contact or any interview ends it", () => {
		expect(queueOf({ notes: { [JORDAN]: contactProps({ last_contact: "2026-11-20" }) }, now: MONDAY })).toEqual([]);
		for (const status of ["requested", "scheduled", "cancelled"]) {
			const notes = { [JORDAN]: contactProps(), [TALK]: interviewProps({ date: "2026-12-01T10:00", status, prepared: true, confirmed: "2026-11-20" }) };
			expect(find(queueOf({ notes, now: MONDAY }), `reach_out:${JORDAN}`), status).toBeUndefined();
		}
	});

	it("is done once contacted is set, and silent for paused and closed contacts", () => {
		expect(queueOf({ notes: { [JORDAN]: contactProps({ contacted: "2026-11-23", replied: "2026-11-23" }) }, now: MONDAY })).toEqual([]);
		expect(queueOf({ notes: { [JORDAN]: contactProps({ status: "paused" }) }, now: MONDAY })).toEqual([]);
		expect(queueOf({ notes: { [JORDAN]: contactProps({ status: "closed" }) }, now: MONDAY })).toEqual([]);
	});
});

describe("outreach", () => {
	const waiting = { contacted: "2026-11-13", outreach_method: "letter", phone: "+1 555 0123" };

	it("is due a whole day, 7 days after the first message, and suggests the phone after a letter", () => {
		const items = queueOf({ notes: { [JORDAN]: contactProps(waiting) }, now: MONDAY });
		const item = the(items, `outreach:${JORDAN}`);
		expect(dueText(item)).toBe("2026-11-20 (day)");
		expect(isOverdue(item, at(MONDAY))).toBe(true);
		expect(item.title).toBe("No reply from Jordan Lee yet: follow up by phone");
	});

	it("does not suggest the phone when the first message was a call or there is no number", () => {
		const byPhone = queueOf({ notes: { [JORDAN]: contactProps({ ...waiting, outreach_method: "phone" }) }, now: MONDAY });
		expect(the(byPhone, `outreach:${JORDAN}`).title).toBe("No reply from Jordan Lee yet: follow up");
		const noNumber = queueOf({ notes: { [JORDAN]: contactProps({ contacted: "2026-11-13" }) }, now: MONDAY });
		expect(the(noNumber, `outreach:${JORDAN}`).title).toBe("No reply from Jordan Lee yet: follow up");
	});

	it("restarts the wait from a later logged contact", () => {
		const items = queueOf({ notes: { [JORDAN]: contactProps({ ...waiting, last_contact: "2026-11-18T10:00" }) }, now: MONDAY });
		expect(dueText(the(items, `outreach:${JORDAN}`))).toBe("2026-11-25T10:00-05:00");
	});

	it("is done by a reply or by an interview arranged since the first message", () => {
		expect(find(queueOf({ notes: { [JORDAN]: contactProps({ ...waiting, replied: "2026-11-20" }) }, now: MONDAY }), `outreach:${JORDAN}`)).toBeUndefined();
		const arranged = { [JORDAN]: contactProps(waiting), [TALK]: interviewProps({ date: "2026-12-01T10:00" }) };
		expect(find(queueOf({ notes: arranged, now: MONDAY }), `outreach:${JORDAN}`)).toBeUndefined();
		const undatedButScheduled = { [JORDAN]: contactProps(waiting), [TALK]: interviewProps({ status: "scheduled" }) };
		expect(find(queueOf({ notes: undatedButScheduled, now: MONDAY }), `outreach:${JORDAN}`)).toBeUndefined();
	});

	it("still waits when the only interview is older, cancelled, requested or undated", () => {
		for (const interview of [
			{ date: "2026-06-01T10:00" },
			{ date: "2026-12-01T10:00", status: "cancelled" },
			{ date: "2026-12-01T10:00", status: "requested" },
			{},
		]) {
			const notes = { [JORDAN]: contactProps(waiting), [TALK]: interviewProps(interview) };
			expect(find(queueOf({ notes, now: MONDAY }), `outreach:${JORDAN}`), JSON.stringify(interview)).toBeDefined();
		}
	});

	it("is held back while a planned follow-up is in the future, and back when its day comes", () => {
		const notes = { [JORDAN]: contactProps({ ...waiting, next_follow_up: "2026-12-01" }) };
		expect(summary(queueOf({ notes, now: MONDAY }))).toEqual([`follow_up:${JORDAN} @ 2026-12-01 (day)`]);
		expect(summary(queueOf({ notes, now: "2026-12-01T00:00" }))).toEqual([
			`outreach:${JORDAN} @ 2026-11-20 (day)`,
			`follow_up:${JORDAN} @ 2026-12-01 (day)`,
		]);
	});
});

describe("prepare", () => {
	it("is due two days before the start, at the same wall-clock time", () => {
		const items = queueOf({ notes: { [JORDAN]: contactProps(), [TALK]: interviewProps({ date: "2026-11-26T12:30", confirmed: "2026-11-20" }) }, now: MONDAY });
		const item = the(items, `prepare:${TALK}`);
		expect(dueText(item)).toBe("2026-11-24T12:30-05:00");
		expect(item).toMatchObject({ path: TALK, contact: JORDAN, title: "Prepare for the interview with Jordan Lee" });
	});

	it("is a whole day for an interview without a time", () => {
		const items = queueOf({ notes: { [TALK]: interviewProps({ date: "2026-11-26" }) }, now: MONDAY });
		expect(dueText(the(items, `prepare:${TALK}`))).toBe("2026-11-24 (day)");
	});

	it("is done when prepared, and gone once the interview has started", () => {
		expect(find(queueOf({ notes: { [TALK]: interviewProps({ date: "2026-11-26T12:30", prepared: true }) }, now: MONDAY }), `prepare:${TALK}`)).toBeUndefined();
		const notes = { [TALK]: interviewProps({ date: "2026-11-23T08:45" }) };
		expect(queueOf({ notes, now: "2026-11-23T08:44" }).map((i) => i.kind)).toEqual(["prepare", "confirm"]);
		expect(queueOf({ notes, now: "2026-11-23T08:45" })).toEqual([]);
	});

	it("follows the setting", () => {
		const items = queueOf({ notes: { [TALK]: interviewProps({ date: "2026-11-26T12:30" }) }, now: MONDAY, rules: { prepareDaysBefore: 0 } });
		expect(dueText(the(items, `prepare:${TALK}`))).toBe("2026-11-26T12:30-05:00");
	});
});

describe("confirm", () => {
	const upcoming = { [JORDAN]: contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }), [TALK]: interviewProps({ date: "2026-11-26T12:30", prepared: true }) };

	it("is due as the day before the interview begins", () => {
		const item = the(queueOf({ notes: upcoming, now: MONDAY }), `confirm:${TALK}`);
		expect(dueText(item)).toBe("2026-11-25T00:00-05:00");
		expect(item.title).toBe("Confirm the interview with Jordan Lee");
	});

	it("is due now, not overdue, once that moment has passed and until the interview starts", () => {
		const now = "2026-11-25T10:00";
		const item = the(queueOf({ notes: upcoming, now }), `confirm:${TALK}`);
		expect(item.dueMs).toBe(at(now).toMillis());
		expect(isOverdue(item, at(now))).toBe(false);
		expect(groupOfItem(upcoming, now, `confirm:${TALK}`)).toBe("today");
	});

	it("is due now for an interview booked later than the day before (the same afternoon)", () => {
		const notes = { [TALK]: interviewProps({ date: "2026-11-23T16:00", prepared: true }) };
		const item = the(queueOf({ notes, now: MONDAY }), `confirm:${TALK}`);
		expect(dueText(item)).toBe("2026-11-23T09:00-05:00");
		expect(isOverdue(item, at(MONDAY))).toBe(false);
	});

	it("is done by a confirmed date or status", () => {
		for (const extra of [{ confirmed: "2026-11-23" }, { status: "confirmed" }]) {
			const notes = { [TALK]: interviewProps({ date: "2026-11-26T12:30", prepared: true, ...extra }) };
			expect(queueOf({ notes, now: MONDAY })).toEqual([]);
		}
	});
});

describe("thank_you and debrief", () => {
	const held = { [JORDAN]: contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }), [TALK]: interviewProps({ date: "2026-11-22T14:00", confirmed: "2026-11-21", prepared: true }) };

	it("thank-you is due 24 hours after the end; debrief by the end of that day", () => {
		const items = queueOf({ notes: held, now: MONDAY });
		expect(summary(items)).toEqual([`debrief:${TALK} @ 2026-11-22 (day)`, `thank_you:${TALK} @ 2026-11-23T14:30-05:00`]);
		expect(the(items, `thank_you:${TALK}`).title).toBe("Send a thank-you note to Jordan Lee");
		expect(the(items, `debrief:${TALK}`).title).toBe("Debrief the interview with Jordan Lee");
	});

	it("appear when the interview is over, not while it runs", () => {
		expect(queueOf({ notes: held, now: "2026-11-22T14:29" })).toEqual([]);
		expect(queueOf({ notes: held, now: "2026-11-22T14:30" }).map((i) => i.kind)).toEqual(["debrief", "thank_you"]);
	});

	it("are done by thank_you_sent and debriefed", () => {
		const notes = { [TALK]: interviewProps({ date: "2026-11-22T14:00", thank_you_sent: "2026-11-22", debriefed: true }) };
		expect(queueOf({ notes, now: MONDAY })).toEqual([]);
	});

	it("count a past interview as done although the note still says scheduled, or confirmed", () => {
		for (const status of ["scheduled", "confirmed"]) {
			const notes = { [TALK]: interviewProps({ date: "2026-11-22T14:00", status }) };
			expect(queueOf({ notes, now: MONDAY }).map((i) => i.kind)).toEqual(["debrief", "thank_you"]);
		}
	});

	it("appear at once for an interview written as done, even before its date", () => {
		const notes = { [TALK]: interviewProps({ date: "2026-11-30T10:00", status: "done" }) };
		expect(summary(queueOf({ notes, now: MONDAY }))).toEqual([`debrief:${TALK} @ 2026-11-30 (day)`, `thank_you:${TALK} @ 2026-12-01T10:30-05:00`]);
	});

	it("for an interview at 23:30 fall on the day it ends", () => {
		const notes = { [TALK]: interviewProps({ date: "2026-11-20T23:30", prepared: true, confirmed: "2026-11-19" }) };
		expect(summary(queueOf({ notes, now: "2026-11-21T00:00" }))).toEqual([
			`debrief:${TALK} @ 2026-11-21 (day)`,
			`thank_you:${TALK} @ 2026-11-22T00:00-05:00`,
		]);
		const hour = { [TALK]: interviewProps({ date: "2026-11-20T23:30", duration: 60 }) };
		expect(queueOf({ notes: hour, now: "2026-11-21T00:29" })).toEqual([]);
		expect(summary(queueOf({ notes: hour, now: "2026-11-21T00:30" }))).toEqual([
			`debrief:${TALK} @ 2026-11-21 (day)`,
			`thank_you:${TALK} @ 2026-11-22T00:30-05:00`,
		]);
	});

	it("for an interview without a time begin the next day, and are due that day", () => {
		const notes = { [TALK]: interviewProps({ date: "2026-11-20" }) };
		expect(queueOf({ notes, now: "2026-11-20T23:59" }).map((i) => i.kind)).toEqual([]);
		expect(summary(queueOf({ notes, now: "2026-11-21T00:00" }))).toEqual([`thank_you:${TALK} @ 2026-11-21 (day)`, `debrief:${TALK} @ 2026-11-21 (day)`]);
	});
});

describe("keep_in_touch", () => {
	it("is due the cadence after the latest touch", () => {
		const notes = { [JORDAN]: contactProps({ contacted: "2026-09-01", replied: "2026-09-02", last_contact: "2026-09-29", stay_in_touch: true }) };
		const item = the(queueOf({ notes, now: MONDAY }), `keep_in_touch:${JORDAN}`);
		expect(dueText(item)).toBe("2026-12-28 (day)");
		expect(item.title).toBe("Keep in touch with Jordan Lee");
	});

	it("counts the end of an interview and a later thank-you as touches, with the person's own cadence", () => {
		const base = { contacted: "2026-09-01", replied: "2026-09-02", last_contact: "2026-09-20", stay_in_touch: true, follow_up_every: 60 };
		const withInterview = { [JORDAN]: contactProps(base), [TALK]: interviewProps({ date: "2026-09-29T12:00", thank_you_sent: "2026-09-29", debriefed: true }) };
		expect(dueText(the(queueOf({ notes: withInterview, now: MONDAY }), `keep_in_touch:${JORDAN}`))).toBe("2026-11-28T12:30-05:00");
		const laterThanks = { [JORDAN]: contactProps(base), [TALK]: interviewProps({ date: "2026-09-29T12:00", thank_you_sent: "2026-10-02", debriefed: true }) };
		expect(dueText(the(queueOf({ notes: laterThanks, now: MONDAY }), `keep_in_touch:${JORDAN}`))).toBe("2026-12-01 (day)");
	});

	it("counts an upcoming interview, so the next check-in is after it", () => {
		const notes = { [JORDAN]: contactProps({ contacted: "2026-09-01", replied: "2026-09-02", stay_in_touch: true }), [TALK]: interviewProps({ date: "2026-11-26T12:30", prepared: true, confirmed: "2026-11-20" }) };
		expect(dueText(the(queueOf({ notes, now: MONDAY }), `keep_in_touch:${JORDAN}`))).toBe("2027-02-24T13:00-05:00");
	});

	it("is anytime with no touch at all, and absent unless they agreed to stay in touch", () => {
		expect(dueText(the(queueOf({ notes: { [JORDAN]: contactProps({ contacted: "2026-09-01", replied: "2026-09-02", stay_in_touch: true }) }, now: MONDAY }), `keep_in_touch:${JORDAN}`))).toBe("anytime");
		expect(queueOf({ notes: { [JORDAN]: contactProps({ contacted: "2026-09-01", replied: "2026-09-02", last_contact: "2026-09-29" }) }, now: MONDAY })).toEqual([]);
	});

	it("is held back while a planned follow-up is in the future", () => {
		const notes = { [JORDAN]: contactProps({ contacted: "2026-01-01", replied: "2026-01-02", last_contact: "2026-02-01", stay_in_touch: true, next_follow_up: "2026-12-01T09:00" }) };
		expect(summary(queueOf({ notes, now: MONDAY }))).toEqual([`follow_up:${JORDAN} @ 2026-12-01T09:00-05:00`]);
		expect(summary(queueOf({ notes, now: "2026-12-01T09:00" }))).toEqual([
			`keep_in_touch:${JORDAN} @ 2026-05-02 (day)`,
			`follow_up:${JORDAN} @ 2026-12-01T09:00-05:00`,
		]);
	});
});

describe("follow_up", () => {
	const replied = { contacted: "2026-11-01", replied: "2026-11-02" };

	it("is due on the planned day or at the planned time", () => {
		expect(summary(queueOf({ notes: { [JORDAN]: contactProps({ ...replied, next_follow_up: "2026-12-03" }) }, now: MONDAY }))).toEqual([`follow_up:${JORDAN} @ 2026-12-03 (day)`]);
		const item = the(queueOf({ notes: { [JORDAN]: contactProps({ ...replied, next_follow_up: "2026-11-20T10:00" }) }, now: MONDAY }), `follow_up:${JORDAN}`);
		expect(isOverdue(item, at(MONDAY))).toBe(true);
		expect(item.title).toBe("Follow up with Jordan Lee as planned");
	});

	it("is handled by a contact logged at or after the planned moment, not before it", () => {
		const planned = { ...replied, next_follow_up: "2026-11-20" };
		expect(queueOf({ notes: { [JORDAN]: contactProps({ ...planned, last_contact: "2026-11-20T16:00" }) }, now: MONDAY })).toEqual([]);
		expect(queueOf({ notes: { [JORDAN]: contactProps({ ...planned, last_contact: "2026-11-20" }) }, now: MONDAY })).toEqual([]);
		expect(queueOf({ notes: { [JORDAN]: contactProps({ ...planned, last_contact: "2026-11-19T23:00" }) }, now: MONDAY })).toHaveLength(1);
	});
});

describe("what produces nothing", () => {
	it("cancelled, missed and requested interviews", () => {
		for (const status of ["cancelled", "no_show", "requested"]) {
			expect(queueOf({ notes: { [TALK]: interviewProps({ date: "2026-11-22T14:00", status }) }, now: MONDAY })).toEqual([]);
			expect(queueOf({ notes: { [TALK]: interviewProps({ date: "2026-11-30T14:00", status }) }, now: MONDAY })).toEqual([]);
		}
	});

	it("a paused or closed contact, including their interviews", () => {
		for (const status of ["paused", "closed"]) {
			const notes = {
				[JORDAN]: contactProps({ status, stay_in_touch: true, next_follow_up: "2026-11-20" }),
				[TALK]: interviewProps({ date: "2026-11-22T14:00" }),
				"Interviews/Next.md": interviewProps({ date: "2026-11-30T14:00" }),
			};
			expect(queueOf({ notes, now: MONDAY })).toEqual([]);
		}
	});

	it("an interview without a date (it counts as requested), without failing", () => {
		expect(queueOf({ notes: { [TALK]: interviewProps({ date: "next week" }) }, now: MONDAY })).toEqual([]);
		expect(queueOf({ notes: { [TALK]: interviewProps({ status: "done" }) }, now: MONDAY })).toEqual([]);
	});
});

describe("an interview whose contact is not a contact note", () => {
	it("keeps its items, with no contact and the link's text as the name", () => {
		const items = queueOf({ notes: { [TALK]: interviewProps({ contact: "[[People/Casey Kim|Casey]]", date: "2026-11-22T14:00" }) }, now: MONDAY });
		expect(items.map((i) => [i.kind, i.contact, i.title])).toEqual([
			["debrief", null, "Debrief the interview with Casey Kim"],
			["thank_you", null, "Send a thank-you note to Casey Kim"],
		]);
	});

	it("treats a link to a note that is not a contact the same way", () => {
		const items = queueOf({ notes: { "Casey Kim.md": { tags: ["person"] }, [TALK]: interviewProps({ contact: "[[Casey Kim]]", date: "2026-11-22T14:00" }) }, now: MONDAY });
		expect(items.map((i) => i.contact)).toEqual([null, null]);
	});

	it("uses the interview's own name when it has no contact link", () => {
		const items = queueOf({ notes: { [TALK]: { type: "interview", date: "2026-11-22T14:00" } }, now: MONDAY });
		expect(the(items, `thank_you:${TALK}`).title).toBe("Send a thank-you note to Talk");
	});
});

describe("snooze_until", () => {
	const notes = { [TALK]: interviewProps({ date: "2026-11-22T14:00", snooze_until: "2026-11-25" }) };

	it("hides a note's items until the snooze day begins", () => {
		expect(queueOf({ notes, now: "2026-11-24T23:59" })).toEqual([]);
		expect(queueOf({ notes, now: "2026-11-25T00:00" }).map((i) => i.kind)).toEqual(["debrief", "thank_you"]);
	});

	it("with a time, until that time", () => {
		const timed = { [TALK]: interviewProps({ date: "2026-11-22T14:00", snooze_until: "2026-11-23T12:00" }) };
		expect(queueOf({ notes: timed, now: "2026-11-23T11:59" })).toEqual([]);
		expect(queueOf({ notes: timed, now: "2026-11-23T12:00" })).toHaveLength(2);
	});

	it("does nothing once it is in the past", () => {
		const past = { [TALK]: interviewProps({ date: "2026-11-22T14:00", snooze_until: "2026-11-01" }) };
		const unsnoozed = { [TALK]: interviewProps({ date: "2026-11-22T14:00" }) };
		expect(summary(queueOf({ notes: past, now: MONDAY }))).toEqual(summary(queueOf({ notes: unsnoozed, now: MONDAY })));
	});

	it("on a contact hides only the contact's own items", () => {
		const both = { [JORDAN]: contactProps({ snooze_until: "2026-12-01" }), [TALK]: interviewProps({ date: "2026-11-22T14:00" }) };
		expect(queueOf({ notes: both, now: MONDAY }).map((i) => i.path)).toEqual([TALK, TALK]);
	});
});

describe("time zones and DST", () => {
	it("New York, spring forward (March 8, 2026): days keep the wall-clock time, hours are elapsed", () => {
		const zone = NEW_YORK;
		const upcoming = { [TALK]: interviewProps({ date: "2026-03-09T10:00" }) };
		expect(summary(queueOf({ notes: upcoming, now: "2026-03-06T09:00", zone }))).toEqual([
			`prepare:${TALK} @ 2026-03-07T10:00-05:00`,
			`confirm:${TALK} @ 2026-03-08T00:00-05:00`,
		]);
		const held = { [TALK]: interviewProps({ date: "2026-03-07T10:00", prepared: true, confirmed: "2026-03-06" }) };
		expect(summary(queueOf({ notes: held, now: "2026-03-08T09:00", zone }))).toEqual([
			`debrief:${TALK} @ 2026-03-07 (day)`,
			`thank_you:${TALK} @ 2026-03-08T11:30-04:00`,
		]);
	});

	it("New York, fall back (November 1, 2026)", () => {
		const zone = NEW_YORK;
		const upcoming = { [TALK]: interviewProps({ date: "2026-11-02T10:00" }) };
		expect(summary(queueOf({ notes: upcoming, now: "2026-10-30T09:00", zone }))).toEqual([
			`prepare:${TALK} @ 2026-10-31T10:00-04:00`,
			`confirm:${TALK} @ 2026-11-01T00:00-04:00`,
		]);
		const held = { [TALK]: interviewProps({ date: "2026-10-31T10:00", prepared: true, confirmed: "2026-10-30" }) };
		expect(summary(queueOf({ notes: held, now: "2026-11-01T08:00", zone }))).toEqual([
			`debrief:${TALK} @ 2026-10-31 (day)`,
			`thank_you:${TALK} @ 2026-11-01T09:30-05:00`,
		]);
		// The whole day of November 1 lasts 25 hours: a follow-up planned for it is not overdue until it ends.
		const planned = { [JORDAN]: contactProps({ contacted: "2026-10-01", replied: "2026-10-02", next_follow_up: "2026-11-01" }) };
		const item = the(queueOf({ notes: planned, now: "2026-11-01T23:30", zone }), `follow_up:${JORDAN}`);
		expect(isOverdue(item, at("2026-11-01T23:30", zone))).toBe(false);
		expect(dueOf(item)?.toISO()).toBe("2026-11-01T23:59:59.999-05:00");
	});

	it("Berlin, both changes of 2026 (March 29 and October 25)", () => {
		const zone = "Europe/Berlin";
		const upcoming = { [TALK]: interviewProps({ date: "2026-03-30T09:00" }) };
		expect(summary(queueOf({ notes: upcoming, now: "2026-03-27T09:00", zone }))).toEqual([
			`prepare:${TALK} @ 2026-03-28T09:00+01:00`,
			`confirm:${TALK} @ 2026-03-29T00:00+01:00`,
		]);
		const waiting = { [JORDAN]: contactProps({ contacted: "2026-10-19", last_contact: "2026-10-20T10:00" }) };
		expect(summary(queueOf({ notes: waiting, now: "2026-10-21T09:00", zone }))).toEqual([`outreach:${JORDAN} @ 2026-10-27T10:00+01:00`]);
		const held = { [TALK]: interviewProps({ date: "2026-10-24T18:00", prepared: true, confirmed: "2026-10-23" }) };
		expect(summary(queueOf({ notes: held, now: "2026-10-25T09:00", zone }))).toEqual([
			`debrief:${TALK} @ 2026-10-24 (day)`,
			`thank_you:${TALK} @ 2026-10-25T17:30+01:00`,
		]);
	});

	it("Pacific/Auckland, far ahead of UTC: days are Auckland's days", () => {
		const zone = "Pacific/Auckland";
		const notes = { [TALK]: interviewProps({ date: "2026-11-24T08:00", prepared: true }) };
		// Monday 09:00 in Auckland is still Sunday in UTC; the confirmation is due today there, right now.
		const item = the(queueOf({ notes, now: MONDAY, zone }), `confirm:${TALK}`);
		expect(dueText(item)).toBe("2026-11-23T09:00+13:00");
		expect(groupOfItem(notes, MONDAY, `confirm:${TALK}`, zone)).toBe("today");
		// New Zealand daylight saving ends on April 5, 2026.
		const april = { [TALK]: interviewProps({ date: "2026-04-06T10:00" }) };
		expect(summary(queueOf({ notes: april, now: "2026-04-01T09:00", zone }))).toEqual([
			`prepare:${TALK} @ 2026-04-04T10:00+13:00`,
			`confirm:${TALK} @ 2026-04-05T00:00+13:00`,
		]);
	});

	it("the same notes read in another zone mean other instants", () => {
		const notes = { [TALK]: interviewProps({ date: "2026-11-22T14:00" }) };
		const newYork = the(queueOf({ notes, now: MONDAY, zone: NEW_YORK }), `thank_you:${TALK}`);
		const auckland = the(queueOf({ notes, now: MONDAY, zone: "Pacific/Auckland" }), `thank_you:${TALK}`);
		expect(dueText(auckland)).toBe("2026-11-23T14:30+13:00");
		expect((newYork.dueMs ?? 0) - (auckland.dueMs ?? 0)).toBe(18 * 3_600_000);
	});
});

describe("absurd values", () => {
	it("keep the queue in order instead of failing: far-off years, huge cadences and durations", () => {
		const notes = {
			[JORDAN]: contactProps({ contacted: "2026-01-01", replied: "2026-01-02", last_contact: "2026-01-03", stay_in_touch: true, follow_up_every: 1e12 }),
			"Contacts/Early.md": contactProps({ contacted: "0001-01-01" }),
			[TALK]: interviewProps({ contact: "[[Early]]", date: "9999-12-31T23:00", duration: 1e9 }),
		};
		const items = queueOf({ notes, now: MONDAY });
		expect(summary(items)).toEqual([
			`prepare:${TALK} @ 9999-12-29T23:00-05:00`,
			`confirm:${TALK} @ 9999-12-30T00:00-05:00`,
			`keep_in_touch:${JORDAN} @ 275760-09-12 (day)`,
		]);
		expect(dueText(the(queueOf({ notes: { "Contacts/Early.md": contactProps({ contacted: "0001-01-01" }) }, now: MONDAY }), "outreach:Contacts/Early.md"))).toBe("0001-01-08 (day)");
	});
});
