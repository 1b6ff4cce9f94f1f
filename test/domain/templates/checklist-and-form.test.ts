import { describe, expect, it } from "vitest";
import { blockAtCursor, checklist, questionSetSection } from "../../../src/domain/templates/checklist";
import { readInterviewForm, type InterviewFormInput } from "../../../src/domain/templates/interview-form";

describe("checklist", () => {
	it("makes one task per item, each on one line", () => {
		expect(checklist(["One?", "Two\nlines?"])).toBe("- [ ] One?\n- [ ] Two lines?");
	});

	it("titles a set", () => {
		expect(questionSetSection({ id: "x", title: "Closing questions", purpose: "ask", questions: ["Who else?"] })).toBe("### Closing questions\n\n- [ ] Who else?");
	});
});

describe("blockAtCursor", () => {
	it("inserts as it is on an empty line", () => {
		expect(blockAtCursor("- [ ] a\n", "", "")).toBe("- [ ] a");
	});

	it("starts a new line after text, and keeps the rest of the line apart", () => {
		expect(blockAtCursor("- [ ] a", "Some text", "")).toBe("\n- [ ] a");
		expect(blockAtCursor("- [ ] a", "", "rest")).toBe("- [ ] a\n");
		expect(blockAtCursor("\n\n- [ ] a\n\n", "x", "y")).toBe("\n- [ ] a\n");
	});
});

describe("readInterviewForm", () => {
	const input: InterviewFormInput = { contact: "Jordan Lee", date: "2026-11-24", time: "15:00", duration: "30", format: "video", location: "" };

	it("accepts a complete form", () => {
		expect(readInterviewForm(input)).toEqual({
			ok: true,
			value: { contact: "Jordan Lee", date: "2026-11-24", time: "15:00", duration: 30, format: "video", location: undefined },
		});
	});

	it("accepts a day without a time and an unknown format as none", () => {
		const result = readInterviewForm({ ...input, time: " ", format: "" });
		expect(result.ok && result.value.time).toBeUndefined();
		expect(result.ok && result.value.format).toBeUndefined();
	});

	it("lists every mistake with the field it is in", () => {
		expect(readInterviewForm({ contact: " ", date: "2026-02-30", time: "25:00", duration: "0", format: "", location: "" })).toEqual({
			ok: false,
			errors: [
				{ field: "contact", message: "Choose who you are talking to." },
				{ field: "date", message: "Enter the date as 2026-11-24." },
				{ field: "time", message: "Enter the time as 15:00, or leave it empty." },
				{ field: "duration", message: "Enter the length as a whole number of minutes between 1 and 1440." },
			],
		});
		expect(readInterviewForm({ ...input, duration: "20.5" }).ok).toBe(false);
	});
});
