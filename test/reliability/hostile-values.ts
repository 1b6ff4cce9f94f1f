import fc from "fast-check";
import type { ValueType } from "./contract";

/*
 * Values for frontmatter fuzzing: what YAML, Obsidian's cache or a careless script can put
 * in a property (wrong types, nulls, nested objects, huge and exotic strings), plus values
 * aimed at each type of the contract so that the valid and almost-valid cases are common.
 */

/** Notes that exist in every fuzzed vault, and link texts that reach them. */
export const EXISTING_NOTES = ["Contacts/Ana.md", "Contacts/Ben Okafor.md", "People/Cy Lee.md", "Contacts/Zoë.md"];
const REACHING = ["Ana", "ana", "Contacts/Ana", "Ana.md", "Ben Okafor", "BEN OKAFOR", "People/Cy Lee", "Cy Lee", "Zoë"];
/** Link texts that name no note of the vault. */
const MISSING = ["Zed Nobody", "../Ana", "Contacts/Ana/x", "Nobody.md", "Ana Smith", "日本語", "a\u0000b"];

/** Whether a link text names a note: known for the generated texts, undefined for anything else. */
export function resolvesInVault(linkText: string): boolean | undefined {
	if (REACHING.includes(linkText)) return true;
	if (MISSING.includes(linkText)) return false;
	return undefined;
}

/** An object whose conversion to text fails, as a hostile value in a hand-made cache might. */
function throwingObject(): object {
	return {
		toString(): string {
			throw new Error("toString called");
		},
		valueOf(): number {
			throw new Error("valueOf called");
		},
	};
}

/** A plain object that has `__proto__` as its own key, the way JSON.parse makes one. */
function protoKeyed(): object {
	return JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
}

const exoticStrings = fc.constantFrom(
	"   ",
	"\t\n",
	"---",
	"---js\nglobalThis.x = 1\n---",
	"🙂🙂",
	"\u202Eevil",
	"a\u0000b",
	"\uD800",
	"Zoe\u0301",
	"[[",
	"]]",
	"{{contact.name}}",
	"<script>alert(1)</script>",
);

