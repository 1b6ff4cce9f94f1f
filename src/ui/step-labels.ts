import { ACTION_LABELS, type FollowUpAction } from "../domain/follow-ups/follow-up-actions";
import type { FollowUpKind } from "../domain/follow-ups/follow-up-items";

/**
 * The one word (or short phrase) for each step of the method, used by the queue's rows,
 * its filter, its buttons and its notices, so that a step is called the same everywhere.
 * The step after an interview is the *debrief* (the property is `debriefed`), never a
 * "write-up". Kept on the UI side: the engine's own labels are for the command line.
 */
export const STEP_LABELS: Readonly<Record<FollowUpKind, string>> = {
	reach_out: "Reach out",
	outreach: "Follow up",
	prepare: "Prepare",
	confirm: "Confirm",
	thank_you: "Thank-you",
	debrief: "Debrief",
	keep_in_touch: "Keep in touch",
	follow_up: "Planned follow-up",
};

/** A row's title: the step, then the person ("Thank-you · Kwame Asante"); an unanswered outreach says how to follow up. */
export function stepTitle(kind: FollowUpKind, suggestPhone: boolean): string {
	if (kind === "outreach" && suggestPhone) return "Call";
	return STEP_LABELS[kind];
}

/** The buttons and menu entries that record a step's fact: the engine's own action labels. */
export const ACTION_BUTTONS: Readonly<Record<FollowUpAction, string>> = ACTION_LABELS;

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

/** What a notice says once an action has written its fact, after the person's name. */
export const ACTION_NOTICES: Readonly<Record<FollowUpAction, string>> = {
	mark_contacted: "marked as contacted",
	got_reply: "reply recorded",
	log_contact: "contact logged",
	mark_prepared: "marked as prepared",
	mark_confirmed: "interview marked as confirmed",
	mark_thank_you_sent: "thank-you marked as sent",
	mark_debriefed: "marked as debriefed",
};
