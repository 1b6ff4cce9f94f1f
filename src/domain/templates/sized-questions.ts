import { QUESTION_SETS, type QuestionSet } from "./question-bank";

/** The id of the set a new interview starts with: questions for its length, across the categories. */
export const SIZED_SET_ID = "for-this-length";

/**
 * How many questions fit a conversation: about one every two and a half minutes, with
 * answers and follow-up questions, so 8 for 20 minutes and 12 for 30; never fewer than 6
 * nor more than 12, since nobody gets through more and the rest are one command away.
 */
export function questionCountFor(minutes: number): number {
	if (!Number.isFinite(minutes) || minutes <= 0) return 8;
	return Math.max(6, Math.min(12, Math.round(minutes / 2.5)));
}

/**
 * A question set sized to the interview's length: the first questions of each category,
 * taken in turn (occupation, a typical day, the path in, the organization, the outlook),
 * and always the two closing questions the method asks for — who else to talk to, and
 * permission to stay in touch — at the end.
 */
export function sizedQuestionSet(minutes: number): QuestionSet {
	const count = questionCountFor(minutes);
	const closingSet = QUESTION_SETS.find((set) => set.id === "closing");
	const closing = closingSet ? [closingSet.questions[0], closingSet.questions[4]].filter((q): q is string => q !== undefined) : [];
	const categories = QUESTION_SETS.filter((set) => set.purpose === "ask" && set.id !== "closing");
	const picked: string[] = [];
	for (let round = 0; picked.length < count - closing.length; round++) {
		let added = false;
		for (const set of categories) {
			const question = set.questions[round];
			if (question === undefined || picked.length >= count - closing.length) continue;
			picked.push(question);
			added = true;
		}
		if (!added) break;
	}
	return { id: SIZED_SET_ID, title: `Questions for ${Math.round(minutes)} minutes`, purpose: "ask", questions: [...picked, ...closing] };
}
