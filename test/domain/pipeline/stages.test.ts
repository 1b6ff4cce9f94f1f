import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byColumn, BOARD_COLUMNS, timeInStage } from "../../../src/domain/pipeline/board";
import { stageRank } from "../../../src/domain/pipeline/stages";
import { contact, contactAt, interviewWith, NOW, PipelineVault, pipelineVaultArb } from "../../builders/pipeline";

const JO = contactAt("Jo");

describe("stages on the board", () => {
	it("walks the method's order, each stage dated by its own fact", () => {
		const steps: [Record<string, unknown>, Record<string, unknown> | null, string, string | null][] = [
			[{}, null, "not_contacted", null],
			[{ contacted: "2026-11-02" }, null, "contacted", "2026-11-02"],
			[{ contacted: "2026-11-02", replied: "2026-11-05" }, null, "replied", "2026-11-05"],
			[{ contacted: "2026-11-02", replied: "2026-11-05" }, { date: "2026-12-01T10:00", confirmed: "2026-11-20" }, "scheduled", "2026-11-20"],
			[{ contacted: "2026-11-02" }, { date: "2026-11-20T10:00" }, "interviewed", "2026-11-20"],
			[{ contacted: "2026-11-02" }, { date: "2026-11-20T10:00", thank_you_sent: "2026-11-21" }, "thanked", "2026-11-21"],
			[{ stay_in_touch: true }, { date: "2026-11-20T10:00", thank_you_sent: "2026-11-21" }, "staying_in_touch", null],
		];
		for (const [fm, interview, stage, since] of steps) {
			const notes: Record<string, Record<string, unknown>> = { [JO]: contact(fm) };
			if (interview) notes["Interviews/Talk with Jo.md"] = interviewWith("Jo", interview);
			const card = new PipelineVault(notes).person(JO);
			expect([card.stage, card.since?.toISODate() ?? null]).toEqual([stage, since]);
		}
	});

	it("keeps paused and closed people apart, with the stage their facts give", () => {
		const card = new PipelineVault({ [JO]: contact({ status: "paused", contacted: "2026-11-02" }) }).person(JO);
		expect(card.column).toBe("paused");
		expect(card.stage).toBe("contacted");
	});

	it("shows each person's next follow-up from the queue", () => {
		const card = new PipelineVault({ [JO]: contact({ contacted: "2026-11-02" }) }).person(JO);
		expect(card.next?.kind).toBe("outreach");
		expect(card.next?.id).toBe(`outreach:${JO}`);
		expect(card.next?.due?.startsWith("2026-11-09")).toBe(true);
	});

	it("says how long someone has been in their stage", () => {
		expect(timeInStage(NOW.minus({ days: 3 }), NOW)).toBe("3 days");
		expect(timeInStage(NOW.minus({ days: 21 }), NOW)).toBe("3 weeks");
		expect(timeInStage(null, NOW)).toBeNull();
	});

	it("puts every contact in exactly one column, and set-apart columns hold exactly the paused and closed (random vaults)", () => {
		fc.assert(
			fc.property(pipelineVaultArb, (notes) => {
				const people = new PipelineVault(notes).people();
				const columns = byColumn(people);
				expect(columns.map((c) => c.column)).toEqual([...BOARD_COLUMNS]);
				expect(columns.reduce((n, c) => n + c.people.length, 0)).toBe(people.length);
				for (const person of people) {
					expect(person.column === "paused" || person.column === "closed").toBe(person.status !== "active");
					// Whoever has an interview behind them has been contacted.
					if (stageRank(person.stage) >= stageRank("interviewed")) expect(person.holder).not.toBeNull();
				}
			}),
		);
	});
});
