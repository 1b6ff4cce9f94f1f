import { describe, expect, it } from "vitest";
import { compareFields, fieldKey, fieldsOfNote, forEachField, preferredSpelling } from "../../../src/domain/records/career-fields";
import { contactProps, indexOf, interviewProps } from "../../builders/records";

describe("career fields", () => {
	it("are the same field whatever their case or surrounding spaces", () => {
		expect(fieldKey("  UX Research ")).toBe(fieldKey("ux research"));
		expect(fieldKey("UX research")).not.toBe(fieldKey("UX-research"));
	});

	it("of an interview are its own, else its contact's; a contact's are its own", () => {
		const index = indexOf({
			"Contacts/Ana.md": contactProps({ field: ["Law", "Policy"] }),
			"Interviews/Own.md": interviewProps({ contact: "[[Ana]]", field: "Design" }),
			"Interviews/Hers.md": interviewProps({ contact: "[[Ana]]" }),
			"Interviews/Nobody.md": interviewProps({ contact: "[[Nobody]]" }),
		});
		const of = (path: string) => fieldsOfNote(index.get(path), index);
		expect([of("Contacts/Ana.md"), of("Interviews/Own.md"), of("Interviews/Hers.md"), of("Interviews/Nobody.md"), of("Missing.md")]).toEqual([
			["Law", "Policy"],
			["Design"],
			["Law", "Policy"],
			[],
			[],
		]);
	});

	it("named twice by one note count once, with the first spelling; blank ones not at all", () => {
		const seen: string[] = [];
		forEachField(["Law ", " ", "law", "Policy", "LAW"], (spelling, key) => seen.push(`${spelling}/${key}`));
		expect(seen).toEqual(["Law/law", "Policy/policy"]);
	});

	it("of a hostile note listing 20,000 values are read once each, not each against every earlier one", () => {
		const values = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? `Field ${i}` : ` field ${i - 1} `));
		let reads = 0;
		// Counts every element the walk reads: a walk that compares each value with all the
		// earlier ones reads about n²/2 = 200 million, which is the 7 seconds users saw.
		const counted = new Proxy(values, {
			get(target, property, receiver) {
				if (typeof property === "string" && /^\d+$/.test(property)) reads++;
				return Reflect.get(target, property, receiver) as unknown;
			},
		});
		let named = 0;
		forEachField(counted, () => named++);
		expect(named).toBe(10_000);
		expect(reads).toBeLessThanOrEqual(values.length);
	});

	it("are shown as most notes spell them, a tie going the same way whatever the order", () => {
		expect(preferredSpelling(new Map([["UX research", 1], ["ux research", 2]]))).toBe("ux research");
		expect(preferredSpelling(new Map([["ux", 1], ["UX", 1]]))).toBe("UX");
		expect(preferredSpelling(new Map([["UX", 1], ["ux", 1]]))).toBe("UX");
		expect(["policy", "Law", "law", "Data"].sort(compareFields)).toEqual(["Data", "Law", "law", "policy"]);
	});
});
