import { describe, expect, it } from "vitest";
import { QUESTION_SETS } from "../../../src/domain/templates/question-bank";
import { questionCountFor, sizedQuestionSet } from "../../../src/domain/templates/sized-questions";

describe("sizedQuestionSet", () => {
	it("fits about 8 to 12 questions into 20 to 30 minutes, not the whole bank", () => {
		expect(sizedQuestionSet(20).questions).toHaveLength(8);
		expect(sizedQuestionSet(30).questions).toHaveLength(12);
		expect(questionCountFor(90)).toBe(12);
		expect(questionCountFor(Number.NaN)).toBe(8);
		expect(QUESTION_SETS.flatMap((s) => s.questions).length).toBeGreaterThan(40);
	});

	it("draws on every category and ends with referrals and permission to stay in touch", () => {
		const set = sizedQuestionSet(30);
		for (const category of QUESTION_SETS.filter((s) => s.purpose === "ask")) {
			expect(set.questions.some((q) => category.questions.includes(q)), category.id).toBe(true);
		}
		expect(set.questions.slice(-2)).toEqual(["Who else would you suggest I talk to?", "Would it be all right if I kept in touch and let you know how things go?"]);
		expect(new Set(set.questions).size).toBe(set.questions.length);
		expect(set.title).toBe("Questions for 30 minutes");
	});
});
