import { STAGE_LABELS } from "../domain/referrals/person-stage";
import type { PersonKey } from "../domain/referrals/referral-edges";
import { shortName, type MapContext } from "./referral-map-context";

/** The attribute that marks an element as a link to a note; the view handles clicks and hovers on it. */
export const PATH_ATTRIBUTE = "data-ii-path";

export interface RowOptions {
	/** Who referred this person here, for "Create contact". */
	readonly referrer: PersonKey | null;
	/** Shown in full elsewhere: `ancestor` above (a circle), `elsewhere` in another branch. */
	readonly repeat?: "ancestor" | "elsewhere" | null;
	/** Referrals left out for the node budget. */
	readonly hidden?: number;
	/** Say how this person was found (for the people at the top of a chain or a tree). */
	readonly showMetVia?: boolean;
	/** In a tree the item takes the keyboard focus, not the link inside it. */
	readonly inTree?: boolean;
}

/**
 * A link to a note: text only, so that whatever a name contains stays text. The view
 * opens it on click, middle click and Enter, and shows its preview on hover.
 */
export function noteLink(parent: HTMLElement, path: string, text: string, focusable = true): HTMLElement {
	// dir="auto": a name in a right-to-left script keeps its own direction and does not reorder what follows.
	const link = parent.createEl("a", { cls: "ii-ref-link", text, attr: { [PATH_ATTRIBUTE]: path, role: "link", dir: "auto" } });
	link.tabIndex = focusable ? 0 : -1;
	return link;
}

/** Organization, last interview and how they were found; a date is kept on one line, never broken mid-value. */
function details(parent: HTMLElement, ctx: MapContext, person: PersonKey, showMetVia: boolean): void {
	const { contact } = ctx.graph.person(person);
	const parts: { text: string; whole: boolean }[] = [];
	if (contact?.organization) parts.push({ text: contact.organization, whole: false });
	const last = ctx.graph.lastInterview(person, ctx.now)?.date?.start.toISODate();
	if (last) parts.push({ text: `last interview ${last}`, whole: true });
	if (showMetVia && contact?.metVia) parts.push({ text: `found via ${contact.metVia}`, whole: false });
	if (parts.length === 0) return;
	const meta = parent.createSpan({ cls: "ii-ref-meta" });
	parts.forEach((part, i) => {
		if (i > 0) meta.appendText(" · ");
		if (part.whole) meta.createSpan({ cls: "ii-ref-date", text: part.text });
		else meta.appendText(part.text);
	});
}

function badges(row: HTMLElement, ctx: MapContext, person: PersonKey): void {
	const info = ctx.graph.person(person);
	const stage = ctx.graph.stageOf(person, ctx.now);
	if (info.contact || stage !== "not_contacted") row.createSpan({ cls: ["ii-ref-stage", `ii-ref-stage-${stage.replace(/_/g, "-")}`], text: STAGE_LABELS[stage] });
	if (!info.contact) row.createSpan({ cls: ["ii-ref-stage", "ii-ref-not-contact"], text: "not yet a contact" });
}

function repeatNote(row: HTMLElement, repeat: RowOptions["repeat"]): void {
	if (repeat === "ancestor") row.createSpan({ cls: ["ii-ref-note", "ii-ref-cycle"], text: "↻ circle: already above" });
	else if (repeat === "elsewhere") row.createSpan({ cls: "ii-ref-note", text: "shown elsewhere in the map" });
}

function createButton(row: HTMLElement, ctx: MapContext, name: string, referrer: PersonKey | null): void {
	const button = row.createEl("button", { cls: "ii-ref-create", text: "Create contact", attr: { "aria-label": `Create a contact note for ${shortName(name)}` } });
	button.addEventListener("click", (event) => {
		// The row itself opens notes; this click is only for the button.
		event.stopPropagation();
		ctx.createContact(name, referrer);
	});
}

function moreButton(row: HTMLElement, ctx: MapContext, person: PersonKey, name: string, hidden: number): void {
	row.createSpan({ cls: "ii-ref-note", text: `${hidden} more not shown` });
	const button = row.createEl("button", { cls: "ii-ref-more", text: "Show more", attr: { "aria-label": `Show the referrals of ${shortName(name)}` } });
	button.addEventListener("click", (event) => {
		event.stopPropagation();
		ctx.focus(person);
	});
}

/**
 * One person on the map: name (a link when they have a note), stage, organization, date
 * of the last interview, and what can be done: create their contact note, show more.
 */
export function renderPersonRow(parent: HTMLElement, person: PersonKey, ctx: MapContext, options: RowOptions): HTMLElement {
	const info = ctx.graph.person(person);
	const row = parent.createDiv({ cls: "ii-ref-row" });
	if (info.path !== null) noteLink(row, info.path, info.name, options.inTree !== true);
	else row.createSpan({ cls: ["ii-ref-name", "ii-ref-missing"], text: info.name, attr: { dir: "auto" } });
	badges(row, ctx, person);
	details(row, ctx, person, options.showMetVia === true);
	repeatNote(row, options.repeat);
	if (info.path === null) createButton(row, ctx, info.name, options.referrer);
	if ((options.hidden ?? 0) > 0) moreButton(row, ctx, person, info.name, options.hidden ?? 0);
	return row;
}
