import fc from "fast-check";
import { CONTACT_CONTRACT, INTERVIEW_CONTRACT, type ValueType } from "./contract";
import { EXISTING_NOTES, unknownKeys, valueFor } from "./hostile-values";

export type Kind = "contact" | "interview";

export interface FuzzNote {
	readonly path: string;
	readonly kind: Kind;
	readonly frontmatter: Record<string, unknown>;
}

export function contractOf(kind: Kind): Readonly<Record<string, ValueType>> {
	return kind === "contact" ? CONTACT_CONTRACT : INTERVIEW_CONTRACT;
}

/** Where fuzzed notes live: apart from the notes links may reach, some with awkward names. */
const FUZZ_PATHS = ["Notes/N0.md", "Notes/N1.md", "Notes/N2.md", "Notes/Zoë #1 ^x.md", "Notes/日本 [a] |b.md", "N5.md", "Deep/a/b/c/N6.md", "Notes/N7.md"];

/** Some of the contract's keys of a kind, each with a fuzzed value, and unknown keys besides. */
function frontmatterOf(kind: Kind): fc.Arbitrary<Record<string, unknown>> {
	const contract = contractOf(kind);
	const keyed = Object.fromEntries(Object.entries(contract).map(([key, type]) => [key, valueFor(type)]));
	const typeValue = fc.constantFrom<unknown>(kind, ` ${kind.toUpperCase()} `, [kind], ["project", kind]);
	return fc.tuple(fc.record(keyed, { requiredKeys: [] }), unknownKeys, typeValue).map(([known, unknown, type]) => {
		// Own properties only, __proto__ included, so that no key reaches the prototype.
		const frontmatter: Record<string, unknown> = {};
		const put = (key: string, value: unknown) => Object.defineProperty(frontmatter, key, { value, enumerable: true, writable: true, configurable: true });
		for (const [key, value] of Object.entries(unknown)) if (!(key in contract) && key !== "type") put(key, value);
		for (const [key, value] of Object.entries(known)) put(key, value);
		put("type", type);
		return frontmatter;
	});
}

export const fuzzNote = (path: string): fc.Arbitrary<FuzzNote> =>
	fc.constantFrom<Kind>("contact", "interview").chain((kind) => frontmatterOf(kind).map((frontmatter) => ({ path, kind, frontmatter })));

/** A vault: the notes links can reach (plain valid contacts) and one to eight fuzzed notes. */
export const fuzzVault: fc.Arbitrary<FuzzNote[]> = fc
	.shuffledSubarray(FUZZ_PATHS, { minLength: 1, maxLength: FUZZ_PATHS.length })
	.chain((paths) => fc.tuple(...paths.map(fuzzNote)));

export function baseNotes(): [string, Record<string, unknown>][] {
	return EXISTING_NOTES.map((path) => [path, { type: "contact" }]);
}