/** Any value, with no regard to a type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom<unknown>(null, undefined, "", true, false, 0, -0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, 1e21, 2 ** 53 + 2),
	fc.string({ unit: "binary", maxLength: 40 }),
	exoticStrings,
	fc.integer({ min: 1_000, max: 60_000 }).map((n) => "x".repeat(n)),
	fc.integer(),
	fc.double(),
	fc.date({ noInvalidDate: false }),
	fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.boolean()), { maxLength: 4 }),
	fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
	fc.constant(null).map(() => [[["deep"]]] as unknown),
	fc.constant(null).map(throwingObject),
	fc.constant(null).map(protoKeyed),
);

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Dates and date-times built from parts that are often out of range: 2026-02-30, 24:00, month 13. */
const dateText: fc.Arbitrary<string> = fc
	.record({
		year: fc.constantFrom(2026, 2024, 2100, 2000, 1999, 1, 9999),
		month: fc.integer({ min: 0, max: 13 }),
		day: fc.integer({ min: 0, max: 32 }),
		time: fc.option(
			fc.record({
				hour: fc.integer({ min: 0, max: 25 }),
				minute: fc.constantFrom(0, 30, 59, 60),
				second: fc.option(fc.constantFrom(0, 59, 60), { nil: undefined }),
				offset: fc.constantFrom("", "", "Z", "+02:00", "-05:30", "+1300"),
				separator: fc.constantFrom("T", "T", " ", "t"),
			}),
			{ nil: undefined },
		),
		padded: fc.boolean(),
		blanks: fc.constantFrom("", "", " "),
	})
	.map(({ year, month, day, time, padded, blanks }) => {
		const two = padded ? pad2 : String;
		let text = `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
		if (time) {
			text += `${time.separator}${pad2(time.hour)}:${pad2(time.minute)}`;
			if (time.second !== undefined) text += `:${pad2(time.second)}`;
			text += time.offset;
		}
		return `${blanks}${text}${blanks}`;
	});

const dateValue = fc.oneof(
	dateText,
	fc.constantFrom("2026-02-30", "2026-02-29", "2024-02-29", "2026-11-24T24:00", "2026-04-31", "2026-03-08T02:30", "2026-11-01T01:30", "2026-W48-2", "2026-328", "20261124", "next tuesday", "２０２６-１１-２４"),
	fc.date({ noInvalidDate: false, min: new Date(-8.64e15), max: new Date(8.64e15) }),
	// What js-yaml's default schema makes of `2026-11-24` (UTC midnight) and of a date-time.
	fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 0, 1) / 86_400_000 }).map((day) => new Date(day * 86_400_000)),
	fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
);

function linkText(name: string, form: number): string {
	switch (form % 6) {
		case 0:
			return `[[${name}]]`;
		case 1:
			return `[[${name}|alias]]`;
		case 2:
			return ` [[${name}#Heading]] `;
		case 3:
			return `![[${name}]]`;
		case 4:
			return name;
		default:
			return `[${name}](${encodeURI(name)})`;
	}
}

const linkValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.tuple(fc.constantFrom(...REACHING, ...MISSING), fc.nat()).map(([name, form]) => linkText(name, form)),
	fc.constantFrom("[[]]", "[[|alias]]", "[[#heading]]", "[[Ana]] and [[Ben Okafor]]", "[[Ana]", `[[${"x".repeat(5_000)}]]`, "x".repeat(5_000)),
);

const linkListValue = fc.array(fc.oneof({ weight: 4, arbitrary: linkValue }, { weight: 1, arbitrary: hostileValue }), { maxLength: 4 });

function choiceValue(allowed: readonly string[]): fc.Arbitrary<unknown> {
	return fc.oneof(
		fc.constantFrom(...allowed),
		fc.constantFrom(...allowed).map((a) => ` ${a.toUpperCase().replace("_", " ")} `),
		fc.constantFrom(...allowed).map((a) => a.replace("_", "-")),
		fc.constantFrom("maybe", "in__person", "donee", "Active!"),
	);
}

/** Values aimed at one type of the contract. */
function aimedAt(type: ValueType): fc.Arbitrary<unknown> {
	switch (type.kind) {
		case "text":
		case "textOrLink":
			return fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), exoticStrings, linkValue);
		case "textList":
			return fc.oneof(fc.string({ maxLength: 12 }), fc.array(hostileValue, { maxLength: 4 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }));
		case "link":
			return fc.oneof({ weight: 4, arbitrary: linkValue }, { weight: 1, arbitrary: fc.array(linkValue, { maxLength: 2 }) });
		case "linkList":
			return fc.oneof({ weight: 4, arbitrary: linkListValue }, { weight: 1, arbitrary: linkValue });
		case "date":
			return fc.oneof({ weight: 4, arbitrary: dateValue }, { weight: 1, arbitrary: fc.array(dateValue, { minLength: 1, maxLength: 2 }) });
		case "bool":
			return fc.constantFrom<unknown>(true, false, "true", " Yes ", "no", "FALSE", "maybe", 1, 0, "1", ["true"]);
		case "positiveInteger":
			return fc.constantFrom<unknown>(1, 30, 90, 0, -5, 1.5, "45", " 7 ", "4.0", "4.5", "x", 1e21, Number.NaN, Number.POSITIVE_INFINITY, [30]);
		case "choice":
			return choiceValue(type.allowed);
	}
}

/** A value for a key of the given type: mostly aimed at the type, sometimes anything. */
export function valueFor(type: ValueType): fc.Arbitrary<unknown> {
	return fc.oneof({ weight: 3, arbitrary: aimedAt(type) }, { weight: 1, arbitrary: hostileValue });
}

/** Keys that are not in the contract; a note may carry anything under them. */
export const unknownKeys: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
	fc.oneof(fc.constantFrom("tags", "aliases", "cssclasses", "constructor", "toString", "hasOwnProperty", "Type", "NAME"), fc.string({ unit: "grapheme", maxLength: 10 })),
	hostileValue,
	{ maxKeys: 3 },
);
