import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseWhen, type When } from "../../../src/domain/records/dates";
import { LINKEDIN_NOTE_LIMIT, overLimitBy, renderedLength } from "../../../src/domain/templates/message-template";
import { renderTemplate } from "../../../src/domain/templates/placeholders";
import { BUILT_IN_MESSAGES, findTemplate, mergeCatalog } from "../../../src/domain/templates/template-catalog";
import { contextLookup, PLACEHOLDERS, type TemplateContext } from "../../../src/domain/templates/template-context";
import { sanitizeFileName } from "../../../src/domain/templates/file-names";

function when(text: string): When {
	const parsed = parseWhen(text, "Europe/Berlin");
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.value;
}

function context(contact: { name: string; organization: string; role: string }, field: string, me: string): TemplateContext {
	return {
		contact,
		interview: { date: when("2026-11-24T15:00"), location: "Northwind Health, 2nd floor" },
		field,
		me: { name: me, email: "me@example.org", signature: `Kind regards,\n${me}` },
		referrer: { name: "Priya Nair" },
		today: DateTime.fromISO("2026-11-20T09:00", { zone: "Europe/Berlin" }),
		locale: "en-US",
	};
}

const typical = context({ name: "Jordan Lee", organization: "Northwind Health", role: "Data analyst" }, "health informatics", "Sam Rivera");

describe("built-in messages", () => {
	it("include every message the method uses", () => {
		expect(BUILT_IN_MESSAGES.map((t) => t.id)).toEqual([
			"outreach-email",
			"linkedin-note",
			"phone-script",
			"introductory-letter",
			"confirmation-email",
			"confirmation-call",
			"outreach-referred",
			"no-reply-follow-up",
			"reschedule",
			"thank-you-email",
			"thank-you-card",
			"keep-in-touch-update",
			"may-i-mention-you",
			"thank-the-referrer",
			"pay-it-forward",
		]);
	});

	it("have ids that are file names as they are", () => {
		for (const t of BUILT_IN_MESSAGES) expect(sanitizeFileName(t.id)).toBe(t.id);
	});

	it("have titles in sentence case", () => {
		for (const t of BUILT_IN_MESSAGES) {
			const rest = t.title.split(" ").slice(1).filter((w) => w !== "LinkedIn" && w !== "I");
			expect(/^[A-Z]/.test(t.title) && rest.every((w) => !/^[A-Z]/.test(w)), t.title).toBe(true);
		}
	});

	it("use only known placeholders, and fill completely with a full context", () => {
		const known = new Set(PLACEHOLDERS.map((p) => p.name));
		for (const t of BUILT_IN_MESSAGES) {
			for (const [, name] of t.body.matchAll(/\{\{([^}|]+)/g)) expect(known.has(name ?? ""), `${t.id}: ${name}`).toBe(true);
			const result = renderTemplate(t.body, contextLookup(typical));
			expect(result.unresolved, t.id).toEqual([]);
			expect(result.text).not.toContain("{{");
		}
	});

	it("never ask for a job", () => {
		for (const t of BUILT_IN_MESSAGES) expect(t.body).not.toMatch(/hire me|job for me|are you hiring|give me a job/i);
	});
});

describe("the LinkedIn connection note", () => {
	const linkedin = findTemplate(BUILT_IN_MESSAGES, "linkedin-note");
	if (!linkedin) throw new Error("missing LinkedIn template");
	const rendered = (ctx: TemplateContext) => renderTemplate(linkedin.body, contextLookup(ctx)).text;

	it("declares LinkedIn's limit", () => {
		expect(linkedin.maxLength).toBe(LINKEDIN_NOTE_LIMIT);
		expect(LINKEDIN_NOTE_LIMIT).toBe(300);
	});

	it("stays under 300 characters with typical values", () => {
		expect(renderedLength(rendered(typical))).toBeLessThan(300);
	});

	it("stays under 300 characters with long but realistic values", () => {
		const long = context(
			{ name: "Alexandra Montgomery-Whitfield", organization: "Northwind Regional Health Partners", role: "Senior clinical data analyst" },
			"health informatics and clinical analytics",
			"Samantha Rodriguez-Castellanos",
		);
		expect(renderedLength(rendered(long))).toBeLessThanOrEqual(300);
	});

	it("is measured so that the UI can warn when it does not fit", () => {
		const huge = context({ name: "Jordan", organization: "x".repeat(200), role: "r" }, "data", "Sam");
		const text = rendered(huge);
		expect(overLimitBy(linkedin, text)).toBe(renderedLength(text) - 300);
		expect(overLimitBy(linkedin, rendered(typical))).toBe(0);
		expect(overLimitBy({}, "x".repeat(5000))).toBe(0);
	});

	it("counts what a text box counts", () => {
		expect(renderedLength("abc  \n")).toBe(3);
		expect(renderedLength("😀")).toBe(2);
	});
});

describe("mergeCatalog", () => {
	it("lets a user file named like a built-in replace it, keeping the title and the limit", () => {
		const catalog = mergeCatalog(BUILT_IN_MESSAGES, [
			{ basename: "LinkedIn-Note", body: "Hi {{contact.first_name}}!", frontmatter: { outreach_method: "linkedin", contacted: "{{today}}" } },
		]);
		const linkedin = findTemplate(catalog, "linkedin-note");
		expect(linkedin).toMatchObject({ title: "LinkedIn connection note", body: "Hi {{contact.first_name}}!", maxLength: 300, source: "custom" });
		expect(linkedin?.frontmatter).toEqual({ outreach_method: "linkedin", contacted: "{{today}}" });
		expect(catalog).toHaveLength(BUILT_IN_MESSAGES.length);
	});

	it("adds the user's other files after the built-ins, by name", () => {
		const catalog = mergeCatalog(BUILT_IN_MESSAGES, [
			{ basename: "Zeta note", body: "z", frontmatter: {} },
			{ basename: "Alpha note", body: "a", frontmatter: {} },
		]);
		expect(catalog.slice(-2).map((t) => [t.id, t.title, t.source])).toEqual([
			["Alpha note", "Alpha note", "custom"],
			["Zeta note", "Zeta note", "custom"],
		]);
	});

	it("is the built-ins alone when the folder is empty or missing", () => {
		expect(mergeCatalog(BUILT_IN_MESSAGES, [])).toEqual(BUILT_IN_MESSAGES);
	});
});
