import type { DateTime } from "luxon";
import type { PersonStage } from "./person-stage";
import { pathOfKey, type UnresolvedLink } from "./referral-edges";
import type { ReferralGraph } from "./referral-graph";

export interface PersonJson {
	readonly path: string;
	readonly name: string;
	/** The referrer the map follows upward; null when nobody did, or when the referrer has no note yet. */
	readonly referred_by: string | null;
	readonly referrals: readonly string[];
	readonly stage: PersonStage;
}

/** The `referrals --json` output of the command-line tool (DESIGN.md, "The command-line face"). */
export interface ReferralsJson {
	readonly people: readonly PersonJson[];
	/** Each circle once; a member without a note appears by its key, `missing:<link>`. */
	readonly cycles: readonly (readonly string[])[];
	readonly unresolved: readonly UnresolvedLink[];
}

/**
 * The map as plain data, sorted so that the same vault always prints the same text.
 * `people` lists everyone who has a note (contacts, and notes of another kind that a
 * referral names); people without a note are in `unresolved`, where the links naming them are.
 */
export function referralsJson(graph: ReferralGraph, now: DateTime): ReferralsJson {
	const people: PersonJson[] = [];
	for (const key of graph.people()) {
		const path = pathOfKey(key);
		if (path === null) continue;
		const referrer = graph.primaryReferrer(key);
		people.push({
			path,
			name: graph.person(key).name,
			referred_by: referrer === null ? null : pathOfKey(referrer),
			referrals: graph.referralsOf(key).filter((referred) => pathOfKey(referred) !== null),
			stage: graph.stageOf(key, now),
		});
	}
	const unresolved = graph.unresolved().map(({ path, field, link }) => ({ path, field, link }));
	return { people, cycles: graph.cycles().map((cycle) => [...cycle]), unresolved };
}
