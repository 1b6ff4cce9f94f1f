import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordIndex } from "../../../src/domain/records/record-index";
import type { ReferralGraph } from "../../../src/domain/referrals/referral-graph";
import { compareKeys } from "../../../src/domain/referrals/referral-cycles";
import { personKeyOf } from "../../../src/domain/referrals/referral-edges";
import type { ReferralTreeNode } from "../../../src/domain/referrals/referral-tree";
import { applyOp, chainNotes, contactPath, GraphVault, graphSnapshot, NOW, opArb, vaultArb } from "../../builders/graph";
import { contactProps, interviewProps } from "../../builders/records";

const JORDAN = "Contacts/Jordan Lee.md";
const PRIYA = "Contacts/Priya Nair.md";
const SAM = "Contacts/Sam Park.md";

describe("ReferralGraph edges", () => {
	it("draws an edge from referred_by and from an interview's referrals, merging the two", () => {
		const { graph } = new GraphVault({
			[JORDAN]: contactProps(),
			[PRIYA]: contactProps({ referred_by: "[[Jordan Lee]]" }),
			"Interviews/a.md": interviewProps({ referrals: ["[[Priya Nair]]", "[[Priya Nair]]"] }),
		});
		expect(graph.edges()).toEqual([
			{
				from: JORDAN,
				to: PRIYA,
				sources: [
					{ path: PRIYA, field: "referred_by" },
					{ path: "Interviews/a.md", field: "referrals[0]" },
					{ path: "Interviews/a.md", field: "referrals[1]" },
				].sort((a, b) => (a.path < b.path ? -1 : 1)),
			},
		]);
		expect(graph.referralsOf(JORDAN)).toEqual([PRIYA]);
		expect(graph.referrersOf(PRIYA)).toEqual([JORDAN]);
		expect(graph.problems()).toEqual([]);
	});

	it("keeps people without a note as missing: nodes, and lists the links", () => {
		const { graph } = new GraphVault({
			[JORDAN]: contactProps({ referred_by: "[[Casey Kim]]" }),
			"Interviews/a.md": interviewProps({ referrals: ["[[Dana Wu]]"] }),
		});
		expect(graph.people()).toEqual([JORDAN, "missing:Casey Kim", "missing:Dana Wu"]);
		expect(graph.person("missing:Casey Kim")).toEqual({ key: "missing:Casey Kim", path: null, name: "Casey Kim", contact: undefined });
		expect(graph.referralsOf("missing:Casey Kim")).toEqual([JORDAN]);
		expect(graph.roots()).toEqual(["missing:Casey Kim"]);
		expect(graph.unresolved()).toEqual([
			{ path: JORDAN, field: "referred_by", link: "Casey Kim" },
			{ path: "Interviews/a.md", field: "referrals[0]", link: "Dana Wu" },
		]);
	});

	it("keeps both edges and reports one problem when two notes disagree about a referrer", () => {
		const { graph } = new GraphVault({
			[JORDAN]: contactProps(),
			[SAM]: contactProps(),
			[PRIYA]: contactProps({ referred_by: "[[Sam Park]]" }),
			"Interviews/2026-11-02 Jordan.md": interviewProps({ referrals: ["[[Priya Nair]]"] }),
		});
		expect(graph.referrersOf(PRIYA)).toEqual([JORDAN, SAM]);
		expect(graph.problems()).toEqual([
			{
				path: PRIYA,
				field: "referred_by",
				message:
					'the notes disagree about who referred Priya Nair: Jordan Lee (interview "2026-11-02 Jordan", referrals[0]), Sam Park (referred_by); the map shows each of them until one is corrected',
			},
		]);
		// The person's own referred_by is the one followed upward.
		expect(graph.primaryReferrer(PRIYA)).toBe(SAM);
	});

	it("puts the disagreement about someone without a note on the first note that names them", () => {
		const { graph } = new GraphVault({
			[JORDAN]: contactProps(),
			[SAM]: contactProps(),
			"Interviews/b.md": interviewProps({ contact: "[[Sam Park]]", referrals: ["[[Casey Kim]]"] }),
			"Interviews/a.md": interviewProps({ referrals: ["[[Casey Kim]]"] }),
		});
		expect(graph.problems().map((p) => [p.path, p.field])).toEqual([["Interviews/a.md", "referrals[0]"]]);
	});
});

