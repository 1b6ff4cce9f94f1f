import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../../../src/domain/records/records";
import { contactNoteText } from "../../../src/domain/templates/contact-note";
import { interviewNoteText, type NewInterview } from "../../../src/domain/templates/interview-note";
import { questionSet, type QuestionSet } from "../../../src/domain/templates/question-bank";
import { frontmatterBlock, list, text, yamlString } from "../../../src/domain/templates/yaml-text";
import { parseOptions } from "../../builders/records";

/** Splits a note the way Obsidian does and parses its properties with a strict YAML reader. */
function split(note: string): { properties: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(note);
	if (!match) throw new Error(`no frontmatter in ${note}`);
	return { properties: yaml.load(match[1] ?? "", { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>, body: match[2] ?? "" };
}

describe("yamlString", () => {
	it.each([
		["Jordan Lee", "Jordan Lee"],
		["O'Brien & Partners (UK)", "O'Brien & Partners (UK)"],
		["Émilie Durand", "Émilie Durand"],
		["true", '"true"'],
		["No", '"No"'],
		["null", '"null"'],
		["1234", '"1234"'],
		["1e5", '"1e5"'],
		["2026-11-24", '"2026-11-24"'],
		["a: b", '"a: b"'],
		["#tag", '"#tag"'],
		["- item", '"- item"'],
		["trailing ", '"trailing "'],
		["", '""'],
		['say "hi"', '"say \\"hi\\""'],
	])("%j → %s", (input, output) => {
		expect(yamlString(input)).toBe(output);
	});

	it("round-trips any string through a YAML reader", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme-composite", maxLength: 60 }), (value) => {
				const parsed = yaml.load(`k: ${yamlString(value)}`) as { k: unknown };
				expect(parsed.k).toBe(value);
			}),
			{ numRuns: 400 },
		);
	});

	it.each([
		// YAML 1.1's int, float, bool, null and timestamp types (yaml.org/type), and 1.2 core.
		"0b101", "0b1010_0111_0100_1010_1110", "02472256", "0x_0A_74_AE", "0o14", "0xC", "685_230", "190:20:30",
		"685.230_15e+03", "685_230.15", "190:20:30.15", "6.8523015e+5", "1.", "12e03", "Y", "yes", "ON", "off", "Null",
		"2001-12-14t21:59:43.10-05:00", "2002-12-14", "<<", "=",
	])("quotes %j, which YAML 1.1 or 1.2 would read as something other than text", (value) => {
		expect(yamlString(value)).toBe(JSON.stringify(value));
	});

	it("writes number-like text that a YAML reader reads back as the same text", () => {
		const numberish = fc.string({ unit: fc.constantFrom(..."0123456789_.:+-eEbBoOxXaAfFyYnN "), minLength: 1, maxLength: 12 });
		fc.assert(
			fc.property(fc.oneof(numberish, fc.string({ maxLength: 12 })), (value) => {
				const written = `k: ${yamlString(value)}\n`;
				expect((yaml.load(written) as { k: unknown }).k).toBe(value);
			}),
			{ numRuns: 2000 },
		);
	});

	it("writes lists in block style and empty lists as []", () => {
		expect(frontmatterBlock([["field", list(["data", "health"])], ["referrals", list([])], ["x", text("z")], ["y", text("y")]])).toBe(
			"---\nfield:\n  - data\n  - health\nreferrals: []\nx: z\ny: \"y\"\n---\n",
		);
	});
});

