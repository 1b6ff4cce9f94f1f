import type { PersonKey } from "./referral-edges";

/** The two directions of the referral map, each list sorted. */
export interface ReferralLinks {
	/** Whom this person referred. */
	referralsOf(person: PersonKey): readonly PersonKey[];
	/** Who referred this person. */
	referrersOf(person: PersonKey): readonly PersonKey[];
}

/** Plain code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The groups of people who (directly or not) referred one another, each sorted; someone
 * in no circle is a group of one. Tarjan's strongly connected components, walked with
 * an explicit stack instead of recursion, so that a chain of thousands of people cannot
 * overflow the call stack.
 */
function groupsOf(people: Iterable<PersonKey>, links: Pick<ReferralLinks, "referralsOf">): PersonKey[][] {
	const order = new Map<PersonKey, number>();
	const low = new Map<PersonKey, number>();
	const stack: PersonKey[] = [];
	const onStack = new Set<PersonKey>();
	const groups: PersonKey[][] = [];
	// The walk: a person, and the next of their referrals to look at.
	const walk: { person: PersonKey; next: number }[] = [];
	const enter = (person: PersonKey): void => {
		low.set(person, order.size);
		order.set(person, order.size);
		stack.push(person);
		onStack.add(person);
		walk.push({ person, next: 0 });
	};
	const lower = (person: PersonKey, to: number): void => void low.set(person, Math.min(low.get(person) as number, to));
	for (const start of people) {
		if (order.has(start)) continue;
		enter(start);
		while (walk.length > 0) {
			const top = walk[walk.length - 1] as { person: PersonKey; next: number };
			const referred = links.referralsOf(top.person);
			if (top.next < referred.length) {
				const next = referred[top.next++] as PersonKey;
				if (!order.has(next)) enter(next);
				else if (onStack.has(next)) lower(top.person, order.get(next) as number);
				continue;
			}
			walk.pop();
			const person = top.person;
			if (low.get(person) === order.get(person)) {
				// The group: this person and everyone above them on the stack.
				const group = stack.splice(stack.lastIndexOf(person));
				for (const member of group) onStack.delete(member);
				groups.push(group.sort(compareKeys));
			}
			const parent = walk[walk.length - 1];
			if (parent) lower(parent.person, low.get(person) as number);
		}
	}
	return groups;
}

/**
 * The members of a circular group in referral order: from the first by sort order along
 * the referrals inside the group, so a simple circle A → B → C reads as [A, B, C].
 */
function inReferralOrder(group: readonly PersonKey[], links: ReferralLinks): PersonKey[] {
	const members = new Set(group);
	const seen = new Set<PersonKey>();
	const result: PersonKey[] = [];
	const pending: PersonKey[] = [group[0] as PersonKey];
	while (pending.length > 0) {
		const person = pending.pop() as PersonKey;
		if (seen.has(person)) continue;
		seen.add(person);
		result.push(person);
		// Pushed in reverse so that the smallest successor is visited first.
		const next = links.referralsOf(person).filter((p) => members.has(p) && !seen.has(p));
		for (let i = next.length - 1; i >= 0; i--) pending.push(next[i] as PersonKey);
	}
	return result;
}

export interface CirclesAndRoots {
	/** Every circle of referrals once (self-references included), in referral order, sorted by their first member. */
	readonly cycles: readonly (readonly PersonKey[])[];
	/**
	 * Where the map's trees start, sorted: everyone nobody referred, plus, for a circle that
	 * nobody outside it referred, its first member by sort order — otherwise that circle
	 * would belong to no tree.
	 */
	readonly roots: readonly PersonKey[];
}

/** The circles and the roots of the map made of `people` and their links. */
export function circlesAndRoots(people: Iterable<PersonKey>, links: ReferralLinks): CirclesAndRoots {
	const groups = groupsOf(people, links);
	const groupOf = new Map<PersonKey, number>();
	groups.forEach((group, id) => group.forEach((person) => groupOf.set(person, id)));
	const roots = groups
		.filter((group, id) => !group.some((person) => links.referrersOf(person).some((r) => groupOf.get(r) !== id)))
		.map((group) => group[0] as PersonKey);
	// A circle: two or more people, or one who referred themselves.
	const circular = groups.filter((group) => group.length > 1 || links.referralsOf(group[0] as PersonKey).includes(group[0] as PersonKey));
	const cycles = circular.map((group) => inReferralOrder(group, links));
	return { cycles: cycles.sort((a, b) => compareKeys(a[0] as PersonKey, b[0] as PersonKey)), roots: roots.sort(compareKeys) };
}
