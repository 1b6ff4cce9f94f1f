import { describe, expect, it } from "vitest";
import { effectiveInterviewStatus, lastInterviewHeld, personStage } from "../../../src/domain/referrals/person-stage";
import type { ContactRecord, InterviewRecord } from "../../../src/domain/records/record-types";
import { NOW } from "../../builders/graph";
import { contactProps, indexOf, interviewProps } from "../../builders/records";

/** Parses one contact and its interviews the way the index does. */
function person(contact: Record<string, unknown> | null, ...interviews: Record<string, unknown>[]) {
	const notes: Record<string, Record<string, unknown>> = {};
	if (contact) notes["Contacts/Jordan Lee.md"] = contactProps(contact);
	interviews.forEach((fm, i) => (notes[`Interviews/${i}.md`] = interviewProps(fm)));
	const index = indexOf(notes);
	const record = index.get("Contacts/Jordan Lee.md") as ContactRecord | undefined;
	return { contact: record, interviews: index.interviews() };
}

function stage(contact: Record<string, unknown> | null, ...interviews: Record<string, unknown>[]) {
	const p = person(contact, ...interviews);
	return personStage(p.contact, p.interviews, NOW);
}

describe("effectiveInterviewStatus", () => {
	const one = (fm: Record<string, unknown>) => person(null, fm).interviews[0] as InterviewRecord;

	it("keeps a written done, requested, cancelled or no-show whatever the date", () => {
		expect(effectiveInterviewStatus(one({ status: "cancelled", date: "2026-01-01T10:00" }), NOW)).toBe("cancelled");
		expect(effectiveInterviewStatus(one({ status: "done", date: "2026-12-01T10:00" }), NOW)).toBe("done");
		expect(effectiveInterviewStatus(one({ status: "requested", date: "2026-12-01T10:00" }), NOW)).toBe("requested");
	});

	it("counts a scheduled or confirmed interview as done once it is over", () => {
		expect(effectiveInterviewStatus(one({ status: "confirmed", date: "2026-01-01T10:00" }), NOW)).toBe("done");
		expect(effectiveInterviewStatus(one({ status: "scheduled", date: "2026-12-01T10:00" }), NOW)).toBe("scheduled");
		expect(effectiveInterviewStatus(one({ confirmed: "2026-11-20", date: "2026-12-01T10:00" }), NOW)).toBe("confirmed");
		expect(effectiveInterviewStatus(one({ status: "confirmed" }), NOW)).toBe("confirmed");
	});

	it("derives scheduled until the interview has ended, done after", () => {
		// NOW is 12:00; a 30-minute interview at 11:45 is still going on.
		expect(effectiveInterviewStatus(one({ date: "2026-11-24T11:45" }), NOW)).toBe("scheduled");
		expect(effectiveInterviewStatus(one({ date: "2026-11-24T11:30" }), NOW)).toBe("done");
		expect(effectiveInterviewStatus(one({ date: "2026-11-24" }), NOW)).toBe("scheduled");
		expect(effectiveInterviewStatus(one({ date: "2026-11-23" }), NOW)).toBe("done");
	});

	it("reads an interview with neither status nor date as requested", () => {
		expect(effectiveInterviewStatus(one({}), NOW)).toBe("requested");
	});
});

describe("personStage", () => {
	it("is not contacted with no sign of outreach, and for someone without a note", () => {
		expect(stage({})).toBe("not_contacted");
		expect(personStage(undefined, [], NOW)).toBe("not_contacted");
	});

	it("is contacted once outreach or a touch is recorded, and replied once they answered", () => {
		expect(stage({ contacted: "2026-11-01" })).toBe("contacted");
		expect(stage({ contacted: "2026-11-01", replied: "2026-11-03" })).toBe("replied");
		expect(stage({ last_contact: "2026-11-01T10:00" })).toBe("contacted");
	});

	it("is contacted when the only interviews are requested, cancelled or no-shows", () => {
		expect(stage({}, { status: "requested" })).toBe("contacted");
		expect(stage({}, { status: "cancelled", date: "2026-11-01T10:00" }, { status: "no_show", date: "2026-11-02T10:00" })).toBe("contacted");
	});

	it("is scheduled with an upcoming or confirmed interview", () => {
		expect(stage({}, { date: "2026-12-01T10:00" })).toBe("scheduled");
		expect(stage({}, { status: "confirmed", date: "2026-12-01T10:00" })).toBe("scheduled");
	});

	it("is interviewed once an interview was held, whatever else is planned", () => {
		expect(stage({}, { date: "2026-11-01T10:00" }, { date: "2026-12-01T10:00" })).toBe("interviewed");
		expect(stage({}, { status: "done" })).toBe("interviewed");
	});

	it("is thanked once a held interview has its thank-you, not before the interview took place", () => {
		expect(stage({}, { date: "2026-11-01T10:00", thank_you_sent: "2026-11-01" })).toBe("thanked");
		expect(stage({}, { date: "2026-12-01T10:00", thank_you_sent: "2026-11-20" })).toBe("scheduled");
	});

	it("is staying in touch when they agreed to it, and a paused contact keeps its stage", () => {
		expect(stage({ stay_in_touch: true })).toBe("staying_in_touch");
		expect(stage({ status: "paused" }, { status: "done" })).toBe("interviewed");
	});

	it("counts interviews for someone who has no contact note yet", () => {
		const p = person(null, { contact: "[[Casey Kim]]", status: "done" });
		expect(personStage(undefined, p.interviews, NOW)).toBe("interviewed");
	});
});

describe("lastInterviewHeld", () => {
	it("is the latest interview that took place", () => {
		const p = person({}, { date: "2026-10-01T10:00" }, { date: "2026-11-01T10:00" }, { date: "2026-12-01T10:00" }, { status: "done" });
		expect(lastInterviewHeld(p.interviews, NOW)?.date?.start.toISODate()).toBe("2026-11-01");
		expect(lastInterviewHeld([], NOW)).toBeUndefined();
	});
});
