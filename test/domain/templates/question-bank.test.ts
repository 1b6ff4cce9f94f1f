import { describe, expect, it } from "vitest";
import { DEFAULT_SET_IDS, QUESTION_SETS, questionSet } from "../../../src/domain/templates/question-bank";

const all = QUESTION_SETS.flatMap((set) => set.questions);

/** Sentence case: a capital first letter and no other capitalised word except "I". */
function isSentenceCase(text: string): boolean {
	const words = text.split(/\s+/);
	if (!/^[A-Z]/.test(words[0] ?? "")) return false;
	return words.slice(1).every((word) => !/^[A-Z]/.test(word) || /^I('|$)/.test(word));
}

describe("the question bank", () => {
	it("has at least 60 questions", () => {
		expect(all.length).toBeGreaterThanOrEqual(60);
	});

	it("has no duplicates", () => {
		const keys = all.map((q) => q.toLowerCase().replace(/\W+/g, " ").trim());
		expect(new Set(keys).size).toBe(keys.length);
	});

	it("covers every set the method needs", () => {
		expect(QUESTION_SETS.map((s) => s.id)).toEqual(["occupation", "typical-day", "path-in", "organization", "outlook", "closing", "they-may-ask"]);
		for (const set of QUESTION_SETS) expect(set.questions.length).toBeGreaterThanOrEqual(8);
	});

	it("is written in sentence case, as questions", () => {
		for (const text of [...all, ...QUESTION_SETS.map((s) => s.title)]) expect(isSentenceCase(text), text).toBe(true);
		for (const question of all) expect(question.endsWith("?"), question).toBe(true);
	});

	it("asks for referrals and permission to stay in touch, never for a job", () => {
		const closing = questionSet("closing")?.questions.join(" ") ?? "";
		expect(closing).toMatch(/who else/i);
		expect(closing).toMatch(/kept in touch|keep in touch/i);
		const asking = QUESTION_SETS.filter((s) => s.purpose === "ask").flatMap((s) => s.questions);
		for (const question of asking) expect(question).not.toMatch(/hire me|job for me|any openings for me|give me a job|are you hiring/i);
	});

	it("default sets exist", () => {
		for (const id of DEFAULT_SET_IDS) expect(questionSet(id)).toBeDefined();
	});
});
