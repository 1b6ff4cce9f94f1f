import { describe, expect, it } from "vitest";
import { buildQueue } from "../../../src/domain/follow-ups/queue";
import { liveQueue } from "../../builders/queue";
import { fieldsOfItem, filterItems, NO_FILTER } from "../../../src/domain/follow-ups/queue-filter";
import { at, settingsWith } from "../../builders/queue";
import { contactProps, indexOf, interviewProps } from "../../builders/records";

const index = indexOf({
	"Contacts/Ana Ruiz.md": contactProps({ field: ["UX research", "Data journalism"] }),
	"Contacts/Ben Okafor.md": contactProps({ field: "ux research " }),
	"Contacts/Chen Wei.md": contactProps({}),
	"Interviews/Ana.md": interviewProps({ contact: "[[Ana Ruiz]]", date: "2026-11-20T10:00" }),
	"Interviews/Ben.md": interviewProps({ contact: "[[Ben Okafor]]", date: "2026-11-20T10:00", field: "Policy" }),
});
const NOW = at("2026-11-23T12:00");
const items = buildQueue(index, NOW, settingsWith(), "America/New_York");
const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id).sort();

describe("the queue's filters", () => {
	it("read an interview's own field, else its contact's", () => {
		const of = (id: string): readonly string[] => fieldsOfItem(items.find((item) => item.id === id) ?? { path: "" }, index);
		expect(of("thank_you:Interviews/Ana.md")).toEqual(["UX research", "Data journalism"]);
		expect(of("thank_you:Interviews/Ben.md")).toEqual(["Policy"]);
		expect(of("reach_out:Contacts/Chen Wei.md")).toEqual([]);
	});

	it("offer each field once, whatever its case and spaces, in alphabetical order", () => {
		// "UX research": Ana's note and her interview (which has no field of its own) against Ben's one note.
		expect(liveQueue(index, settingsWith(), "America/New_York").fieldChoices(NOW)).toEqual(["Data journalism", "Policy", "UX research"]);
	});

	it("keep the items of one kind, one field, or both", () => {
		expect(filterItems(items, NO_FILTER, index)).toBe(items);
		expect(ids(filterItems(items, { kind: "thank_you", field: null }, index))).toEqual(["thank_you:Interviews/Ana.md", "thank_you:Interviews/Ben.md"]);
		expect(ids(filterItems(items, { kind: null, field: "UX Research" }, index))).toEqual([
			"debrief:Interviews/Ana.md",
			"thank_you:Interviews/Ana.md",
		]);
		expect(ids(filterItems(items, { kind: "debrief", field: "policy" }, index))).toEqual(["debrief:Interviews/Ben.md"]);
	});
});
