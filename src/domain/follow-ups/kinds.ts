import type { FollowUpAction } from "./follow-up-actions";

/** The kinds of follow-up, in the order DESIGN.md lists them; ties in the queue sort this way. */
export const FOLLOW_UP_KINDS = ["reach_out", "outreach", "prepare", "confirm", "thank_you", "debrief", "keep_in_touch", "follow_up"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

interface KindInfo {
	/**
	 * The one word for the step, used everywhere the step is named (filters, rows, docs).
	 * The step after an interview is the *debrief* (the property is `debriefed`).
	 */
	readonly label: string;
	/** What the user can do; the first action completes the item. */
	readonly actions: readonly [FollowUpAction, ...FollowUpAction[]];
	/**
	 * The title's words before and after the person's name. Kept apart so that a view can
	 * set the name off from the sentence (a name in another script, or with a stray
	 * direction override, must not reorder the words around it).
	 */
	readonly title: readonly [string, string];
}

/** Every kind's label, actions and title, in one place. */
export const KINDS: Readonly<Record<FollowUpKind, KindInfo>> = {
	reach_out: { label: "Reach out", actions: ["mark_contacted"], title: ["Reach out to ", ""] },
	outreach: { label: "Follow up", actions: ["got_reply", "log_contact"], title: ["No reply from ", " yet: follow up"] },
	prepare: { label: "Prepare", actions: ["mark_prepared"], title: ["Prepare for the interview with ", ""] },
	confirm: { label: "Confirm", actions: ["mark_confirmed"], title: ["Confirm the interview with ", ""] },
	thank_you: { label: "Thank-you", actions: ["mark_thank_you_sent"], title: ["Send a thank-you note to ", ""] },
	debrief: { label: "Debrief", actions: ["mark_debriefed"], title: ["Debrief the interview with ", ""] },
	keep_in_touch: { label: "Keep in touch", actions: ["log_contact"], title: ["Keep in touch with ", ""] },
	follow_up: { label: "Planned follow-up", actions: ["log_contact"], title: ["Follow up with ", " as planned"] },
};

/** When a message got no answer and there is a number, the method's advice: call. */
export const OUTREACH_BY_PHONE_TITLE: readonly [string, string] = ["No reply from ", " yet: follow up by phone"];

export const KIND_LABELS: Readonly<Record<FollowUpKind, string>> = Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, KINDS[kind].label])) as Record<FollowUpKind, string>;

export const ACTIONS_BY_KIND: Readonly<Record<FollowUpKind, KindInfo["actions"]>> = Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, KINDS[kind].actions])) as Record<FollowUpKind, KindInfo["actions"]>;

/** The kind's place in DESIGN.md's order, for sorting. */
export function kindRank(kind: FollowUpKind): number {
	return FOLLOW_UP_KINDS.indexOf(kind);
}
