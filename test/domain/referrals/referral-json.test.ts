import { describe, expect, it } from "vitest";
import { referralsJson } from "../../../src/domain/referrals/referral-json";
import { GraphVault, NOW } from "../../builders/graph";
import { contactProps, interviewProps } from "../../builders/records";

describe("referralsJson", () => {
	const notes = {
		"Contacts/Jordan Lee.md": contactProps({ met_via: "alumni office", stay_in_touch: true }),
		"Contacts/Priya Nair.md": contactProps({ name: "Priya N.", referred_by: "[[Jordan Lee]]", contacted: "2026-11-01" }),
		"Contacts/Sam Park.md": contactProps({ referred_by: "[[Casey Kim]]" }),
		"Contacts/Ana.md": contactProps({ referred_by: "[[Ben]]" }),
		"Contacts/Ben.md": contactProps({ referred_by: "[[Ana]]" }),
		"Notes/Dana Wu.md": { tags: ["person"] },
		"Interviews/2026-11-02 Jordan Lee.md": interviewProps({ date: "2026-11-02T10:00", referrals: ["[[Priya Nair]]", "[[Dana Wu]]", "[[Eve]]"] }),
	};

	it("prints the command-line shape, sorted, with missing people in unresolved", () => {
		const { graph } = new GraphVault(notes);
		expect(referralsJson(graph, NOW)).toEqual({
			people: [
				{ path: "Contacts/Ana.md", name: "Ana", referred_by: "Contacts/Ben.md", referrals: ["Contacts/Ben.md"], stage: "not_contacted" },
				{ path: "Contacts/Ben.md", name: "Ben", referred_by: "Contacts/Ana.md", referrals: ["Contacts/Ana.md"], stage: "not_contacted" },
				{
					path: "Contacts/Jordan Lee.md",
					name: "Jordan Lee",
					referred_by: null,
					referrals: ["Contacts/Priya Nair.md", "Notes/Dana Wu.md"],
					stage: "staying_in_touch",
				},
				{ path: "Contacts/Priya Nair.md", name: "Priya N.", referred_by: "Contacts/Jordan Lee.md", referrals: [], stage: "contacted" },
				{ path: "Contacts/Sam Park.md", name: "Sam Park", referred_by: null, referrals: [], stage: "not_contacted" },
				{ path: "Notes/Dana Wu.md", name: "Dana Wu", referred_by: "Contacts/Jordan Lee.md", referrals: [], stage: "not_contacted" },
			],
			cycles: [["Contacts/Ana.md", "Contacts/Ben.md"]],
			unresolved: [
				{ path: "Contacts/Sam Park.md", field: "referred_by", link: "Casey Kim" },
				{ path: "Interviews/2026-11-02 Jordan Lee.md", field: "referrals[2]", link: "Eve" },
			],
		});
	});

	it("prints the same text whatever order the notes arrived in", () => {
		const forward = new GraphVault(notes);
		const backward = new GraphVault(Object.fromEntries(Object.entries(notes).reverse()));
		expect(JSON.stringify(referralsJson(backward.graph, NOW))).toBe(JSON.stringify(referralsJson(forward.graph, NOW)));
	});
});
