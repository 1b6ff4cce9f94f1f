import { describe, expect, it } from "vitest";
import type { RecordIndex } from "../../../src/domain/records/record-index";
import { ReferralStore } from "../../../src/domain/referrals/referral-store";
import { contactProps, indexOf, interviewProps } from "../../builders/records";

const A = "A.md";
const B = "B.md";
const C = "C.md";

/** A store built over the index, then told of each later write as the graph tells it. */
function storeOver(index: RecordIndex): { store: ReferralStore; write: (path: string, fm: Record<string, unknown> | undefined) => void } {
	const store = new ReferralStore(index);
	for (const record of index.records()) store.add(record);
	const write = (path: string, fm: Record<string, unknown> | undefined): void => {
		if (fm === undefined) index.remove(path);
		else index.set(path, fm);
		const record = index.get(path);
		if (record) store.note(record);
	};
	return { store, write };
}

describe("ReferralStore", () => {
	it("merges statements of the same referral into one edge and unmerges them one by one", () => {
		const index = indexOf({
			[A]: contactProps(),
			[B]: contactProps({ referred_by: "[[A]]" }),
			"I.md": interviewProps({ contact: "[[A]]", referrals: ["[[B]]", "[[B]]"] }),
		});
		const { store, write } = storeOver(index);
		expect(store.edgesInto(B)).toHaveLength(1);
		expect(store.edgesInto(B)[0]?.sources).toHaveLength(3);
		expect(store.referralsOf(A)).toEqual([B]);

		write("I.md", undefined);
		expect(store.edgesInto(B)).toEqual([{ from: A, to: B, sources: [{ path: B, field: "referred_by" }] }]);
		write(B, contactProps());
		expect(store.edgesInto(B)).toEqual([]);
		expect(store.referralsOf(A)).toEqual([]);
		expect(store.names(A)).toBe(false);
	});

	it("follows a note that names someone else now, and back again, without counting it twice", () => {
		const { store, write } = storeOver(indexOf({ [A]: contactProps(), [B]: contactProps(), [C]: contactProps({ referred_by: "[[A]]" }) }));
		write(C, contactProps({ referred_by: "[[B]]" }));
		expect(store.referralsOf(A)).toEqual([]);
		expect(store.referralsOf(B)).toEqual([C]);
		write(C, contactProps({ referred_by: "[[A]]" }));
		write(C, contactProps({ referred_by: "[[A]]" }));
		expect(store.referralsOf(A)).toEqual([C]);
		expect(store.referralsOf(B)).toEqual([]);
		expect(store.edgesInto(C)).toEqual([{ from: A, to: C, sources: [{ path: C, field: "referred_by" }] }]);
	});

	it("counts different referrers, not statements", () => {
		const { store, write } = storeOver(indexOf({ [A]: contactProps(), [B]: contactProps(), [C]: contactProps(), "I.md": interviewProps({ contact: "[[A]]", referrals: ["[[C]]", "[[C]]"] }) }));
		expect(store.referrerCount(C)).toBe(1);
		write(C, contactProps({ referred_by: "[[B]]" }));
		expect(store.referrerCount(C)).toBe(2);
	});

	it("keeps interviews with someone who has no note until the interview changes", () => {
		const { store, write } = storeOver(indexOf({ "I.md": interviewProps({ contact: "[[Casey]]" }), "J.md": interviewProps({ contact: "[[Casey]]" }) }));
		expect(store.interviewPathsWithoutNote("missing:Casey")).toEqual(["I.md", "J.md"]);
		write("I.md", undefined);
		expect(store.interviewPathsWithoutNote("missing:Casey")).toEqual(["J.md"]);
		write("J.md", interviewProps({ contact: "[[Dana]]" }));
		expect(store.names("missing:Casey")).toBe(false);
		expect(store.interviewPathsWithoutNote("missing:Dana")).toEqual(["J.md"]);
	});

	it("draws referrals from an interview with someone who has no note", () => {
		const { store } = storeOver(indexOf({ [B]: contactProps(), "I.md": interviewProps({ contact: "[[Casey]]", referrals: ["[[B]]"] }) }));
		expect(store.referralsOf("missing:Casey")).toEqual([B]);
		expect(store.statementsInto(B)).toEqual([{ from: "missing:Casey", to: B, path: "I.md", field: "referrals[0]" }]);
	});
});
