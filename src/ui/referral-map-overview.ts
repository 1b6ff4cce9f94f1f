import { ENOUGH_INTERVIEWS_PER_FIELD } from "../domain/referrals/network-summary";
import { appendSentence, type SentencePart } from "./bidi";
import { sectionHeading, TREE_BUDGET, type MapContext } from "./referral-map-context";
import { noteLink } from "./referral-person-row";
import { renderReferralTree } from "./referral-tree-list";

const TOP_REFERRERS = 10;
const CIRCLES_SHOWN = 20;
const NAMES_PER_CIRCLE = 10;

function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

function section(parent: HTMLElement, title: string): HTMLElement {
	const el = parent.createDiv({ cls: "ii-map-section" });
	sectionHeading(el, title);
	return el;
}

/** The people found without a referral, each with the tree of people they led to. */
function renderRoots(parent: HTMLElement, ctx: MapContext, openItem: (item: HTMLElement, event: KeyboardEvent) => void): void {
	const el = section(parent, "Where it started");
	const roots = ctx.graph.roots();
	if (roots.length === 0) {
		el.createEl("p", { cls: "ii-map-empty", text: "No contacts yet. A note with type: contact puts someone on the map." });
		return;
	}
	const forest = ctx.graph.referralForest(roots, { maxNodes: TREE_BUDGET });
	renderReferralTree(el, forest.trees, ctx, { label: "Referral trees", openLevels: 1, topReferrer: null, metViaAtTop: true }, openItem);
	if (forest.more > 0) el.createDiv({ cls: "ii-ref-note", text: `${plural(forest.more, "more person", "more people")} not shown. Open someone's note to see their part of the map.` });
}

function renderCircles(parent: HTMLElement, ctx: MapContext): void {
	const cycles = ctx.graph.cycles();
	if (cycles.length === 0) return;
	const el = section(parent, "Circles");
	el.createEl("p", { cls: "ii-map-warning", text: "These people are recorded as referring one another in a circle. One of the notes is probably out of date." });
	const list = el.createEl("ul", { cls: "ii-map-circles" });
	for (const cycle of cycles.slice(0, CIRCLES_SHOWN)) {
		const names = cycle.slice(0, NAMES_PER_CIRCLE).map((p) => ctx.graph.person(p).name);
		const rest = cycle.length > NAMES_PER_CIRCLE ? ` → … (${cycle.length - NAMES_PER_CIRCLE} more)` : "";
		// Each name isolated: one name's direction override must not turn the arrows around.
		const parts: SentencePart[] = names.flatMap((name, i) => (i === 0 ? [{ name }] : [" → ", { name }]));
		if (names[0] !== undefined) parts.push(`${rest} → `, { name: names[0] });
		appendSentence(list.createEl("li", { cls: "ii-ref-cycle" }), parts);
	}
	if (cycles.length > CIRCLES_SHOWN) el.createDiv({ cls: "ii-ref-note", text: `${cycles.length - CIRCLES_SHOWN} more circles.` });
}

/** Who opened the most doors: referrals made, and how many of them became interviews. */
function renderTopReferrers(parent: HTMLElement, ctx: MapContext): void {
	const el = section(parent, "Who opened the most doors");
	const top = ctx.graph.topReferrers(ctx.now, TOP_REFERRERS);
	if (top.length === 0) {
		el.createEl("p", { cls: "ii-map-empty", text: "Nobody has referred you to anyone yet. At the end of each conversation, ask who else you could talk to." });
		return;
	}
	const list = el.createEl("ol", { cls: "ii-map-referrers" });
	for (const entry of top) {
		const item = list.createEl("li");
		const info = ctx.graph.person(entry.person);
		if (info.path !== null) noteLink(item, info.path, info.name);
		else item.createSpan({ cls: "ii-ref-name", text: info.name, attr: { dir: "auto" } });
		item.createSpan({ cls: "ii-ref-meta", text: `${plural(entry.referrals, "referral")}, ${entry.interviews} became ${entry.interviews === 1 ? "an interview" : "interviews"}` });
	}
}

/** Interviews held per career field, warning where there are too few to judge the field by. */
function renderFields(parent: HTMLElement, ctx: MapContext): void {
	const el = section(parent, "Interviews per field");
	const { fields, heldWithoutField } = ctx.graph.fieldCounts(ctx.now);
	if (fields.length === 0) el.createEl("p", { cls: "ii-map-empty", text: "No career fields yet. Give contacts or interviews a field to count them here." });
	const list = el.createEl("ul", { cls: "ii-map-fields" });
	for (const field of fields) {
		const item = list.createEl("li");
		item.createSpan({ cls: "ii-map-field", text: field.field });
		item.createSpan({ cls: "ii-ref-meta", text: `${plural(field.held, "interview")} held` });
	}
	// Said once, under the list: a field judged by one or two conversations is misjudged.
	const few = fields.filter((field) => field.tooFew).map((field) => field.field);
	if (few.length > 0) el.createEl("p", { cls: "ii-map-warning", text: `Too few interviews to judge yet (fewer than ${ENOUGH_INTERVIEWS_PER_FIELD}): ${few.join(", ")}.` });
	if (heldWithoutField > 0) el.createEl("p", { cls: "ii-ref-note", text: `${plural(heldWithoutField, "interview")} held without a field.` });
}

/** The whole network: where it started, circles, the people who opened doors, fields covered. */
export function renderOverview(parent: HTMLElement, ctx: MapContext, openItem: (item: HTMLElement, event: KeyboardEvent) => void): void {
	const header = parent.createDiv({ cls: "ii-map-person" });
	header.createEl("h3", { cls: "ii-map-title", text: "Network overview" });
	const people = ctx.graph.peopleCount();
	header.createDiv({ cls: "ii-ref-meta", text: `${plural(people, "person", "people")} on the map, ${plural(ctx.graph.roots().length, "starting point")}` });
	renderRoots(parent, ctx, openItem);
	renderCircles(parent, ctx);
	renderTopReferrers(parent, ctx);
	renderFields(parent, ctx);
}
