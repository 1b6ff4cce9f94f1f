import type { NewContact } from "../templates/contact-note";
import { cleanFolder, distinctName, nameKey, sanitizeFileName } from "../templates/file-names";
import type { ImportDetail, ImportedPerson, ImportFormat, ImportProblem } from "./import-types";
import { matchKeysOf, type MatchKeys } from "./matching-keys";

/** A contact already in the vault, as far as recognising people goes. */
export interface KnownContact {
	readonly path: string;
	readonly name: string;
	readonly email?: string;
	readonly linkedin?: string;
}

/** Why a person was not imported; `unticked` is the user's own choice in the preview. */
export type SkipReason = "already-in-vault" | "no-name" | "duplicate-row" | "unticked";

export const SKIP_REASON_LABELS: Readonly<Record<SkipReason, string>> = {
	"already-in-vault": "already in your vault",
	"no-name": "no name",
	"duplicate-row": "duplicate row",
	unticked: "unticked by you",
};

export interface SkippedPerson {
	readonly line: number;
	/** As read; "" when the row has no name. */
	readonly name: string;
	readonly reason: SkipReason;
	/** The contact note that person already has. */
	readonly path?: string;
	/** For people: which note or row it matched, and on what. */
	readonly message: string;
}

/** A note the import will create. */
export interface PlannedContact {
	readonly line: number;
	/** Vault path of the new note, free at planning time. */
	readonly path: string;
	readonly contact: NewContact;
	readonly details: readonly ImportDetail[];
}

export interface ImportPlan {
	readonly create: readonly PlannedContact[];
	readonly skipped: readonly SkippedPerson[];
	readonly problems: readonly ImportProblem[];
}

export interface PlanOptions {
	readonly format: ImportFormat;
	readonly folder: string;
	/** `met_via` for every person whose row does not say; LinkedIn's export defaults to "LinkedIn". */
	readonly metVia?: string;
	/** `field` for every person whose row does not say. */
	readonly field?: string;
	readonly known: Iterable<KnownContact>;
	/**
	 * Names already used in the contacts folder (file names without `.md`, folders too),
	 * so that new notes get a numbered name instead of overwriting.
	 */
	readonly takenNames: Iterable<string>;
}

const FALLBACK_NAME = "Untitled contact";

/** Remembers who has been seen under which key, and where. */
class KeyIndex<T> {
	private readonly byKey = new Map<string, T>();

	add(keys: MatchKeys, value: T): void {
		for (const key of keyList(keys)) if (!this.byKey.has(key)) this.byKey.set(key, value);
	}

	find(keys: MatchKeys): { value: T; on: keyof MatchKeys } | undefined {
		for (const [on, key] of keyEntries(keys)) {
			const value = this.byKey.get(key);
			if (value !== undefined) return { value, on };
		}
		return undefined;
	}
}

function keyEntries(keys: MatchKeys): [keyof MatchKeys, string][] {
	const entries: [keyof MatchKeys, string][] = [];
	if (keys.email) entries.push(["email", `email:${keys.email}`]);
	if (keys.linkedin) entries.push(["linkedin", `linkedin:${keys.linkedin}`]);
	if (keys.name) entries.push(["name", `name:${keys.name}`]);
	return entries;
}

function keyList(keys: MatchKeys): string[] {
	return keyEntries(keys).map(([, key]) => key);
}

const MATCH_WORDS: Readonly<Record<keyof MatchKeys, string>> = { email: "the same email", linkedin: "the same LinkedIn profile", name: "the same name" };

function basename(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/**
 * What an import will do, decided before anything is written: a note for each new
 * person, and each other person skipped with the reason. Nobody is created twice, and no
 * planned path is one that is taken (case-insensitively) in the folder.
 */
export function planImport(people: readonly ImportedPerson[], problems: readonly ImportProblem[], options: PlanOptions): ImportPlan {
	const known = new KeyIndex<string>();
	for (const contact of options.known) {
		known.add(matchKeysOf(contact), contact.path);
		known.add({ name: matchKeysOf({ name: basename(contact.path) }).name }, contact.path);
	}
	const inFile = new KeyIndex<number>();
	const taken = new Set<string>();
	for (const name of options.takenNames) taken.add(nameKey(name));
	const folder = cleanFolder(options.folder);
	const batchMetVia = options.metVia?.trim() || (options.format === "linkedin" ? "LinkedIn" : undefined);
	const batchField = options.field?.trim() || undefined;

	const create: PlannedContact[] = [];
	const skipped: SkippedPerson[] = [];
	for (const person of people) {
		if (person.name === "") {
			skipped.push({ line: person.line, name: "", reason: "no-name", message: `line ${person.line} has no name` });
			continue;
		}
		const keys = matchKeysOf(person);
		const existing = known.find(keys);
		if (existing) {
			skipped.push({ line: person.line, name: person.name, reason: "already-in-vault", path: existing.value, message: `${MATCH_WORDS[existing.on]} as ${existing.value}` });
			continue;
		}
		const earlier = inFile.find(keys);
		if (earlier) {
			skipped.push({ line: person.line, name: person.name, reason: "duplicate-row", message: `${MATCH_WORDS[earlier.on]} as line ${earlier.value}` });
			continue;
		}
		inFile.add(keys, person.line);
		const fileName = distinctName(sanitizeFileName(person.name, FALLBACK_NAME), (candidate) => taken.has(nameKey(candidate)));
		taken.add(nameKey(fileName));
		create.push({
			line: person.line,
			path: folder === "" ? `${fileName}.md` : `${folder}/${fileName}.md`,
			contact: {
				name: person.name,
				organization: person.organization,
				role: person.role,
				email: person.email,
				phone: person.phone,
				linkedin: person.linkedin,
				field: person.field ?? batchField,
				metVia: person.metVia ?? batchMetVia,
				connected: person.connected,
			},
			details: person.details,
		});
	}
	return { create, skipped, problems };
}

/** "already in your vault: 11, no name: 3", in a fixed order, for the reasons that occur. */
export function skipTally(skipped: readonly { readonly reason: SkipReason }[]): string {
	const counts = new Map<SkipReason, number>();
	for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
	return (Object.keys(SKIP_REASON_LABELS) as SkipReason[])
		.filter((reason) => counts.has(reason))
		.map((reason) => `${SKIP_REASON_LABELS[reason]}: ${counts.get(reason) ?? 0}`)
		.join(", ");
}

/** "Created 212 contacts, skipped 14 (already in your vault: 11, no name: 3)". */
export function importSummary(created: number, skipped: readonly { readonly reason: SkipReason }[]): string {
	const head = `Created ${created} ${created === 1 ? "contact" : "contacts"}`;
	if (skipped.length === 0) return head;
	return `${head}, skipped ${skipped.length} (${skipTally(skipped)})`;
}
