import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statusOfAt } from "../../../src/domain/pipeline/pipeline";
import { pipelineStatistics } from "../../../src/domain/pipeline/statistics";
import { contact, contactAt, interviewWith, NOW, PipelineVault, pipelineVaultArb, ZONE } from "../../builders/pipeline";

function statistics(notes: ConstructorParameters<typeof PipelineVault>[0]) {
	return pipelineStatistics(new PipelineVault(notes).index(), { now: NOW, zone: ZONE, statusOf: statusOfAt(NOW), thankYouWithinHours: 24, weeks: 12 });
}

/** Ana: emailed, answered in 2 days, interviewed, thanked the same day. Ben: emailed, answered in 4 days. Cy: LinkedIn, no answer. Dee: referred, not contacted. */
const VAULT = {
	[contactAt("Ana")]: contact({ contacted: "2026-11-01", replied: "2026-11-03", outreach_method: "email", field: "Nursing", stay_in_touch: true }),
	[contactAt("Ben")]: contact({ contacted: "2026-11-01", replied: "2026-11-05", outreach_method: "email", field: "Nursing" }),
	[contactAt("Cy")]: contact({ contacted: "2026-11-10", outreach_method: "linkedin", met_via: "referral from Ana" }),
	[contactAt("Dee")]: contact({ referred_by: "[[Ana]]" }),
	"Interviews/Talk with Ana.md": interviewWith("Ana", { date: "2026-11-10T10:00", thank_you_sent: "2026-11-10" }),
	"Interviews/Talk with Ben.md": interviewWith("Ben", { date: "2026-11-17T10:00", thank_you_sent: "2026-11-20" }),
};

describe("progress statistics", () => {
	it("counts the funnel with the people behind each step and the conversion between steps", () => {
		const { funnel } = statistics(VAULT);
		expect(funnel.map((s) => [s.step, s.paths.length])).toEqual([
			["identified", 4],
			["contacted", 3],
			["replied", 2],
			["interviewed", 2],
			["thanked", 2],
			["staying_in_touch", 1],
		]);
		expect(funnel[1]?.conversion).toBe(0.75);
		expect(funnel[5]?.paths).toEqual([contactAt("Ana")]);
	});

	it("gives reply rates and the median days to a reply by method and by referral or cold", () => {
		const s = statistics(VAULT);
		const email = s.byMethod.find((g) => g.label === "Email");
		expect([email?.rate, email?.medianDays]).toEqual([1, 3]);
		expect(s.byMethod.find((g) => g.label === "LinkedIn")?.rate).toBe(0);
		expect(s.byMethod.map((g) => g.label)).toEqual(["Email", "LinkedIn", "Phone", "Letter"]);
		const referral = s.byOrigin.find((g) => g.label === "Referral");
		expect(referral?.contacted.paths).toEqual([contactAt("Cy")]);
		expect(referral?.rate).toBe(0);
	});

	it("tells thank-yous within the 24 hours from late ones", () => {
		const { thankYous } = statistics(VAULT);
		expect(thankYous.withinTime.paths).toEqual(["Interviews/Talk with Ana.md"]);
		expect(thankYous.late.paths).toEqual(["Interviews/Talk with Ben.md"]);
	});

	it("counts interviews per week and per field, flagging fields with fewer than 3", () => {
		const s = statistics(VAULT);
		expect(s.perWeek).toHaveLength(12);
		expect(s.perWeek.filter((w) => w.paths.length > 0).map((w) => [w.week, w.paths.length])).toEqual([
			["2026-11-09", 1],
			["2026-11-16", 1],
		]);
		expect(s.perField).toEqual([{ field: "Nursing", paths: ["Interviews/Talk with Ana.md", "Interviews/Talk with Ben.md"], tooFew: true }]);
	});

	it("never counts more people at a step than at the one before, up to thanked (random vaults)", () => {
		fc.assert(
			fc.property(pipelineVaultArb, (notes) => {
				const { funnel, perWeek } = statistics(notes);
				for (let i = 1; i < 5; i++) for (const path of funnel[i]?.paths ?? []) expect(funnel[i - 1]?.paths).toContain(path);
				const held = new PipelineVault(notes).index().interviews().filter((i) => statusOfAt(NOW)(i) === "done");
				expect(perWeek.reduce((n, w) => n + w.paths.length, 0)).toBeLessThanOrEqual(held.length);
			}),
		);
	});
});
