import { describe, expect, it } from "vitest";
import type { RecordContribution, StatedReferral } from "../../src/domain/referral-edges";
import { ReferralStore } from "../../src/domain/referral-store";

function says(path: string, ...pairs: [from: string, to: string, field: string][]): RecordContribution {
	const referrals: StatedReferral[] = pairs.map(([from, to, field]) => ({ from, to, path, field }));
	return { referrals, intervieweeWithoutNote: null, unresolved: [] };
}

describe("ReferralStore", () => {
	it("merges statements of the same referral into one edge and unmerges them one by one", () => {
		const store = new ReferralStore();
		store.put("B.md", says("B.md", ["A.md", "B.md", "referred_by"]));
		store.put("I.md", says("I.md", ["A.md", "B.md", "referrals[0]"], ["A.md", "B.md", "referrals[1]"]));
		expect(store.edgesInto("B.md")).toHaveLength(1);
		expect(store.edgesInto("B.md")[0]?.sources).toHaveLength(3);
		expect(store.referralsOf("A.md")).toEqual(["B.md"]);

		store.put("I.md", null);
		expect(store.edgesInto("B.md")).toEqual([{ from: "A.md", to: "B.md", sources: [{ path: "B.md", field: "referred_by" }] }]);
		store.put("B.md", says("B.md"));
		expect(store.edgesInto("B.md")).toEqual([]);
		expect(store.referralsOf("A.md")).toEqual([]);
		expect(store.names("A.md")).toBe(false);
	});

	it("counts different referrers, not statements", () => {
		const store = new ReferralStore();
		store.put("I.md", says("I.md", ["A.md", "C.md", "referrals[0]"], ["A.md", "C.md", "referrals[1]"]));
		expect(store.referrerCount("C.md")).toBe(1);
		store.put("C.md", says("C.md", ["B.md", "C.md", "referred_by"]));
		expect(store.referrerCount("C.md")).toBe(2);
	});

	it("keeps interviews with someone who has no note until the interview changes", () => {
		const store = new ReferralStore();
		store.put("I.md", { referrals: [], intervieweeWithoutNote: "missing:Casey", unresolved: [] });
		store.put("J.md", { referrals: [], intervieweeWithoutNote: "missing:Casey", unresolved: [] });
		expect(store.interviewPathsWithoutNote("missing:Casey")).toEqual(["I.md", "J.md"]);
		store.put("I.md", null);
		expect(store.interviewPathsWithoutNote("missing:Casey")).toEqual(["J.md"]);
		store.put("J.md", null);
		expect(store.names("missing:Casey")).toBe(false);
	});
});
