import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseWhen, type When } from "../../../src/domain/records/dates";
import { describeUnresolved, renderTemplate } from "../../../src/domain/templates/placeholders";
import { contextLookup, firstNameOf, type TemplateContext } from "../../../src/domain/templates/template-context";

const ZONE = "Europe/Berlin";

function when(text: string): When {
	const parsed = parseWhen(text, ZONE);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.value;
}

function context(overrides: Partial<TemplateContext> = {}): TemplateContext {
	return {
		contact: { name: "Jordan Lee", organization: "Northwind Health", role: "Data analyst" },
		interview: { date: when("2026-11-24T15:00") },
		field: "health informatics",
		me: { name: "Sam Rivera", email: "sam@example.org", signature: "Best wishes,\nSam" },
		referrer: { name: "Priya Nair" },
		today: DateTime.fromISO("2026-11-20T09:30", { zone: ZONE }),
		locale: "en-US",
		...overrides,
	};
}

const render = (template: string, ctx: TemplateContext = context()) => renderTemplate(template, contextLookup(ctx));

describe("renderTemplate with a full context", () => {
	it.each([
		["{{contact.name}}", "Jordan Lee"],
		["{{contact.first_name}}", "Jordan"],
		["{{contact.organization}}", "Northwind Health"],
		["{{contact.role}}", "Data analyst"],
		["{{interview.date}}", "Tuesday, November 24, 2026 at 3:00 PM"],
		["{{interview.date|DDDD}}", "Tuesday, November 24, 2026"],
		["{{interview.date|yyyy-MM-dd HH:mm}}", "2026-11-24 15:00"],
		["{{field}}", "health informatics"],
		["{{me.name}}", "Sam Rivera"],
		["{{me.email}}", "sam@example.org"],
		["{{me.signature}}", "Best wishes,\nSam"],
		["{{referrer.name}}", "Priya Nair"],
		["{{referrer.first_name}}", "Priya"],
		["{{today}}", "2026-11-20"],
		["{{today|DDD}}", "November 20, 2026"],
	])("fills %s", (template, expected) => {
		expect(render(template)).toEqual({ text: expected, unresolved: [] });
	});

	it("accepts spaces inside the braces and any case in the name", () => {
		expect(render("{{ contact.name }} / {{ Contact.First_Name }} / {{ interview.date | yyyy }}").text).toBe("Jordan Lee / Jordan / 2026");
	});

	it("keeps the text around placeholders as it is", () => {
		expect(render("Hi {{contact.first_name}},\n\nThanks! {not a placeholder} {{}").text).toBe("Hi Jordan,\n\nThanks! {not a placeholder} {{}");
	});

	it("spells a whole-day interview without a time", () => {
		expect(render("{{interview.date}}", context({ interview: { date: when("2026-11-24") } })).text).toBe("Tuesday, November 24, 2026");
	});

	it("shows dates in the user's zone", () => {
		const ctx = context({ today: DateTime.fromISO("2026-11-20T23:30", { zone: "Pacific/Auckland" }) });
		expect(render("{{today}}", ctx).text).toBe("2026-11-20");
	});
});

