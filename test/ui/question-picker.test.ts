// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { QUESTION_SETS } from "../../src/domain/templates/question-bank";
import { QuestionPicker } from "../../src/ui/question-picker";
import { App, Modal, typeQuery } from "../obsidian-fake";
import { asFakePicker } from "../obsidian/template-fixture";

afterEach(() => {
	Modal.closeAll();
});

function openPicker(): QuestionPicker {
	const picker = new QuestionPicker(new App().asObsidian(), () => undefined);
	picker.open();
	return picker;
}

function items(picker: QuestionPicker): HTMLElement[] {
	return Array.from(picker.modalEl.querySelectorAll<HTMLElement>(".suggestion-item"));
}

function highlighted(el: Element | null): string {
	return Array.from(el?.querySelectorAll(".suggestion-highlight") ?? [])
		.map((span) => span.textContent)
		.join("");
}

describe("Insert interview questions…", () => {
	it.each(["hiring", "closing", "typical day", "dvrsty"])("highlights exactly the letters typed (%s) in every suggestion, in the line they were found in", async (query) => {
		const picker = openPicker();
		const found = await typeQuery(asFakePicker(picker), query);
		expect(found.length).toBeGreaterThan(0);
		for (const item of items(picker)) {
			const title = item.querySelector(".ii-suggestion-title");
			const detail = item.querySelector(".ii-suggestion-detail");
			expect((highlighted(title) + highlighted(detail)).toLowerCase()).toBe(query.replace(/\s+/g, ""));
		}
	});

	it("finds a single question by the name of its set, and highlights the set's name under it", async () => {
		const picker = openPicker();
		await typeQuery(asFakePicker(picker), "questions they may ask you");
		const single = items(picker).find((item) => !item.querySelector(".ii-question-set"));
		expect(single?.querySelector(".ii-suggestion-detail")?.textContent).toBe("Questions they may ask you");
		expect(highlighted(single?.querySelector(".ii-suggestion-detail") ?? null)).toBe("Questionstheymayaskyou");
		expect(highlighted(single?.querySelector(".ii-suggestion-title") ?? null)).toBe("");
	});

	it("previews the questions a whole set inserts before it is chosen", async () => {
		const picker = openPicker();
		await typeQuery(asFakePicker(picker), "closing questions");
		const closing = QUESTION_SETS.find((set) => set.id === "closing");
		const first = items(picker)[0];
		expect(first?.querySelector(".ii-suggestion-title")?.textContent).toBe("Closing questions");
		expect(first?.querySelector(".ii-suggestion-detail")?.textContent).toBe(`All ${closing?.questions.length} questions`);
		expect(first?.querySelector(".ii-suggestion-preview")?.textContent).toBe(closing?.questions.join("\n"));
	});
});