describe("ReferralGraph circles", () => {
	it("reports a self-reference once and still gives it a root", () => {
		const { graph } = new GraphVault({ [JORDAN]: contactProps({ referred_by: "[[Jordan Lee]]" }) });
		expect(graph.cycles()).toEqual([[JORDAN]]);
		expect(graph.roots()).toEqual([JORDAN]);
		expect(graph.referredByChain(JORDAN)).toEqual({ people: [JORDAN], cycleBackTo: JORDAN, metVia: undefined });
		expect(graph.referralTree(JORDAN).root).toEqual({
			person: JORDAN,
			repeat: null,
			hidden: 0,
			children: [{ person: JORDAN, repeat: "ancestor", hidden: 0, children: [] }],
		});
	});

	it("reports A → B → A once, marks the chain, and never loops", () => {
		const { graph } = new GraphVault({
			[JORDAN]: contactProps({ referred_by: "[[Priya Nair]]" }),
			[PRIYA]: contactProps({ referred_by: "[[Jordan Lee]]" }),
			[SAM]: contactProps({ referred_by: "[[Priya Nair]]" }),
		});
		expect(graph.cycles()).toEqual([[JORDAN, PRIYA]]);
		expect(graph.roots()).toEqual([JORDAN]);
		expect(graph.referredByChain(SAM)).toMatchObject({ people: [SAM, PRIYA, JORDAN], cycleBackTo: PRIYA });
	});
});

describe("ReferralGraph long chains", () => {
	for (const length of [1_000, 5_000]) {
		it(`follows a chain of ${length} people both ways`, () => {
			const { graph } = new GraphVault(chainNotes(length));
			const last = contactPath(`P${length - 1}`);
			const chain = graph.referredByChain(last);
			expect(chain.people).toHaveLength(length);
			expect(chain).toMatchObject({ cycleBackTo: null, metVia: "alumni office" });

			const full = graph.referralTree(contactPath("P0"), { maxNodes: Number.POSITIVE_INFINITY });
			expect(full.nodes).toBe(length);
			const shown = graph.referralTree(contactPath("P0"));
			expect(shown).toMatchObject({ nodes: 300, more: 1 });
			expect(graph.roots()).toEqual([contactPath("P0")]);
			expect(graph.cycles()).toEqual([]);
		});
	}

	it("finds a circle of 5,000 people once", () => {
		const { graph } = new GraphVault(chainNotes(5_000, true));
		expect(graph.cycles()).toHaveLength(1);
		expect(graph.cycles()[0]).toHaveLength(5_000);
		expect(graph.roots()).toEqual([contactPath("P0")]);
		expect(graph.referredByChain(contactPath("P17")).people).toHaveLength(5_000);
	});
});

describe("ReferralGraph after changes", () => {
	it("follows a rename: the edges name the new path", () => {
		const vault = new GraphVault({
			[JORDAN]: contactProps(),
			[PRIYA]: contactProps({ referred_by: "[[Jordan Lee]]" }),
			"Interviews/a.md": interviewProps({ referrals: ["[[Sam Park]]"] }),
		});
		vault.rename(JORDAN, "Archive/Jordan Lee.md");
		expect(vault.graph.referralsOf("Archive/Jordan Lee.md")).toEqual([PRIYA, "missing:Sam Park"]);
		expect(vault.graph.has(JORDAN)).toBe(false);
		expect(graphSnapshot(vault.graph)).toBe(graphSnapshot(vault.rebuilt()));
	});

	it("turns a missing person into a contact when their note appears", () => {
		const vault = new GraphVault({ [PRIYA]: contactProps({ referred_by: "[[Casey Kim]]" }) });
		vault.write("Contacts/Casey Kim.md", contactProps());
		expect(vault.graph.referrersOf(PRIYA)).toEqual(["Contacts/Casey Kim.md"]);
		expect(vault.graph.has("missing:Casey Kim")).toBe(false);
		expect(vault.graph.unresolved()).toEqual([]);
	});

	it("updates the active person's view after one note changes", () => {
		const vault = new GraphVault({ [JORDAN]: contactProps(), [PRIYA]: contactProps() });
		expect(vault.graph.stageOf(PRIYA, NOW)).toBe("not_contacted");
		vault.write("Interviews/a.md", interviewProps({ contact: "[[Priya Nair]]", date: "2026-12-01T10:00" }));
		vault.write(PRIYA, contactProps({ referred_by: "[[Jordan Lee]]" }));
		expect(vault.graph.stageOf(PRIYA, NOW)).toBe("scheduled");
		expect(vault.graph.referralTree(JORDAN).root.children.map((c) => c.person)).toEqual([PRIYA]);
		vault.remove("Interviews/a.md");
		expect(vault.graph.stageOf(PRIYA, NOW)).toBe("not_contacted");
	});
});

// ---- properties on random vaults ----

