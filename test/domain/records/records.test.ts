import { describe, expect, it } from "vitest";
import type { ContactRecord, InterviewRecord, VaultRecord } from "../../../src/domain/records/record-types";
import { parseRecord, recordKindOf } from "../../../src/domain/records/records";
import { contactProps, interviewProps, parseOptions } from "../../builders/records";

const FILES = ["Contacts/Jordan Lee.md", "Contacts/Priya Nair.md", "Orgs/Acme.md"];
const options = parseOptions(FILES);

function contact(props: Record<string, unknown>, path = "Contacts/Sam Doe.md"): ContactRecord {
	const record = parseRecord(path, contactProps(props), options);
	if (record?.kind !== "contact") throw new Error("expected a contact");
	return record;
}

function interview(props: Record<string, unknown>, path = "Interviews/2026-11-24 Jordan Lee.md"): InterviewRecord {
	const record = parseRecord(path, interviewProps(props), options);
	if (record?.kind !== "interview") throw new Error("expected an interview");
	return record;
}

function problemFields(record: VaultRecord): string[] {
	return record.problems.map((p) => p.field);
}

describe("recordKindOf", () => {
	it("recognises contact and interview notes whatever the case, and nothing else", () => {
		expect(recordKindOf({ type: "Contact " }, "type")).toBe("contact");
		expect(recordKindOf({ kind: "interview" }, "kind")).toBe("interview");
		expect(recordKindOf({ type: ["project", "interview"] }, "type")).toBe("interview");
		expect(recordKindOf({ type: "daily" }, "type")).toBeNull();
		expect(recordKindOf(undefined, "type")).toBeNull();
		expect(recordKindOf(["contact"], "type")).toBeNull();
	});
});

describe("contacts", () => {
	it("reads every property of the contract", () => {
		const c = contact({
			name: "Sam Doe",
			organization: "Acme",
			role: "UX researcher",
			field: ["UX research", "Design"],
			email: "sam@example.org",
			met_via: "alumni office",
			referred_by: "[[Jordan Lee]]",
			contacted: "2026-11-10",
			outreach_method: "LinkedIn",
			replied: "2026-11-12",
			last_contact: "2026-11-12T09:30",
			stay_in_touch: true,
			follow_up_every: "60",
			status: "Paused",
		});
		expect(c).toMatchObject({
			name: "Sam Doe",
			organization: "Acme",
			fields: ["UX research", "Design"],
			metVia: "alumni office",
			outreachMethod: "linkedin",
			stayInTouch: true,
			followUpEvery: 60,
			status: "paused",
		});
		expect(c.referredBy?.path).toBe("Contacts/Jordan Lee.md");
		expect(c.contacted?.start.toISODate()).toBe("2026-11-10");
		expect(c.lastContact?.hasTime).toBe(true);
		expect(c.problems).toEqual([]);
	});

	it("defaults the name to the file name and the status to active", () => {
		const c = contact({}, "Contacts/Ana María Ruiz.md");
		expect(c.name).toBe("Ana María Ruiz");
		expect(c.status).toBe("active");
		expect(c.stayInTouch).toBe(false);
	});

	it("accepts a linked organization and shows its name", () => {
		const c = contact({ organization: "[[Acme|Acme Corp]]" });
		expect(c.organization).toBe("Acme");
		expect(c.organizationLink?.path).toBe("Orgs/Acme.md");
	});

	it("resolves aliased and heading links to the note itself", () => {
		expect(contact({ referred_by: "[[Jordan Lee|Jordan]]" }).referredBy?.path).toBe("Contacts/Jordan Lee.md");
		expect(contact({ referred_by: "[[Jordan Lee#Background]]" }).referredBy?.path).toBe("Contacts/Jordan Lee.md");
		expect(contact({ referred_by: ["[[Priya Nair]]"] }).referredBy?.path).toBe("Contacts/Priya Nair.md");
	});

	it("keeps what is valid and reports each invalid value with path and field", () => {
		const c = contact({
			name: [1, 2],
			contacted: "next tuesday",
			status: "maybe",
			stay_in_touch: "sometimes",
			follow_up_every: -5,
			referred_by: "[[Casey Kim]]",
			email: "ok@example.org",
		});
		expect(c.name).toBe("Sam Doe");
		expect(c.email).toBe("ok@example.org");
		expect(c.status).toBe("active");
		expect(problemFields(c).sort()).toEqual(["contacted", "follow_up_every", "name", "referred_by", "status", "stay_in_touch"]);
		for (const p of c.problems) expect(p.path).toBe("Contacts/Sam Doe.md");
		const missing = c.problems.find((p) => p.field === "referred_by");
		expect(missing?.message).toContain('"Casey Kim", which is not a note');
		expect(c.referredBy).toMatchObject({ linkpath: "Casey Kim", path: null });
	});

	it("accepts a plain name where a link belongs, but says Obsidian won't track it", () => {
		const c = contact({ referred_by: "Jordan Lee" });
		expect(c.referredBy?.path).toBe("Contacts/Jordan Lee.md");
		expect(c.problems[0]?.message).toContain('write it as "[[Jordan Lee]]"');
	});

	it("never throws on hostile values", () => {
		const hostile: Record<string, unknown> = {
			name: { nested: { deep: true } },
			field: [null, { a: 1 }, "ok"],
			referred_by: 42,
			email: "x".repeat(1_000_000),
			phone: Symbol.for("x"),
			last_contact: new Date("nonsense"),
			"__proto__": "polluted",
		};
		const c = contact(hostile);
		expect(c.fields).toEqual(["ok"]);
		expect(problemFields(c)).toContain("name");
		expect(problemFields(c)).toContain("field[1]");
		for (const p of c.problems) expect(p.message.length).toBeLessThan(200);
	});
});

