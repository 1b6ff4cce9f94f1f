import { describe, expect, it } from "vitest";
import type { VaultRecord } from "../../../src/domain/records/record-types";
import { fallbackName, pathOfKey, personKeyOf, referralsStatedIn, unresolvedLinksIn } from "../../../src/domain/referrals/referral-edges";
import { contactProps, indexOf, interviewProps } from "../../builders/records";

describe("person keys", () => {
	it("are the note's path, or missing:<link> for a note that does not exist", () => {
		expect(personKeyOf({ raw: "[[Jordan Lee]]", linkpath: "Jordan Lee", path: "Contacts/Jordan Lee.md" })).toBe("Contacts/Jordan Lee.md");
		expect(personKeyOf({ raw: "[[Casey Kim.md]]", linkpath: "Casey Kim.md", path: null })).toBe("missing:Casey Kim");
	});

	it("give back a path only for notes, and a readable name for everyone", () => {
		expect(pathOfKey("missing:Casey Kim")).toBeNull();
		expect(pathOfKey("Contacts/Sam.md")).toBe("Contacts/Sam.md");
		expect(fallbackName("missing:People/Casey Kim")).toBe("Casey Kim");
		expect(fallbackName("Notes/Sam Park.md")).toBe("Sam Park");
	});
});

describe("referralsStatedIn and unresolvedLinksIn", () => {
	const index = indexOf({
		"Contacts/Jordan Lee.md": contactProps({ referred_by: "[[Casey Kim]]" }),
		"Contacts/Priya Nair.md": contactProps(),
		"Interviews/a.md": interviewProps({ referrals: ["[[Priya Nair]]", "[[Sam Park]]"] }),
		"Interviews/orphan.md": interviewProps({ contact: undefined, referrals: ["[[Priya Nair]]"] }),
		"Interviews/single.md": interviewProps({ referrals: "[[Priya Nair]]" }),
		"Interviews/plain.md": interviewProps(),
		"Interviews/with Casey.md": interviewProps({ contact: "[[Casey Kim]]" }),
	});
	const of = (path: string) => {
		const record = index.get(path) as VaultRecord;
		return { referrals: referralsStatedIn(record), unresolved: unresolvedLinksIn(record) };
	};

	it("reads a contact's referred_by as an edge into the contact", () => {
		expect(of("Contacts/Jordan Lee.md")).toEqual({
			referrals: [{ from: "missing:Casey Kim", to: "Contacts/Jordan Lee.md", path: "Contacts/Jordan Lee.md", field: "referred_by" }],
			unresolved: [{ path: "Contacts/Jordan Lee.md", field: "referred_by", link: "Casey Kim" }],
		});
	});

	it("reads an interview's referrals as edges from its contact, each with its own field", () => {
		const c = of("Interviews/a.md");
		expect(c.referrals.map((r) => [r.from, r.to, r.field])).toEqual([
			["Contacts/Jordan Lee.md", "Contacts/Priya Nair.md", "referrals[0]"],
			["Contacts/Jordan Lee.md", "missing:Sam Park", "referrals[1]"],
		]);
		expect(c.unresolved).toEqual([{ path: "Interviews/a.md", field: "referrals[1]", link: "Sam Park" }]);
		expect(of("Interviews/single.md").referrals.map((r) => r.field)).toEqual(["referrals"]);
	});

	it("draws no edge from an interview without a contact, but still reports its missing links", () => {
		expect(of("Interviews/orphan.md")).toEqual({ referrals: [], unresolved: [] });
	});

	it("states nothing for a note without a referrer, or an interview with a known contact and no referrals", () => {
		expect(of("Contacts/Priya Nair.md")).toEqual({ referrals: [], unresolved: [] });
		expect(of("Interviews/plain.md")).toEqual({ referrals: [], unresolved: [] });
	});

	it("reports the contact of an interview with someone who has no note yet", () => {
		expect(of("Interviews/with Casey.md")).toEqual({
			referrals: [],
			unresolved: [{ path: "Interviews/with Casey.md", field: "contact", link: "Casey Kim" }],
		});
	});
});
