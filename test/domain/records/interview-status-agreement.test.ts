import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { effectiveInterviewStatus as queueStatus } from "../../../src/domain/records/interview-schedule";
import { effectiveInterviewStatus as mapStatus, personStage } from "../../../src/domain/referrals/person-stage";
import { randomVault } from "../../builders/queue";
import { indexOf, interviewProps } from "../../builders/records";

/**
 * The referral map (person-stage.ts) and the follow-up queue (interview-schedule.ts)
 * must agree on when an interview took place: one definition, read by both.
 */
describe("the map and the queue agree on interview status", () => {
	it("a note that still says scheduled after the interview counts as held in both", () => {
		const zone = "Europe/Berlin";
		const index = indexOf({ "Interviews/Talk.md": interviewProps({ status: "scheduled", date: "2026-11-20T10:00" }) }, { zone });
		const talk = index.interviews()[0];
		if (!talk) throw new Error("no interview");
		const now = DateTime.fromISO("2026-11-24T12:00", { zone });
		expect(queueStatus(talk, now.toMillis(), zone)).toBe("done");
		expect(mapStatus(talk, now)).toBe("done");
		expect(personStage(undefined, [talk], now)).toBe("interviewed");
	});

	it("for random interviews, zones and moments", () => {
		fc.assert(
			fc.property(randomVault(), ({ zone, notes, nowMs }) => {
				const index = indexOf(notes, { zone });
				const calendar = zone;
				const now = DateTime.fromMillis(nowMs, { zone });
				for (const interview of index.interviews()) expect(mapStatus(interview, now)).toBe(queueStatus(interview, nowMs, calendar));
			}),
			{ numRuns: 300 },
		);
	});
});