describe("what cannot be filled stays visible and is reported", () => {
	it("an unknown placeholder", () => {
		const result = render("Dear {{contact.nickname}}, see {{date}}.");
		expect(result.text).toBe("Dear {{contact.nickname}}, see {{date}}.");
		expect(result.unresolved).toEqual([
			{ placeholder: "{{contact.nickname}}", reason: "unknown" },
			{ placeholder: "{{date}}", reason: "unknown" },
		]);
	});

	it("an empty placeholder", () => {
		const result = render("a {{}} b {{  }} c");
		expect(result.text).toBe("a {{}} b {{  }} c");
		expect(result.unresolved.map((u) => u.reason)).toEqual(["empty", "empty"]);
	});

	it("a known placeholder without a value, each time it appears but reported once", () => {
		const ctx = context({ contact: { name: "Jordan Lee" }, referrer: undefined, interview: undefined, field: "  " });
		const result = render("{{contact.organization}} {{contact.organization}} {{referrer.name}} {{interview.date|DDDD}} {{field}}", ctx);
		expect(result.text).toBe("{{contact.organization}} {{contact.organization}} {{referrer.name}} {{interview.date|DDDD}} {{field}}");
		expect(result.unresolved).toEqual([
			{ placeholder: "{{contact.organization}}", reason: "empty" },
			{ placeholder: "{{referrer.name}}", reason: "empty" },
			{ placeholder: "{{interview.date|DDDD}}", reason: "empty" },
			{ placeholder: "{{field}}", reason: "empty" },
		]);
	});

	it("empty settings leave your own placeholders visible", () => {
		const result = render("{{me.name}} {{me.email}} {{me.signature}}", context({ me: { name: "", email: "", signature: "" } }));
		expect(result.text).toBe("{{me.name}} {{me.email}} {{me.signature}}");
		expect(result.unresolved).toHaveLength(3);
	});

	it("a format that means nothing to luxon, an empty one, or one on plain text", () => {
		const result = render("{{interview.date|tomorrow please}} {{today|}} {{contact.name|upper}} {{today|" + "y".repeat(500) + "}}");
		expect(result.text.startsWith("{{interview.date|tomorrow please}} 2026-11-20 {{contact.name|upper}} {{today|yyy")).toBe(true);
		expect(result.unresolved.map((u) => u.reason)).toEqual(["format", "format", "format"]);
	});

	it("names the unresolved placeholders in one sentence for a notice", () => {
		const result = render("{{nope}} {{contact.organization}} {{today|zzz please}}", context({ contact: { name: "J" } }));
		expect(describeUnresolved(result.unresolved)).toBe(
			"Some placeholders were left as they are (unknown: {{nope}}; no value yet: {{contact.organization}}; format not understood: {{today|zzz please}}).",
		);
		expect(describeUnresolved([])).toBe("");
	});
});

describe("hostile and unusual values", () => {
	it("inserts values literally: braces in a name are not expanded again", () => {
		const ctx = context({ contact: { name: "{{today}} {{me.email}}", organization: "$& $1 $$" } });
		const result = render("{{contact.name}} at {{contact.organization}}", ctx);
		expect(result).toEqual({ text: "{{today}} {{me.email}} at $& $1 $$", unresolved: [] });
	});

	it("copes with very long values", () => {
		const long = "x".repeat(200_000);
		const result = render("[{{contact.name}}]", context({ contact: { name: long } }));
		expect(result.text).toHaveLength(200_002);
	});

	it("does not mistake nested braces for a placeholder name", () => {
		expect(render("{{{{contact.name}}}}").text).toBe("{{Jordan Lee}}");
		expect(render("{{contact.{{name}}}}").unresolved).toEqual([{ placeholder: "{{name}}", reason: "unknown" }]);
	});

	it("does not treat object prototype names as placeholders", () => {
		expect(render("{{constructor}} {{__proto__}} {{toString}}").unresolved.map((u) => u.reason)).toEqual(["unknown", "unknown", "unknown"]);
	});

	it("keeps names in every script", () => {
		const ctx = context({ contact: { name: "李 明" }, referrer: { name: "Zoë Ångström-Øster" } });
		expect(render("{{contact.first_name}} {{referrer.first_name}}", ctx).text).toBe("李 Zoë");
	});
});

describe("firstNameOf", () => {
	it.each([
		["Jordan Lee", "Jordan"],
		["  Jordan   Lee ", "Jordan"],
		["Lee, Jordan", "Jordan"],
		["Cher", "Cher"],
		["王小明", "王小明"],
	])("%s → %s", (name, first) => {
		expect(firstNameOf(name)).toBe(first);
	});
});
