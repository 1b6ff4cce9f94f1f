import type { DateTime } from "luxon";
import type { PersonKey } from "../domain/referrals/referral-edges";
import type { ReferralGraph } from "../domain/referrals/referral-graph";

export const REFERRAL_MAP_VIEW_TYPE = "informational-interviews-referral-map";

/** At most this many people in the DOM at once, the referred-by chain and the trees together. */
export const PERSON_NODE_BUDGET = 300;
/** Of that budget, what the referred-by chain may use; the rest goes to the trees. */
export const CHAIN_PAGE = 50;
export const CHAIN_MAX = 100;
export const TREE_BUDGET = PERSON_NODE_BUDGET - CHAIN_MAX;

/** What the parts of the referral map need from the view that shows them. */
export interface MapContext {
	readonly graph: ReferralGraph;
	/** The moment stages are judged at, in the user's zone. */
	readonly now: DateTime;
	/** Whether a tree node is open, given its default; remembered across repaints. */
	isOpen(person: PersonKey, byDefault: boolean): boolean;
	setOpen(person: PersonKey, open: boolean): void;
	/** "Create contact" for someone without a note, with whoever referred them. */
	createContact(name: string, referrer: PersonKey | null): void;
	/** Shows the map around this person without opening their note (for "show more"). */
	focus(person: PersonKey): void;
}

/** Long names stay whole in the text but not in labels that screen readers repeat. */
export function shortName(name: string, max = 80): string {
	return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** The heading of a section of the map ("Referred by", "Job leads"). */
export function sectionHeading(parent: HTMLElement, text: string): HTMLElement {
	return parent.createEl("h4", { cls: "ii-map-heading", text });
}
