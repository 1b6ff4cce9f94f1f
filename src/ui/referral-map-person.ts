import type { PersonKey } from "../domain/referrals/referral-edges";
import { CHAIN_MAX, sectionHeading, shortName, TREE_BUDGET, type MapContext } from "./referral-map-context";
import { renderJobLeads } from "./referral-map-leads";
import { renderPersonRow } from "./referral-person-row";
import { renderReferralTree } from "./referral-tree-list";
import { appendSentence } from "./bidi";

/** What the person view needs besides the map: paging of the chain and opening items. */
export interface PersonViewOptions {
	/** How many people of the referred-by chain to show. */
	readonly chainLimit: number;
	readonly showMoreOfChain: () => void;
	/** Opens the note of a tree item (Enter). */
	readonly openItem: (item: HTMLElement, event: KeyboardEvent) => void;
}

function sentence(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The person themselves, and a warning when their notes disagree about who referred them. */
function renderHeader(parent: HTMLElement, person: PersonKey, ctx: MapContext): void {
	const header = parent.createDiv({ cls: "ii-map-person" });
	renderPersonRow(header, person, ctx, { referrer: ctx.graph.primaryReferrer(person) }).addClass("ii-map-person-row");
	const problem = ctx.graph.problemFor(person);
	if (problem) header.createDiv({ cls: "ii-map-warning", text: `${sentence(problem.message)}.` });
}

function renderChainEnd(list: HTMLElement, ctx: MapContext, last: PersonKey, cycleBackTo: PersonKey): void {
	const item = list.createEl("li", { cls: ["ii-ref-chain-end", "ii-ref-cycle"] });
	const lastName = ctx.graph.person(last).name;
	const backName = ctx.graph.person(cycleBackTo).name;
	appendSentence(item, ["↻ ", { name: lastName }, " was referred by ", { name: backName }, ", who is lower in this chain: these people referred one another in a circle."]);
}

function renderChainCut(section: HTMLElement, ctx: MapContext, options: PersonViewOptions, rest: number, lastShown: PersonKey): void {
	const more = section.createDiv({ cls: "ii-ref-more-row" });
	if (options.chainLimit < CHAIN_MAX) {
		more.createSpan({ cls: "ii-ref-note", text: `${rest} more further up` });
		const button = more.createEl("button", { cls: "ii-ref-more", text: "Show more", attr: { "aria-label": "Show more of who referred whom" } });
		button.addEventListener("click", () => options.showMoreOfChain());
		return;
	}
	const name = ctx.graph.person(lastShown).name;
	more.createSpan({ cls: "ii-ref-note", text: `${rest} more further up.` });
	const button = more.createEl("button", { cls: "ii-ref-more", text: "Continue from there", attr: { "aria-label": `Show the map around ${shortName(name)}` } });
	button.addEventListener("click", () => ctx.focus(lastShown));
}

/** Who referred this person, who referred them, and so on, nearest first. */
function renderReferredBy(parent: HTMLElement, person: PersonKey, ctx: MapContext, options: PersonViewOptions): void {
	const section = parent.createDiv({ cls: "ii-map-section" });
	sectionHeading(section, "Referred by");
	const chain = ctx.graph.referredByChain(person);
	const above = chain.people.slice(1);
	const info = ctx.graph.person(person);
	if (above.length === 0) {
		const how = chain.cycleBackTo === null && chain.metVia ? `, via ${chain.metVia}` : "";
		const rest = chain.cycleBackTo === person ? " is named as their own referrer." : ` was found without a referral${how}.`;
		appendSentence(section.createEl("p", { cls: "ii-map-empty" }), [{ name: info.name }, rest]);
		return;
	}
	const list = section.createEl("ol", { cls: "ii-ref-chain", attr: { "aria-label": `Who referred ${shortName(info.name)}` } });
	const shown = above.slice(0, options.chainLimit);
	shown.forEach((p, i) => {
		const item = list.createEl("li", { cls: "ii-ref-chain-item" });
		renderPersonRow(item, p, ctx, { referrer: above[i + 1] ?? null, showMetVia: i === above.length - 1 && chain.cycleBackTo === null });
	});
	if (above.length > shown.length) renderChainCut(section, ctx, options, above.length - shown.length, shown[shown.length - 1] as PersonKey);
	else if (chain.cycleBackTo !== null) renderChainEnd(list, ctx, above[above.length - 1] as PersonKey, chain.cycleBackTo);
}

/** Whom this person referred, and whom those people referred, as an expandable tree. */
function renderReferrals(parent: HTMLElement, person: PersonKey, ctx: MapContext, options: PersonViewOptions): void {
	const section = parent.createDiv({ cls: "ii-map-section" });
	sectionHeading(section, "Referrals");
	const name = ctx.graph.person(person).name;
	const tree = ctx.graph.referralTree(person, { maxNodes: TREE_BUDGET });
	if (tree.root.children.length === 0) {
		appendSentence(section.createEl("p", { cls: "ii-map-empty" }), [{ name }, " has not referred anyone yet."]);
		return;
	}
	renderReferralTree(section, tree.root.children, ctx, { label: `People ${shortName(name)} referred`, openLevels: 2, topReferrer: person }, options.openItem);
	if (tree.root.hidden > 0) section.createDiv({ cls: "ii-ref-note", text: `${tree.root.hidden} more not shown.` });
}

/**
 * The map around one person: who they are, the job leads they mentioned, who referred
 * them (up to someone found without a referral), and whom they referred. "Mentioned in" is drawn apart
 * (referral-map-mentions.ts) because it follows the metadata cache, not the index.
 */
export function renderPersonMap(parent: HTMLElement, person: PersonKey, ctx: MapContext, options: PersonViewOptions): void {
	renderHeader(parent, person, ctx);
	renderJobLeads(parent, person, ctx);
	renderReferredBy(parent, person, ctx, options);
	renderReferrals(parent, person, ctx, options);
}
