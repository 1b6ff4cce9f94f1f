import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { contextFromRecord, relevantInterview } from "../../../src/domain/templates/context-from-records";
import { renderTemplate } from "../../../src/domain/templates/placeholders";
import { contextLookup } from "../../../src/domain/templates/template-context";
import type { InterviewRecord } from "../../../src/domain/records/record-types";
import { contactProps, indexOf, interviewProps } from "../../builders/records";

const me = { name: "Sam Rivera", email: "sam@example.org", signature: "Sam" };
const now = DateTime.fromISO("2026-11-20T10:00", { zone: "Europe/Berlin" });

const index = indexOf({
	"Contacts/Jordan Lee.md": contactProps({ organization: "Northwind", role: "Analyst", field: ["data", "health"], referred_by: "[[Priya Nair]]" }),
	"Contacts/Priya Nair.md": contactProps({ name: "Dr Priya Nair" }),
	"Interviews/2026-11-01 Jordan Lee.md": interviewProps({ date: "2026-11-01T09:00" }),
	"Interviews/2026-11-24 Jordan Lee.md": interviewProps({ date: "2026-11-24T15:00", field: "public health" }),
	"Interviews/2026-11-28 Jordan Lee.md": interviewProps({ date: "2026-11-28T15:00" }),
	"Interviews/2026-11-21 Jordan Lee.md": interviewProps({ date: "2026-11-21T15:00", status: "cancelled" }),
	"Interviews/2026-11-22 Alex Kim.md": interviewProps({ contact: "[[Alex Kim]]", date: "2026-11-22" }),
});

const fill = (template: string, path: string) =>
	renderTemplate(template, contextLookup(contextFromRecord(index.get(path), index, me, now, "en-US"))).text;

describe("contextFromRecord", () => {
	it("from a contact note: the person, their referrer and their next interview", () => {
		expect(fill("{{contact.name}}|{{contact.organization}}|{{contact.role}}|{{field}}|{{referrer.name}}|{{interview.date|yyyy-MM-dd}}", "Contacts/Jordan Lee.md")).toBe(
			"Jordan Lee|Northwind|Analyst|data, health|Dr Priya Nair|2026-11-24",
		);
	});

	it("from an interview note: its contact, its own field and date", () => {
		expect(fill("{{contact.name}}|{{field}}|{{interview.date|DDD}}|{{referrer.first_name}}", "Interviews/2026-11-24 Jordan Lee.md")).toBe(
			"Jordan Lee|public health|November 24, 2026|Dr",
		);
	});

	it("from an interview with a contact who has no note: the link's name", () => {
		expect(fill("{{contact.name}} {{contact.organization}}", "Interviews/2026-11-22 Alex Kim.md")).toBe("Alex Kim {{contact.organization}}");
	});

	it("from any other note: only you and today", () => {
		expect(fill("{{me.name}} {{today}} {{contact.name}}", "Notes/random.md")).toBe("Sam Rivera 2026-11-20 {{contact.name}}");
	});
});

describe("relevantInterview", () => {
	const interviews = index.byContact("Contacts/Jordan Lee.md");
	const title = (i: InterviewRecord | undefined) => i?.title;

	it("prefers the next one to come, skipping cancelled ones", () => {
		expect(title(relevantInterview(interviews, now))).toBe("2026-11-24 Jordan Lee");
	});

	it("otherwise the latest one held", () => {
		expect(title(relevantInterview(interviews, DateTime.fromISO("2026-12-20T10:00", { zone: "Europe/Berlin" })))).toBe("2026-11-28 Jordan Lee");
	});

	it("nothing when there is no dated interview", () => {
		expect(relevantInterview([], now)).toBeUndefined();
	});
});