/** Every referral as the records state it, computed the plain way. */
function statedPairs(index: RecordIndex): string[] {
	const pairs: string[] = [];
	for (const record of index.records()) {
		if (record.kind === "contact" && record.referredBy) pairs.push(`${personKeyOf(record.referredBy)} > ${record.path}`);
		if (record.kind === "interview" && record.contact) {
			for (const link of record.referrals) pairs.push(`${personKeyOf(record.contact)} > ${personKeyOf(link)}`);
		}
	}
	return pairs;
}

/** People shown in full in a tree, without recursion. */
function fullNodes(trees: readonly ReferralTreeNode[]): string[] {
	const result: string[] = [];
	const pending = [...trees];
	while (pending.length > 0) {
		const node = pending.pop() as ReferralTreeNode;
		if (node.repeat === null) result.push(node.person);
		pending.push(...node.children);
	}
	return result;
}

function everyChainEnds(graph: ReferralGraph): void {
	for (const person of graph.people()) {
		const chain = graph.referredByChain(person);
		expect(new Set(chain.people).size).toBe(chain.people.length);
		const top = chain.people[chain.people.length - 1] as string;
		if (chain.cycleBackTo === null) expect(graph.referrersOf(top)).toEqual([]);
		else {
			expect(chain.people).toContain(chain.cycleBackTo);
			expect(graph.primaryReferrer(top)).toBe(chain.cycleBackTo);
		}
	}
}

describe("ReferralGraph on random vaults", () => {
	it("has every stated referral as exactly one edge, with one source per statement", () => {
		fc.assert(
			fc.property(vaultArb, (notes) => {
				const { index, graph } = new GraphVault(notes);
				const stated = statedPairs(index);
				const edges = graph.edges().map((e) => `${e.from} > ${e.to}`);
				expect(new Set(edges).size).toBe(edges.length);
				expect(edges.sort()).toEqual([...new Set(stated)].sort());
				expect(graph.edges().reduce((n, e) => n + e.sources.length, 0)).toBe(stated.length);
			}),
			{ numRuns: 300 },
		);
	});

	it("ends every upward chain, at someone without a referrer or at a circle", () => {
		fc.assert(
			fc.property(vaultArb, (notes) => everyChainEnds(new GraphVault(notes).graph)),
			{ numRuns: 300 },
		);
	});

	it("places everyone in exactly one root's tree", () => {
		fc.assert(
			fc.property(vaultArb, (notes) => {
				const { graph } = new GraphVault(notes);
				const forest = graph.referralForest(graph.roots(), { maxNodes: Number.POSITIVE_INFINITY });
				expect(fullNodes(forest.trees).sort()).toEqual([...graph.people()].sort());
				expect(forest.more).toBe(0);
			}),
			{ numRuns: 300 },
		);
	});

	it("reports each circle once, and every member of a circle is on it", () => {
		fc.assert(
			fc.property(vaultArb, (notes) => {
				const { graph } = new GraphVault(notes);
				const members = graph.cycles().flat();
				expect(new Set(members).size).toBe(members.length);
				for (const cycle of graph.cycles()) {
					const first = cycle[0] as string;
					// Everyone in a circle can reach its first member again.
					const reach = fullNodes(graph.referralForest(graph.referralsOf(first), { maxNodes: Number.POSITIVE_INFINITY }).trees);
					expect(reach).toContain(first);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it("answers each person's referrals and referrers as the notes state them after any sequence of note changes", () => {
		fc.assert(
			fc.property(vaultArb, fc.array(opArb, { maxLength: 30 }), (notes, ops) => {
				const vault = new GraphVault(notes);
				for (const op of ops) applyOp(vault, op);
				const pairs = statedPairs(vault.index).map((pair) => pair.split(" > ") as [string, string]);
				const distinct = (list: string[]) => [...new Set(list)].sort(compareKeys);
				const named = distinct(pairs.flat());
				// Asked person by person first, before anything builds the whole map.
				const asked = named.map((p) => [vault.graph.referralsOf(p), vault.graph.referrersOf(p)]);
				const expected = named.map((p) => [distinct(pairs.filter(([from]) => from === p).map(([, to]) => to)), distinct(pairs.filter(([, to]) => to === p).map(([from]) => from))]);
				expect(asked).toEqual(expected);
				for (const p of named) expect(vault.graph.has(p)).toBe(true);
				expect(vault.graph.people()).toEqual(expect.arrayContaining(named));
			}),
			{ numRuns: 300 },
		);
	});

	it("equals a fresh build after any sequence of note changes", () => {
		fc.assert(
			fc.property(vaultArb, fc.array(opArb, { maxLength: 30 }), (notes, ops) => {
				const vault = new GraphVault(notes);
				for (const op of ops) applyOp(vault, op);
				expect(graphSnapshot(vault.graph)).toBe(graphSnapshot(vault.rebuilt()));
				everyChainEnds(vault.graph);
			}),
			{ numRuns: 300 },
		);
	});
});
