import type { FollowUpAction } from "./follow-up-actions";
import type { FollowUpKind } from "./follow-up-items";

/** The kinds as docs/follow-up-rules.md names them, for filters and headings. */
export const KIND_LABELS: Readonly<Record<FollowUpKind, string>> = {
	reach_out: "Reach out",
	outreach: "Follow up on outreach",
	prepare: "Prepare",
	confirm: "Confirm",
	thank_you: "Thank you",
	debrief: "Write up",
	keep_in_touch: "Keep in touch",
	follow_up: "Planned follow-up",
};

/** What a notice says once an action has written its fact, after the person's name. */
export const ACTION_DONE: Readonly<Record<FollowUpAction, string>> = {
	mark_contacted: "marked as contacted",
	got_reply: "reply recorded",
	log_contact: "contact logged",
	mark_prepared: "marked as prepared",
	mark_confirmed: "interview marked as confirmed",
	mark_thank_you_sent: "thank-you marked as sent",
	mark_debriefed: "marked as written up",
};
