import { describe, expect, it } from "vitest";
import { compareText, plural, printable, textTable } from "../../../src/cli/format/text";

describe("text formatting", () => {
	it("lines up table columns by characters, not bytes, and trims line ends", () => {
		expect(textTable(["Name", "Field"], [["Tomás", "UX"], ["Ana", ""]])).toBe(
			["Name   Field", "-----  -----", "Tomás  UX", "Ana"].join("\n") + "\n",
		);
	});

	it("shows control characters from notes instead of sending them to the terminal", () => {
		expect(printable("evil\u001b[31mred\nline")).toBe("evil\uFFFD[31mred\uFFFDline");
		expect(textTable(["A"], [["x\ty"]])).toContain("x\uFFFDy");
	});

	it("shows bidi controls and zero-width characters as � instead of letting them reorder or hide text", () => {
		expect(printable("Invoice \u202Etxt.exe")).toBe("Invoice \uFFFDtxt.exe");
		expect(printable("\u2066a\u2067b\u2068c\u2069")).toBe("\uFFFDa\uFFFDb\uFFFDc\uFFFD");
		expect(printable("Jor\u200Bdan\uFEFF")).toBe("Jor\uFFFDdan\uFFFD");
		expect(printable("Tomás 李明 محمد")).toBe("Tomás 李明 محمد");
	});

	it("counts in words", () => {
		expect([plural(0, "problem"), plural(1, "problem"), plural(2, "problem")]).toEqual(["0 problems", "1 problem", "2 problems"]);
	});

	it("sorts numbers by value and breaks ties by code unit", () => {
		expect(["referrals[10]", "referrals[2]", "Referrals[2]", "b", "a"].sort(compareText)).toEqual(["a", "b", "referrals[2]", "Referrals[2]", "referrals[10]"]);
	});
});
