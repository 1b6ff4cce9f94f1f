import { isAgreed, isLater, startOf } from "../records/interview-schedule";
import type { Due } from "./item";
import { deadlineAfter, interviewMoments, NEVER, type ContactInput, type Moment } from "./rule-input";
import { plannedDefers } from "./follow-up";

/** The later of two touches; on a tie, the one with a time, being more exact. */
function later(a: Moment | null, b: Moment): Moment {
	return a === null || isLater(b.ms, b.allDay, a.ms, a.allDay) ? b : a;
}

/**
 * Keep in touch: someone who agreed to hear from you again (`stay_in_touch: true`) is due
 * a word `follow_up_every` [90] days after the latest touch: `last_contact`, an agreed
 * interview (its end, or its whole day), or a thank-you. Anytime when there is none yet.
 * A future `next_follow_up` holds it back until then.
 */
export function keepInTouchItem(input: ContactInput): Due | null {
	const { contact, interviews, rules, zone } = input;
	if (!contact.stayInTouch) return null;
	let touch: Moment | null = contact.lastContact === undefined ? null : { ms: startOf(contact.lastContact, zone), allDay: !contact.lastContact.hasTime };
	for (const interview of interviews) {
		if (!isAgreed(interview)) continue;
		const moments = interviewMoments(interview, zone);
		if (moments !== null) touch = later(touch, { ms: moments.allDay ? moments.startMs : moments.endMs, allDay: moments.allDay });
		const thanks = interview.thankYouSent;
		if (thanks !== undefined) touch = later(touch, { ms: startOf(thanks, zone), allDay: !thanks.hasTime });
	}
	const every = contact.followUpEvery ?? rules.keepInTouchDays;
	const dueMs = touch === null ? null : deadlineAfter(touch.ms, touch.allDay, every, zone);
	return { kind: "keep_in_touch", dueMs, allDay: touch?.allDay ?? false, shownFrom: plannedDefers(input), shownUntil: NEVER };
}
