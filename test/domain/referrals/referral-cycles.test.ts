import { describe, expect, it } from "vitest";
import { circlesAndRoots, compareKeys, type ReferralLinks } from "../../../src/domain/referrals/referral-cycles";

/** Links from a list of "A>B" pairs: A referred B. */
function linksOf(...pairs: string[]): { people: string[]; links: ReferralLinks } {
	const down = new Map<string, string[]>();
	const up = new Map<string, string[]>();
	const people = new Set<string>();
	for (const pair of pairs) {
		const [from, to] = pair.split(">") as [string, string];
		people.add(from).add(to);
		down.set(from, [...(down.get(from) ?? []), to].sort(compareKeys));
		up.set(to, [...(up.get(to) ?? []), from].sort(compareKeys));
	}
	return {
		people: [...people].sort(compareKeys),
		links: { referralsOf: (p) => down.get(p) ?? [], referrersOf: (p) => up.get(p) ?? [] },
	};
}

function analyse(...pairs: string[]) {
	const { people, links } = linksOf(...pairs);
	const { cycles, roots } = circlesAndRoots(people, links);
	return { cycles, roots };
}

describe("cycles", () => {
	it("finds none in a tree", () => {
		expect(analyse("A>B", "A>C", "C>D")).toEqual({ cycles: [], roots: ["A"] });
	});

	it("reports a two-person circle once, with no outside root standing in by its first member", () => {
		expect(analyse("A>B", "B>A")).toEqual({ cycles: [["A", "B"]], roots: ["A"] });
	});

	it("reports a self-reference as a circle of one", () => {
		expect(analyse("A>A", "A>B")).toEqual({ cycles: [["A"]], roots: ["A"] });
	});

	it("lists a circle in referral order, from its first member", () => {
		expect(analyse("A>C", "C>B", "B>A").cycles).toEqual([["A", "C", "B"]]);
	});

	it("needs no root of its own for a circle someone outside referred into", () => {
		expect(analyse("R>A", "A>B", "B>A")).toEqual({ cycles: [["A", "B"]], roots: ["R"] });
	});

	it("keeps separate circles apart and sorted", () => {
		expect(analyse("X>Y", "Y>X", "B>C", "C>B", "C>D").cycles).toEqual([
			["B", "C"],
			["X", "Y"],
		]);
	});

	it("copes with a circle of 20,000 people without recursion", () => {
		const pairs = Array.from({ length: 20_000 }, (_, i) => `P${i}>P${(i + 1) % 20_000}`);
		const result = analyse(...pairs);
		expect(result.cycles).toHaveLength(1);
		expect(result.cycles[0]).toHaveLength(20_000);
		expect(result.roots).toEqual(["P0"]);
	});
});