describe("interviews", () => {
	it("reads the contract and defaults the duration", () => {
		const i = interview({
			date: "2026-11-24T15:00",
			format: "in-person",
			status: "no-show",
			prepared: true,
			thank_you_sent: "2026-11-25",
			debriefed: "true",
			referrals: ["[[Priya Nair]]", "[[Casey Kim|Casey]]"],
			field: "UX research",
		});
		expect(i.contact?.path).toBe("Contacts/Jordan Lee.md");
		expect(i.duration).toBe(30);
		expect(i.format).toBe("in_person");
		expect(i.status).toBe("no_show");
		expect(i.debriefed).toBe(true);
		expect(i.referrals.map((r) => r.path)).toEqual(["Contacts/Priya Nair.md", null]);
		expect(problemFields(i)).toEqual(["referrals[1]"]);
		expect(i.title).toBe("2026-11-24 Jordan Lee");
	});

	it("reads numbers given as text and rejects nonsense durations", () => {
		expect(interview({ duration: "45" }).duration).toBe(45);
		const bad = interview({ duration: -5 });
		expect(bad.duration).toBe(30);
		expect(bad.problems[0]).toMatchObject({ field: "duration" });
		expect(interview({ duration: "half an hour" }).problems[0]?.message).toContain('"half an hour"');
	});

	it("takes a duration of up to a day, and names a longer one a slip instead of waiting weeks for the thank-you", () => {
		expect(interview({ duration: 1440 }).problems).toEqual([]);
		for (const slip of [1441, 30_000, 1e305, "100000"]) {
			const record = interview({ duration: slip });
			expect(record.duration).toBe(30);
			expect(record.problems.map((p) => p.message)).toEqual([`expected at most 1440 minutes (a day), got ${slip === "100000" ? '"100000"' : String(slip)}`]);
		}
	});

	it("requires a contact", () => {
		const record = parseRecord("Interviews/x.md", { type: "interview", date: "2026-11-24" }, options);
		expect(record?.problems.map((p) => p.field)).toEqual(["contact"]);
	});

	it("reports an unparseable date and an unknown status without losing the rest", () => {
		const i = interview({ date: "next tuesday", status: "maybe", prepared: true });
		expect(i.date).toBeUndefined();
		expect(i.status).toBeUndefined();
		expect(i.prepared).toBe(true);
		expect(problemFields(i)).toEqual(["date", "status"]);
	});

	it("lists where each link came from", () => {
		const i = interview({ referrals: ["[[Priya Nair]]"] });
		expect(i.links.map((l) => l.field)).toEqual(["contact", "referrals[0]"]);
	});

	it("reads job leads as a list of text, one lead when written as plain text, and none from an empty list", () => {
		expect(interview({ leads: ["Spring fellowship at Northwind", "  Data team hires in March "] }).leads).toEqual(["Spring fellowship at Northwind", "Data team hires in March"]);
		expect(interview({ leads: "Spring fellowship at Northwind" }).leads).toEqual(["Spring fellowship at Northwind"]);
		expect(interview({ leads: [] }).leads).toEqual([]);
		expect(interview({}).leads).toEqual([]);
	});

	it("keeps the readable leads and names the one that is not text", () => {
		const i = interview({ leads: ["Spring fellowship", { team: "data" }, ""] });
		expect(i.leads).toEqual(["Spring fellowship"]);
		expect(i.problems.map((p) => [p.field, p.message])).toEqual([["leads[1]", expect.stringMatching(/^expected text, got /)]]);
	});
});

describe("non-records", () => {
	it("returns null for notes that are not contacts or interviews", () => {
		expect(parseRecord("Daily/2026-11-23.md", { tags: ["daily"] }, options)).toBeNull();
		expect(parseRecord("x.md", null, options)).toBeNull();
	});
});
