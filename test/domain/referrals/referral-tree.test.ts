import { describe, expect, it } from "vitest";
import { referralForest, referrerChain, type ReferralTreeNode } from "../../../src/domain/referrals/referral-tree";

function downOf(...pairs: string[]): (p: string) => readonly string[] {
	const down = new Map<string, string[]>();
	for (const pair of pairs) {
		const [from, to] = pair.split(">") as [string, string];
		down.set(from, [...(down.get(from) ?? []), to]);
	}
	return (p) => down.get(p) ?? [];
}

/** A tree as nested text, e.g. `A(B C(D^))`; `^` marks an ancestor repeat, `~` one shown elsewhere, `+n` hidden referrals. */
function draw(node: ReferralTreeNode): string {
	const mark = node.repeat === "ancestor" ? "^" : node.repeat === "elsewhere" ? "~" : "";
	const hidden = node.hidden > 0 ? `+${node.hidden}` : "";
	const inner = node.children.map(draw).join(" ");
	return `${node.person}${mark}${hidden}${inner ? `(${inner})` : ""}`;
}

describe("referrerChain", () => {
	it("walks up to someone without a referrer", () => {
		const up = new Map([
			["C", "B"],
			["B", "A"],
		]);
		expect(referrerChain("C", (p) => up.get(p) ?? null)).toEqual({ people: ["C", "B", "A"], cycleBackTo: null });
	});

	it("stops at a circle and says where it closes", () => {
		const up = new Map([
			["C", "B"],
			["B", "A"],
			["A", "B"],
		]);
		expect(referrerChain("C", (p) => up.get(p) ?? null)).toEqual({ people: ["C", "B", "A"], cycleBackTo: "B" });
		expect(referrerChain("S", () => "S")).toEqual({ people: ["S"], cycleBackTo: "S" });
	});
});

describe("referralForest", () => {
	it("shows each person in full once and marks repeats", () => {
		const down = downOf("A>B", "A>C", "B>D", "C>D", "D>A");
		const forest = referralForest(["A"], down, 100);
		expect(forest.trees.map(draw)).toEqual(["A(B(D(A^)) C(D~))"]);
		expect(forest).toMatchObject({ nodes: 6, more: 0 });
	});

	it("spends the budget breadth first and counts what it leaves out", () => {
		const down = downOf("A>B", "A>C", "A>D", "B>E", "B>F", "C>G");
		const forest = referralForest(["A"], down, 4);
		expect(forest.trees.map(draw)).toEqual(["A(B+2 C+1 D)"]);
		expect(forest).toMatchObject({ nodes: 4, more: 3 });
	});

	it("shares one budget across start people and counts those that did not fit", () => {
		const down = downOf("A>B", "C>D");
		const forest = referralForest(["A", "C", "E"], down, 2);
		expect(forest.trees.map(draw)).toEqual(["A+1", "C+1"]);
		expect(forest.more).toBe(3);
	});

	it("places someone two trees reach in the first one only", () => {
		const forest = referralForest(["A", "B"], downOf("A>X", "B>X"), 100);
		expect(forest.trees.map(draw)).toEqual(["A(X)", "B(X~)"]);
	});

	it("goes 10,000 deep without recursion", () => {
		const pairs = Array.from({ length: 10_000 }, (_, i) => `P${i}>P${i + 1}`);
		const forest = referralForest(["P0"], downOf(...pairs), Number.POSITIVE_INFINITY);
		let depth = 0;
		for (let node = forest.trees[0]; node; node = node.children[0]) depth++;
		expect(depth).toBe(10_001);
	});
});
