import type { PersonKey } from "./referral-edges";

/** The two directions of the referral map, each list sorted. */
export interface ReferralLinks {
	/** Whom this person referred. */
	referralsOf(person: PersonKey): readonly PersonKey[];
	/** Who referred this person. */
	referrersOf(person: PersonKey): readonly PersonKey[];
}

/** The referral map cut into groups of people who (directly or not) referred one another. */
export interface Components {
	/** Each group's members, sorted; a person outside any circle is a group of one. */
	readonly groups: readonly (readonly PersonKey[])[];
	/** The group a person belongs to (an index into `groups`), or -1 for someone not on the map. */
	groupOf(person: PersonKey): number;
}

/**
 * A referral map with people numbered 0 … n − 1: whom person v referred are
 * `targets[offsets[v]]` up to `targets[offsets[v + 1]]`. Typed arrays instead of maps and
 * lists: lookups and small objects are what a graph of 30,000 people would otherwise
 * spend its time on.
 */
export interface NumberedLinks {
	readonly offsets: Int32Array;
	readonly targets: Int32Array;
}

/** Numbered links from pairs (from[i] referred to[i]) of `n` people. */
export function numberedLinks(n: number, from: readonly number[], to: readonly number[]): NumberedLinks {
	const offsets = new Int32Array(n + 1);
	for (const v of from) offsets[v + 1] = (offsets[v + 1] as number) + 1;
	for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
	const fill = offsets.slice(0, n);
	const targets = new Int32Array(from.length);
	for (let i = 0; i < from.length; i++) {
		const v = from[i] as number;
		targets[fill[v] as number] = to[i] as number;
		fill[v] = (fill[v] as number) + 1;
	}
	return { offsets, targets };
}

/**
 * Tarjan's strongly connected components with an explicit stack instead of recursion,
 * so that a chain of many thousands of people cannot overflow the call stack. Returns
 * each person's group number and how many groups there are.
 */
export function groupNumbers({ offsets, targets }: NumberedLinks): { group: Int32Array; count: number } {
	const n = offsets.length - 1;
	const order = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const group = new Int32Array(n).fill(-1);
	const stack = new Int32Array(n);
	// The walk's own stack: a person, and the next of their referrals to look at.
	const walk = new Int32Array(n);
	const at = new Int32Array(n);
	let stacked = 0;
	let walking = 0;
	let visited = 0;
	let count = 0;

	const enter = (v: number): void => {
		order[v] = low[v] = visited++;
		stack[stacked++] = v;
		onStack[v] = 1;
		walk[walking] = v;
		at[walking++] = offsets[v] as number;
	};

	for (let start = 0; start < n; start++) {
		if ((order[start] as number) >= 0) continue;
		enter(start);
		while (walking > 0) {
			const top = walking - 1;
			const v = walk[top] as number;
			const edge = at[top] as number;
			if (edge < (offsets[v + 1] as number)) {
				at[top] = edge + 1;
				const w = targets[edge] as number;
				if ((order[w] as number) < 0) enter(w);
				else if (onStack[w] === 1) low[v] = Math.min(low[v] as number, order[w] as number);
				continue;
			}
			walking--;
			if (low[v] === order[v]) {
				let w: number;
				do {
					w = stack[--stacked] as number;
					onStack[w] = 0;
					group[w] = count;
				} while (w !== v);
				count++;
			}
			if (walking > 0) {
				const parent = walk[walking - 1] as number;
				low[parent] = Math.min(low[parent] as number, low[v] as number);
			}
		}
	}
	return { group, count };
}

/** The groups of numbered people, as `Components`; `number` gives a person's number. */
export function componentsOf(people: readonly PersonKey[], number: ReadonlyMap<PersonKey, number>, links: NumberedLinks): Components {
	const { group, count } = groupNumbers(links);
	const groups: PersonKey[][] = Array.from({ length: count }, () => []);
	for (let v = 0; v < people.length; v++) (groups[group[v] as number] as PersonKey[]).push(people[v] as PersonKey);
	for (const members of groups) if (members.length > 1) members.sort(compareKeys);
	return {
		groups,
		groupOf: (person) => {
			const v = number.get(person);
			return v === undefined ? -1 : (group[v] as number);
		},
	};
}

/** The groups of people who (directly or not) referred one another; links to people not listed are left out. */
export function components(people: readonly PersonKey[], links: ReferralLinks): Components {
	const number = new Map<PersonKey, number>();
	people.forEach((person, i) => number.set(person, i));
	const from: number[] = [];
	const to: number[] = [];
	people.forEach((person, v) => {
		for (const next of links.referralsOf(person)) {
			const w = number.get(next);
			if (w === undefined) continue;
			from.push(v);
			to.push(w);
		}
	});
	return componentsOf(people, number, numberedLinks(people.length, from, to));
}

function isCircular(group: readonly PersonKey[], links: ReferralLinks): boolean {
	if (group.length > 1) return true;
	const only = group[0] as PersonKey;
	return links.referralsOf(only).includes(only);
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

/** Every circle of referrals once (self-references included), sorted by their first member. */
export function cyclesOf(found: Components, links: ReferralLinks): PersonKey[][] {
	const cycles = found.groups.filter((g) => isCircular(g, links)).map((g) => inReferralOrder(g, links));
	return cycles.sort((a, b) => compareKeys(a[0] as PersonKey, b[0] as PersonKey));
}

/**
 * Where the map's trees start: everyone nobody referred, plus, for a circle that nobody
 * outside it referred, its first member by sort order — otherwise that circle would belong
 * to no tree. Sorted.
 */
export function rootsOf(found: Components, links: ReferralLinks): PersonKey[] {
	const roots: PersonKey[] = [];
	found.groups.forEach((group, id) => {
		const referredFromOutside = group.some((person) => links.referrersOf(person).some((r) => found.groupOf(r) !== id));
		// A lone person here has no referrer at all; a circle is represented by its first member.
		if (!referredFromOutside) roots.push(group[0] as PersonKey);
	});
	return roots.sort(compareKeys);
}

/** Plain code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
