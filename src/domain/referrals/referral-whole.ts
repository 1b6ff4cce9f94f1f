import type { VaultRecord } from "../records/record-types";
import { compareKeys, components, cyclesOf, rootsOf, type Components, type ReferralLinks } from "./referral-cycles";
import { intervieweeOf, isReferralField, personKeyOf, type PersonKey } from "./referral-edges";

const NOBODY: readonly PersonKey[] = Object.freeze([]);

function push(map: Map<PersonKey, PersonKey[]>, key: PersonKey, value: PersonKey): void {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else list.push(value);
}

/** Each list sorted and without repeats, in place. */
function tidy(map: Map<PersonKey, PersonKey[]>): void {
	for (const list of map.values()) {
		if (list.length < 2) continue;
		list.sort(compareKeys);
		let kept = 1;
		for (let i = 1; i < list.length; i++) if (list[i] !== list[kept - 1]) list[kept++] = list[i] as PersonKey;
		list.length = kept;
	}
}

/**
 * The whole referral map at one moment, for the answers that need every person at once:
 * everyone on it, circles, roots, the overview. One pass over the records, made when
 * first asked for and thrown away at the next change; the view of a single person never
 * needs it.
 */
export class WholeReferrals implements ReferralLinks {
	private readonly everyone = new Set<PersonKey>();
	private readonly down = new Map<PersonKey, PersonKey[]>();
	private readonly up = new Map<PersonKey, PersonKey[]>();
	private sorted: PersonKey[] | null = null;
	private found: Components | null = null;
	private circles: PersonKey[][] | null = null;
	private starts: PersonKey[] | null = null;

	constructor(records: readonly VaultRecord[]) {
		for (const record of records) {
			if (record.kind === "contact") {
				this.everyone.add(record.path);
				if (record.referredBy) this.link(personKeyOf(record.referredBy), record.path);
				continue;
			}
			const from = intervieweeOf(record);
			if (from === null) continue;
			this.everyone.add(from);
			if (record.referrals.length === 0) continue;
			for (const { field, link } of record.links) if (isReferralField(field)) this.link(from, personKeyOf(link));
		}
		tidy(this.down);
		tidy(this.up);
	}

	private link(from: PersonKey, to: PersonKey): void {
		this.everyone.add(from);
		this.everyone.add(to);
		push(this.down, from, to);
		push(this.up, to, from);
	}

	/** Everyone on the map, sorted by key. */
	people(): readonly PersonKey[] {
		this.sorted ??= [...this.everyone].sort(compareKeys);
		return this.sorted;
	}

	/** How many people are on the map, without sorting them. */
	get size(): number {
		return this.everyone.size;
	}

	/** Whom this person referred, sorted. */
	referralsOf(person: PersonKey): readonly PersonKey[] {
		return this.down.get(person) ?? NOBODY;
	}

	/** Who referred this person, sorted. */
	referrersOf(person: PersonKey): readonly PersonKey[] {
		return this.up.get(person) ?? NOBODY;
	}

	/** Everyone who referred someone, in no particular order. */
	referrers(): IterableIterator<PersonKey> {
		return this.down.keys();
	}

	/** Everyone nobody referred, plus one member of each circle that nobody outside it referred. */
	roots(): readonly PersonKey[] {
		this.starts ??= rootsOf(this.components(), this);
		return this.starts;
	}

	/** Each circle of referrals once, self-references included. */
	cycles(): readonly (readonly PersonKey[])[] {
		this.circles ??= cyclesOf(this.components(), this);
		return this.circles;
	}

	private components(): Components {
		// Any order of people gives the same groups; the map's own order spares sorting them first.
		this.found ??= components([...this.everyone], this);
		return this.found;
	}
}
