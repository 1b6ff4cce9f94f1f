import { basenameOf } from "../domain/records/links";
import type { Mention } from "../obsidian/mentions";
import { noteLink } from "./referral-person-row";
import { appendSentence } from "./bidi";

/** Notes are listed this many at a time; a person mentioned in every daily note stays quick to show. */
export const MENTION_PAGE = 50;

/** How a note mentions the person, said in words rather than by property name. */
const PROPERTY_PHRASES: Readonly<Record<string, string>> = {
	referred_by: "names them as the referrer",
	referrals: "lists them as a referral",
	contact: "interview with them",
	organization: "names them as the organization",
};

function phraseOf(key: string): string {
	return PROPERTY_PHRASES[key] ?? `names them under ${key.replace(/_/g, " ")}`;
}

function where(mention: Mention): string {
	const parts = mention.properties.map(phraseOf);
	if (mention.inText) parts.push(parts.length === 0 ? "links to them in the text" : "and in the text");
	return parts.join(", ").replace(", and in", " and in");
}

function notesText(n: number): string {
	return n === 1 ? "1 note" : `${n} notes`;
}

/** "Mentioned in": each note that links to the person, with the properties the links are in. */
export function renderMentions(parent: HTMLElement, name: string, mentions: readonly Mention[], limit: number, showMore: () => void): void {
	parent.createEl("h4", { cls: "ii-map-heading", text: `Mentioned in ${notesText(mentions.length)}` });
	if (mentions.length === 0) {
		appendSentence(parent.createEl("p", { cls: "ii-map-empty" }), ["No other note links to ", { name }, "."]);
		return;
	}
	const list = parent.createEl("ul", { cls: "ii-ref-mentions" });
	for (const mention of mentions.slice(0, limit)) {
		const item = list.createEl("li", { cls: "ii-ref-mention" });
		noteLink(item, mention.path, basenameOf(mention.path));
		const detail = where(mention);
		if (detail !== "") item.createSpan({ cls: "ii-ref-meta", text: detail });
	}
	if (mentions.length > limit) {
		const more = parent.createDiv({ cls: "ii-ref-more-row" });
		more.createSpan({ cls: "ii-ref-note", text: `${mentions.length - limit} more` });
		more.createEl("button", { cls: "ii-ref-more", text: "Show more", attr: { "aria-label": "Show more notes that mention this person" } }).addEventListener("click", showMore);
	}
}
