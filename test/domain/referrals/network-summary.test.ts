import { describe, expect, it } from "vitest";
import { liveQueue } from "../../builders/queue";
import { GraphVault, NOW } from "../../builders/graph";
import { settingsWith } from "../../builders/queue";
import { contactProps, interviewProps } from "../../builders/records";

const HELD = "2026-11-01T10:00";
const UPCOMING = "2026-12-01T10:00";

describe("topReferrers", () => {
	it("ranks people by referrals made, then by how many became interviews", () => {
		const { graph } = new GraphVault({
			"Contacts/Jordan Lee.md": contactProps(),
			"Contacts/Sam Park.md": contactProps(),
			"Contacts/A.md": contactProps({ referred_by: "[[Jordan Lee]]" }),
			"Contacts/B.md": contactProps({ referred_by: "[[Jordan Lee]]" }),
			"Contacts/C.md": contactProps({ referred_by: "[[Sam Park]]" }),
			"Contacts/D.md": contactProps({ referred_by: "[[Sam Park]]" }),
			"Interviews/with A.md": interviewProps({ contact: "[[A]]", date: HELD }),
			"Interviews/with C.md": interviewProps({ contact: "[[C]]", date: UPCOMING }),
			"Interviews/with D.md": interviewProps({ contact: "[[D]]", status: "requested" }),
			"Interviews/with B.md": interviewProps({ contact: "[[B]]", status: "cancelled", date: HELD }),
			"Interviews/sam.md": interviewProps({ contact: "[[Sam Park]]", referrals: ["[[Casey Kim]]"] }),
		});
		expect(graph.topReferrers(NOW)).toEqual([
			{ person: "Contacts/Sam Park.md", referrals: 3, interviews: 1 },
			{ person: "Contacts/Jordan Lee.md", referrals: 2, interviews: 1 },
		]);
		expect(graph.topReferrers(NOW, 1)).toHaveLength(1);
	});

	it("does not count referring oneself", () => {
		const { graph } = new GraphVault({ "Contacts/Jordan Lee.md": contactProps({ referred_by: "[[Jordan Lee]]" }) });
		expect(graph.topReferrers(NOW)).toEqual([]);
	});
});

describe("fieldCounts", () => {
	it("counts held interviews by the interview's field, else its contact's, and warns below three", () => {
		const { graph } = new GraphVault({
			"Contacts/Jordan Lee.md": contactProps({ field: ["UX research", "Design"] }),
			"Contacts/Priya Nair.md": contactProps({ field: "Nursing" }),
			"Contacts/Sam.md": contactProps(),
			"Interviews/1.md": interviewProps({ date: HELD }),
			"Interviews/2.md": interviewProps({ date: HELD, field: "ux Research" }),
			"Interviews/3.md": interviewProps({ date: HELD, field: ["UX research", "ux research"] }),
			"Interviews/4.md": interviewProps({ date: UPCOMING }),
			"Interviews/5.md": interviewProps({ date: HELD, status: "cancelled" }),
			"Interviews/6.md": interviewProps({ contact: "[[Sam]]", status: "done" }),
			"Interviews/7.md": interviewProps({ contact: "[[Priya Nair]]", status: "done", field: "Data journalism" }),
		});
		expect(graph.fieldCounts(NOW)).toEqual({
			fields: [
				{ field: "UX research", held: 3, tooFew: false },
				{ field: "Data journalism", held: 1, tooFew: true },
				{ field: "Design", held: 1, tooFew: true },
				{ field: "Nursing", held: 0, tooFew: true },
			],
			heldWithoutField: 1,
		});
	});

	it("shows a field as most notes spell it, as the queue's field dropdown does", () => {
		const notes = {
			"Contacts/A.md": contactProps({ contacted: "2026-11-20", field: "ux research" }),
			"Contacts/B.md": contactProps({ contacted: "2026-11-20", field: "ux research " }),
			"Contacts/C.md": contactProps({ contacted: "2026-11-20", field: "UX Research" }),
		};
		const { graph, index } = new GraphVault(notes);
		expect(graph.fieldCounts(NOW).fields.map((f) => f.field)).toEqual(["ux research"]);
		expect(liveQueue(index, settingsWith(), "UTC").fieldChoices(NOW)).toEqual(["ux research"]);
	});
});
