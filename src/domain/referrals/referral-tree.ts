import type { PersonKey } from "./referral-edges";

/** About what a view can put in the DOM at once; past it, counts stand in for people. */
export const DEFAULT_MAX_NODES = 300;

/** Who referred a person, and who referred them, up to someone found without a referral. */
export interface ReferrerChain {
	/** The person first, then each one's referrer: `people[i]` was referred by `people[i + 1]`. */
	readonly people: readonly PersonKey[];
	/** Set when the last person's referrer is already on the chain: a circle, where the walk stops. */
	readonly cycleBackTo: PersonKey | null;
}

/** Walks up one referrer at a time; a seen set ends the walk at a circle, so it always stops. */
export function referrerChain(person: PersonKey, referrerOf: (person: PersonKey) => PersonKey | null): ReferrerChain {
	const people = [person];
	const seen = new Set(people);
	for (let next = referrerOf(person); next !== null; next = referrerOf(next)) {
		if (seen.has(next)) return { people, cycleBackTo: next };
		seen.add(next);
		people.push(next);
	}
	return { people, cycleBackTo: null };
}

/** One person in a referral tree. */
export interface ReferralTreeNode {
	readonly person: PersonKey;
	readonly children: readonly ReferralTreeNode[];
	/**
	 * Set when the person is shown in full somewhere else, so this node has no children:
	 * `ancestor` — above this node (a circle of referrals); `elsewhere` — in another branch.
	 */
	readonly repeat: "ancestor" | "elsewhere" | null;
	/** How many of this person's referrals are left out because the node budget ran out. */
	readonly hidden: number;
}

export interface ReferralForest {
	readonly trees: readonly ReferralTreeNode[];
	/** Nodes built, repeats included; never above the budget. */
	readonly nodes: number;
	/** People left out: the `hidden` counts of every node, plus start people that did not fit. */
	readonly more: number;
}

/** A node while the forest grows: children still coming, `hidden` still counting. */
type GrowingNode = ReferralTreeNode & { children: GrowingNode[]; hidden: number };

/**
 * The trees below `starts`, breadth first across all of them, so that everyone's direct
 * referrals show before anyone's grandchildren use up the budget. Each person is shown in
 * full once; meeting them again gives a `repeat` node. Iterative, so depth costs no stack.
 */
export function referralForest(
	starts: readonly PersonKey[],
	referralsOf: (person: PersonKey) => readonly PersonKey[],
	maxNodes = DEFAULT_MAX_NODES,
): ReferralForest {
	const placed = new Set<PersonKey>();
	// Parents live beside the nodes, not in them, so that the result is a plain tree for JSON and deep equality.
	const parentOf = new Map<GrowingNode, GrowingNode>();
	const isAbove = (node: GrowingNode, person: PersonKey): boolean => {
		for (let at: GrowingNode | undefined = node; at !== undefined; at = parentOf.get(at)) if (at.person === person) return true;
		return false;
	};
	const trees: GrowingNode[] = [];
	const queue: GrowingNode[] = [];
	let nodes = 0;
	let more = 0;
	for (const person of starts) {
		if (placed.has(person)) continue;
		if (nodes >= maxNodes) {
			more++;
			continue;
		}
		const root: GrowingNode = { person, children: [], repeat: null, hidden: 0 };
		placed.add(person);
		trees.push(root);
		queue.push(root);
		nodes++;
	}
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head] as GrowingNode;
		for (const child of referralsOf(node.person)) {
			if (nodes >= maxNodes) {
				node.hidden++;
				more++;
				continue;
			}
			nodes++;
			const repeat = !placed.has(child) ? null : isAbove(node, child) ? "ancestor" : "elsewhere";
			const grown: GrowingNode = { person: child, children: [], repeat, hidden: 0 };
			node.children.push(grown);
			parentOf.set(grown, node);
			if (repeat !== null) continue;
			placed.add(child);
			queue.push(grown);
		}
	}
	return { trees, nodes, more };
}
