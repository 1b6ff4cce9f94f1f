import { dayEnd } from "../records/wall-time";
import type { Due } from "./item";
import { NEVER, type InterviewInput } from "./rule-input";
import { heldFrom } from "./thank-you";

/** Debrief: once an interview is over and not `debriefed`, writing it up is due by the end of the day it ended. */
export function debriefItem(input: InterviewInput): Due | null {
	if (input.interview.debriefed) return null;
	return { kind: "debrief", dueMs: dayEnd(input.endMs, input.zone), allDay: true, shownFrom: heldFrom(input), shownUntil: NEVER };
}
