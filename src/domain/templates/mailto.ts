/**
 * Mail links are handed to the operating system, and the hand-over is where long links
 * break: Windows passes protocol URLs through ShellExecute, which cuts them at 2,048
 * characters; Outlook and some webmail handlers stop near 2,000, and several mobile mail
 * apps drop the body silently instead of failing. 1,800 leaves room below all of these,
 * so a link we open is one that arrives whole; longer drafts go to the clipboard.
 */
export const MAILTO_SAFE_LENGTH = 1800;

export interface MailDraft {
	readonly to: string;
	readonly subject: string;
	readonly body: string;
}

export type MailtoResult =
	| { readonly ok: true; readonly url: string }
	| { readonly ok: false; readonly reason: "no-address" }
	| { readonly ok: false; readonly reason: "too-long"; readonly length: number };

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** The addresses in an `email` property (`a@x.org`, `<a@x.org>`, `mailto:a@x.org`, several with commas), or [] when any is not one. */
export function emailAddresses(value: string | undefined): string[] {
	if (value === undefined) return [];
	const parts = value
		.split(/[,;]/)
		.map((part) => part.trim().replace(/^mailto:/i, "").replace(/^<(.*)>$/, "$1").trim())
		.filter((part) => part !== "");
	return parts.length > 0 && parts.every((part) => ADDRESS.test(part)) ? parts : [];
}

/** RFC 6068: everything percent-encoded, with line breaks as CRLF so that every client keeps them. */
function encodeText(text: string): string {
	return encodeURIComponent(text.replace(/\r\n?/g, "\n").replace(/\n/g, "\r\n"));
}

/** A `mailto:` link with subject and body, or the reason there cannot be a safe one. */
export function buildMailto(draft: MailDraft): MailtoResult {
	const addresses = emailAddresses(draft.to);
	if (addresses.length === 0) return { ok: false, reason: "no-address" };
	// `@` may stay as it is in the address part (RFC 6068, section 2); everything else is encoded.
	const to = addresses.map((a) => encodeURIComponent(a).replace(/%40/g, "@")).join(",");
	const url = `mailto:${to}?subject=${encodeText(draft.subject)}&body=${encodeText(draft.body)}`;
	if (url.length > MAILTO_SAFE_LENGTH) return { ok: false, reason: "too-long", length: url.length };
	return { ok: true, url };
}

/**
 * Separates a `Subject: …` first line from a rendered message, as the built-in email
 * templates write it. Without one, the subject is `fallback`.
 */
export function splitSubject(text: string, fallback: string): { subject: string; body: string } {
	const match = /^\s*subject:[ \t]*(.*)(?:\r?\n|$)/i.exec(text);
	if (!match) return { subject: fallback, body: text.trim() };
	const subject = (match[1] ?? "").trim();
	return { subject: subject === "" ? fallback : subject, body: text.slice(match[0].length).trim() };
}
