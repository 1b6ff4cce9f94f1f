/**
 * A synthetic vault for benchmarks: realistic contact and interview frontmatter as
 * Obsidian's cache gives it (strings), about 10% of notes with a problem, and referral
 * chains. Deterministic for a given size.
 */
export interface SyntheticNote {
	path: string;
	frontmatter: Record<string, unknown>;
}

const FIRST = ["Jordan", "Priya", "Casey", "Sam", "Ana", "Wei", "Fatima", "Lukas", "Amara", "Diego", "Yuki", "Noor"];
const LAST = ["Lee", "Nair", "Kim", "Rivera", "Ruiz", "Zhang", "Haddad", "Becker", "Okafor", "Santos", "Tanaka", "Ali"];
const FIELDS = ["UX research", "Environmental policy", "Data journalism", "Nursing", "Civil engineering"];
const ORGS = ["Northwind Health", "Fabrikam", "City of Riverton", "The Daily Ledger", "GreenLeaf Institute"];

/** A small deterministic PRNG (mulberry32), so every run measures the same vault. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function isoDay(base: number, offsetDays: number): string {
	return new Date(base + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export function contactName(i: number): string {
	return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
}

export function contactPath(i: number): string {
	return `Contacts/${contactName(i)}.md`;
}

export function syntheticVault(contacts: number, interviews: number, seed = 1): SyntheticNote[] {
	const rand = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const base = Date.UTC(2026, 10, 23);
	const notes: SyntheticNote[] = [];
	for (let i = 0; i < contacts; i++) {
		const fm: Record<string, unknown> = {
			type: "contact",
			name: contactName(i),
			organization: pick(ORGS),
			role: "Analyst",
			field: pick(FIELDS),
			email: `person${i}@example.org`,
			met_via: i % 7 === 0 ? "alumni office" : "referral",
			contacted: isoDay(base, -Math.floor(rand() * 60)),
			last_contact: `${isoDay(base, -Math.floor(rand() * 30))}T10:00`,
			stay_in_touch: rand() < 0.3,
			status: "active",
		};
		// Chains: most people were referred by someone with a lower number.
		if (i > 0 && i % 7 !== 0) fm.referred_by = `[[${contactName(Math.floor(rand() * i))}]]`;
		if (rand() < 0.1) fm.contacted = pick(["next tuesday", "2026-02-30", "soon"]);
		notes.push({ path: contactPath(i), frontmatter: fm });
	}
	for (let j = 0; j < interviews; j++) {
		const who = Math.floor(rand() * Math.max(1, contacts));
		const day = isoDay(base, Math.floor(rand() * 120) - 90);
		const fm: Record<string, unknown> = {
			type: "interview",
			contact: `[[${contactName(who)}]]`,
			date: `${day}T${String(9 + Math.floor(rand() * 8)).padStart(2, "0")}:30`,
			duration: 30,
			format: pick(["video", "phone", "in_person"]),
			prepared: rand() < 0.8,
			thank_you_sent: rand() < 0.5 ? day : null,
			debriefed: rand() < 0.5,
			referrals: rand() < 0.3 ? [`[[${contactName(Math.floor(rand() * contacts))}]]`] : [],
		};
		if (rand() < 0.1) fm.status = "maybe";
		notes.push({ path: `Interviews/${day} ${contactName(who)} ${j}.md`, frontmatter: fm });
	}
	return notes;
}
