import { describe, expect, it } from "vitest";
import { buildMailto, emailAddresses, MAILTO_SAFE_LENGTH, splitSubject } from "../../../src/domain/templates/mailto";

describe("buildMailto", () => {
	it("encodes subject and body, with line breaks as CRLF and spaces as %20", () => {
		const result = buildMailto({ to: "jordan.lee@example.org", subject: "Thank you, Jordan & team?", body: "Hi Jordan,\n\n100% helpful = yes #1" });
		expect(result).toEqual({
			ok: true,
			url: "mailto:jordan.lee@example.org?subject=Thank%20you%2C%20Jordan%20%26%20team%3F&body=Hi%20Jordan%2C%0D%0A%0D%0A100%25%20helpful%20%3D%20yes%20%231",
		});
	});

	it("encodes non-Latin text as UTF-8", () => {
		const result = buildMailto({ to: "a@b.org", subject: "Merci, Zoë", body: "谢谢" });
		expect(result.ok && result.url).toBe("mailto:a@b.org?subject=Merci%2C%20Zo%C3%AB&body=%E8%B0%A2%E8%B0%A2");
	});

	it("decodes back to exactly the text given", () => {
		const body = "Line one\nLine two & more?\n\n— Sam";
		const result = buildMailto({ to: "a@b.org", subject: "s", body });
		if (!result.ok) throw new Error("expected a link");
		const params = new URL(result.url).searchParams;
		expect(params.get("body")).toBe(body.replace(/\n/g, "\r\n"));
	});

	it("cannot be tricked into extra headers by the address", () => {
		expect(buildMailto({ to: "a@b.org?bcc=eve@evil.org", subject: "s", body: "b" })).toEqual({ ok: false, reason: "no-address" });
		const result = buildMailto({ to: "a+tag@b.org", subject: "s", body: "b" });
		expect(result.ok && result.url.startsWith("mailto:a%2Btag@b.org?subject=")).toBe(true);
	});

	it("signals a draft that is too long for a mail link", () => {
		const result = buildMailto({ to: "a@b.org", subject: "s", body: "é".repeat(400) });
		expect(result).toEqual({ ok: false, reason: "too-long", length: expect.any(Number) as number });
		if (!result.ok && result.reason === "too-long") expect(result.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
	});

	it("signals a missing or unusable address", () => {
		expect(buildMailto({ to: "", subject: "s", body: "b" })).toEqual({ ok: false, reason: "no-address" });
		expect(buildMailto({ to: "call me", subject: "s", body: "b" })).toEqual({ ok: false, reason: "no-address" });
	});
});

describe("emailAddresses", () => {
	it.each([
		["jordan@example.org", ["jordan@example.org"]],
		[" <jordan@example.org> ", ["jordan@example.org"]],
		["mailto:jordan@example.org", ["jordan@example.org"]],
		["a@x.org, b@y.org", ["a@x.org", "b@y.org"]],
		["a@x.org, not an address", []],
		["jordan@localhost", []],
	])("%j", (value, expected) => {
		expect(emailAddresses(value)).toEqual(expected);
	});
});

describe("splitSubject", () => {
	it("takes the subject line off the top", () => {
		expect(splitSubject("Subject: Thank you\n\nDear Jordan,\n\nThanks.\n", "x")).toEqual({ subject: "Thank you", body: "Dear Jordan,\n\nThanks." });
	});

	it("uses the fallback without a subject line", () => {
		expect(splitSubject("Dear Jordan,\n", "Thank you")).toEqual({ subject: "Thank you", body: "Dear Jordan," });
		expect(splitSubject("Subject:\nBody", "Thanks")).toEqual({ subject: "Thanks", body: "Body" });
	});
});
