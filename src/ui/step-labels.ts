import type { FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import { KIND_LABELS, type FollowUpKind } from "../domain/follow-ups/kinds";

/**
 * A row's title: the step, then the person ("Thank-you · Kwame Asante"). The step's word
 * is the engine's own label, so that a step is called the same in the view, the command
 * line and the docs; an unanswered outreach with a number says how to follow up.
 */
export function stepTitle(kind: FollowUpKind, suggestPhone: boolean): string {
	if (kind === "outreach" && suggestPhone) return "Call";
	return KIND_LABELS[kind];
}

/** The icon of each action, for the compact row. */
export const ACTION_ICONS: Readonly<Record<FollowUpAction, string>> = {
	mark_contacted: "send",
	got_reply: "reply",
	log_contact: "message-square-plus",
	mark_prepared: "check",
	mark_confirmed: "calendar-check",
	mark_thank_you_sent: "check",
	mark_debriefed: "check",
};
