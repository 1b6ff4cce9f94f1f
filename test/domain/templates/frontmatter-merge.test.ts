import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isBlank, missingProperties, renderProperties } from "../../../src/domain/templates/frontmatter-merge";
import { contextLookup } from "../../../src/domain/templates/template-context";

describe("missingProperties", () => {
	it("keeps only what the note leaves blank", () => {
		const existing = { outreach_method: "phone", contacted: null, email: "", referrals: [], stay_in_touch: false };
		const incoming = { outreach_method: "email", contacted: "2026-11-20", email: "a@b.org", referrals: ["[[X]]"], stay_in_touch: true, new_key: 1 };
		expect(missingProperties(existing, incoming)).toEqual({ contacted: "2026-11-20", email: "a@b.org", referrals: ["[[X]]"], new_key: 1 });
	});

	it("gives everything to a note without properties, except blank template values", () => {
		expect(missingProperties(undefined, { a: 1, b: "", c: null })).toEqual({ a: 1 });
	});

	it("treats false and zero as values", () => {
		expect(isBlank(false)).toBe(false);
		expect(isBlank(0)).toBe(false);
		expect(isBlank("  ")).toBe(true);
	});
});

describe("renderProperties", () => {
	it("fills placeholders in text and lists and reports what it could not", () => {
		const lookup = contextLookup({ me: { name: "Sam", email: "", signature: "" }, today: DateTime.fromISO("2026-11-20T09:00") });
		const result = renderProperties({ contacted: "{{today}}", tags: ["by {{me.name}}", "{{nope}}"], n: 3, other: "{{nope}}" }, lookup);
		expect(result.values).toEqual({ contacted: "2026-11-20", tags: ["by Sam", "{{nope}}"], n: 3, other: "{{nope}}" });
		expect(result.unresolved).toEqual([{ placeholder: "{{nope}}", reason: "unknown" }]);
	});
});
