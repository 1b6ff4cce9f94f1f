import { describe, expect, it } from "vitest";
import { personOfNote } from "../../../src/domain/referrals/referral-focus";
import { GraphVault } from "../../builders/graph";
import { contactProps, interviewProps } from "../../builders/records";

const JORDAN = "Contacts/Jordan Lee.md";

describe("personOfNote", () => {
	const { index, graph } = new GraphVault({
		[JORDAN]: contactProps(),
		"Interviews/with Jordan.md": interviewProps({ contact: "[[Jordan Lee]]" }),
		"Interviews/with Casey.md": interviewProps({ contact: "[[Casey Kim]]" }),
		"Interviews/with nobody.md": interviewProps({ contact: undefined }),
		"Notes/Dana.md": { tags: ["person"] },
		"Contacts/Eli.md": contactProps({ referred_by: "[[Dana]]" }),
		"Notes/plain.md": {},
	});

	it("is the contact itself, or an interview's contact", () => {
		expect(personOfNote(JORDAN, index, graph)).toBe(JORDAN);
		expect(personOfNote("Interviews/with Jordan.md", index, graph)).toBe(JORDAN);
	});

	it("is someone without a note when an interview's contact has none", () => {
		expect(personOfNote("Interviews/with Casey.md", index, graph)).toBe("missing:Casey Kim");
	});

	it("is a note of another kind only when a referral names it", () => {
		expect(personOfNote("Notes/Dana.md", index, graph)).toBe("Notes/Dana.md");
		expect(personOfNote("Notes/plain.md", index, graph)).toBeNull();
		expect(personOfNote("Interviews/with nobody.md", index, graph)).toBeNull();
		expect(personOfNote("Nowhere.md", index, graph)).toBeNull();
	});
});
