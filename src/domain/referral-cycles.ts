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

interface Frame {
	readonly person: number;
	readonly next: readonly PersonKey[];
	at: number;
}

/**
 * Tarjan's strongly connected components with an explicit stack instead of recursion,
 * so that a chain of many thousands of people cannot overflow the call stack. People are
 * numbered once and the bookkeeping lives in typed arrays: map lookups are what a graph
 * of 30,000 people would otherwise spend its time on.
 */
export function components(people: readonly PersonKey[], links: ReferralLinks): Components {
	const n = people.length;
	const number = new Map<PersonKey, number>();
	people.forEach((person, i) => number.set(person, i));
	const order = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const group = new Int32Array(n).fill(-1);
	const stack: number[] = [];
	const groups: PersonKey[][] = [];
	const frames: Frame[] = [];
	let visited = 0;

	const enter = (v: number): void => {
		order[v] = low[v] = visited++;
		stack.push(v);
		onStack[v] = 1;
		frames.push({ person: v, next: links.referralsOf(people[v] as PersonKey), at: 0 });
	};

	for (let start = 0; start < n; start++) {
		if ((order[start] as number) >= 0) continue;
		enter(start);
		while (frames.length > 0) {
			const frame = frames[frames.length - 1] as Frame;
			const v = frame.person;
			if (frame.at < frame.next.length) {
				const w = number.get(frame.next[frame.at++] as PersonKey);
				if (w === undefined) continue;
				if ((order[w] as number) < 0) enter(w);
				else if (onStack[w] === 1) low[v] = Math.min(low[v] as number, order[w] as number);
				continue;
			}
			frames.pop();
			if (low[v] === order[v]) {
				const members: PersonKey[] = [];
				let w: number;
				do {
					w = stack.pop() as number;
					onStack[w] = 0;
					group[w] = groups.length;
					members.push(people[w] as PersonKey);
				} while (w !== v);
				groups.push(members.sort(compareKeys));
			}
			const parent = frames[frames.length - 1];
			if (parent) low[parent.person] = Math.min(low[parent.person] as number, low[v] as number);
		}
	}
	return {
		groups,
		groupOf: (person) => {
			const v = number.get(person);
			return v === undefined ? -1 : (group[v] as number);
		},
	};
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