describe("contactNoteText", () => {
	it("writes the given properties and the body skeleton", () => {
		const note = contactNoteText(
			{ name: "Jordan Lee", organization: "Northwind", role: "Analyst", field: "data", email: "j@x.org", linkedin: "", metVia: "alumni office", referredBy: "Priya Nair" },
			"type",
		);
		const { properties, body } = split(note);
		expect(properties).toEqual({
			type: "contact",
			name: "Jordan Lee",
			organization: "Northwind",
			role: "Analyst",
			field: "data",
			email: "j@x.org",
			met_via: "alumni office",
			referred_by: "[[Priya Nair]]",
		});
		expect(note).toContain('referred_by: "[[Priya Nair]]"');
		expect(body).toContain("## Background");
		expect(body).toContain("## Questions to ask them");
		expect(body).toContain("## Conversation log");
	});

	it("uses the configured type key", () => {
		expect(split(contactNoteText({ name: "A" }, "note kind")).properties).toEqual({ "note kind": "contact", name: "A" });
	});

	it("keeps a hostile name one value: no injected keys, no broken block", () => {
		const hostile = 'Eve"\nstatus: closed\n---\n# body\n[[x]]: "y';
		const note = contactNoteText({ name: hostile, organization: "---", referredBy: "Mallory]]\nstay_in_touch: true" }, "type");
		const { properties } = split(note);
		expect(Object.keys(properties).sort()).toEqual(["name", "organization", "referred_by", "type"]);
		expect(properties.name).toBe(hostile.trim());
		expect(properties.referred_by).toBe("[[Mallory stay_in_touch: true]]");
	});

	it("is a valid contact record for the plugin's own parser", () => {
		const { properties } = split(contactNoteText({ name: "Jordan Lee", referredBy: "Priya Nair" }, "type"));
		const record = parseRecord("Contacts/Jordan Lee.md", properties, parseOptions(["Contacts/Priya Nair.md"]));
		expect(record?.kind).toBe("contact");
		expect(record?.problems).toEqual([]);
	});
});

describe("interviewNoteText", () => {
	const sets = ["occupation", "closing"].map((id) => questionSet(id)).filter((s): s is QuestionSet => s !== undefined);
	const interview: NewInterview = {
		contactLink: "Jordan Lee",
		date: "2026-11-24",
		time: "15:00",
		duration: 30,
		format: "video",
		location: "https://meet.example.org/abc",
		questionSets: sets,
		thankYouWithinHours: 24,
	};

	it("writes the record contract's properties", () => {
		const note = interviewNoteText(interview, "type");
		expect(note.startsWith('---\ntype: interview\ncontact: "[[Jordan Lee]]"\ndate: 2026-11-24T15:00\nduration: 30\nformat: video\n')).toBe(true);
		const { properties } = split(note);
		expect(properties).toMatchObject({ type: "interview", contact: "[[Jordan Lee]]", date: "2026-11-24T15:00", duration: 30, format: "video", prepared: false, debriefed: false, referrals: [] });
		const record = parseRecord("Interviews/2026-11-24 Jordan Lee.md", properties, parseOptions(["Contacts/Jordan Lee.md"]));
		expect(record?.problems).toEqual([]);
	});

	it("has the preparation checklist, the chosen question sets, the notes prompts and the debrief", () => {
		const { body } = split(interviewNoteText(interview, "type"));
		for (const text of [
			"## Preparation",
			"- [ ] Research the organization",
			"- [ ] Confirm the day before",
			"arrive a few minutes early",
			"résumé",
			"### About the occupation",
			"### Closing questions",
			"- [ ] Who else would you suggest I talk to?",
			"## Notes",
			"Names mentioned",
			"Referrals",
			"Permission to stay in touch",
			"Business card",
			"## Debrief",
			"What did I learn?",
			"How does it fit my interests and values?",
			"What do I still need to know?",
			"### Next actions",
			"Send a thank-you within 24 hours",
		]) {
			expect(body).toContain(text);
		}
		expect(body).not.toContain("### A typical day");
	});

	it("writes a whole day when no time is given, and an empty checklist without sets", () => {
		const note = interviewNoteText({ ...interview, time: undefined, format: undefined, location: undefined, questionSets: [] }, "type");
		expect(note).toContain("\ndate: 2026-11-24\n");
		expect(note).not.toContain("format:");
		expect(note).toContain("## Questions\n\n- [ ] \n");
	});
});
