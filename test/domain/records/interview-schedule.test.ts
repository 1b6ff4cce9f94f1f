import { describe, expect, it } from "vitest";
import { effectiveInterviewStatus, interviewTimes, isAgreed } from "../../../src/domain/records/interview-schedule";
import type { InterviewRecord } from "../../../src/domain/records/record-types";
import { parseRecord } from "../../../src/domain/records/records";
import { interviewProps, parseOptions } from "../../builders/records";
import { at, NEW_YORK } from "../../builders/queue";

const calendar = NEW_YORK;

function interview(props: Record<string, unknown>): InterviewRecord {
	const record = parseRecord("Interviews/Talk.md", interviewProps(props), parseOptions(["Contacts/Jordan Lee.md"], { zone: NEW_YORK }));
	if (record?.kind !== "interview") throw new Error("expected an interview");
	return record;
}

function statusAt(props: Record<string, unknown>, local: string): string {
	return effectiveInterviewStatus(interview(props), at(local).toMillis(), calendar);
}

describe("effectiveInterviewStatus", () => {
	it("without a written status: scheduled before the start, done once it has ended", () => {
		const talk = { date: "2026-11-22T14:00", duration: 45 };
		expect(statusAt(talk, "2026-11-22T13:59")).toBe("scheduled");
		expect(statusAt(talk, "2026-11-22T14:30")).toBe("scheduled");
		expect(statusAt(talk, "2026-11-22T14:45")).toBe("done");
	});

	it("a confirmed date makes it confirmed", () => {
		expect(statusAt({ date: "2026-11-22T14:00", confirmed: "2026-11-21" }, "2026-11-22T09:00")).toBe("confirmed");
	});

	it("a written scheduled or confirmed status becomes done when the interview is over", () => {
		expect(statusAt({ date: "2026-11-22T14:00", status: "confirmed" }, "2026-11-23T09:00")).toBe("done");
	});

	it("written done, requested, cancelled and no_show stand whatever the clock", () => {
		for (const status of ["done", "requested", "cancelled", "no_show"]) expect(statusAt({ date: "2026-11-30T14:00", status }, "2026-11-23T09:00")).toBe(status);
	});

	it("without a date it is requested unless the note says otherwise", () => {
		expect(statusAt({}, "2026-11-23T09:00")).toBe("requested");
		expect(statusAt({ status: "scheduled" }, "2026-11-23T09:00")).toBe("scheduled");
		expect(isAgreed(interview({}))).toBe(false);
		expect(isAgreed(interview({ status: "scheduled" }))).toBe(true);
	});

	it("a whole-day interview lasts until the next midnight", () => {
		const times = interviewTimes(interview({ date: "2026-11-01" }), calendar);
		expect(times?.allDay).toBe(true);
		expect(times && times.endMs - times.startMs).toBe(25 * 3_600_000);
		expect(statusAt({ date: "2026-11-01" }, "2026-11-01T23:59")).toBe("scheduled");
		expect(statusAt({ date: "2026-11-01" }, "2026-11-02T00:00")).toBe("done");
	});
});
