import { describe, expect, it } from "vitest";

import * as dates from "../../scripts/frontmatter-dates.mjs";

const NOTE = [
	"---",
	"type: interview",
	'contact: "[[Jordan Lee]]"',
	"date: 2026-11-24T15:00",
	"confirmed: '2026-11-23'",
	'thank_you_sent: "2026-12-31"',
	"duration: 30",
	"location: Room 2026-11-24, Main St",
	"snooze_until: 2028-02-28 # leap year ahead",
	"referrals:",
	'  - "[[Priya Raman]]"',
	"seen:",
	"  - 2026-01-31",
	"  - 2026-12-31T09:05:30",
	"flow: [2026-02-28, \"2026-03-01T08:00\", not a date]",
	"notes: |",
	"  - 2026-11-24",
	"  met on 2026-11-24",
	"impossible: 2026-02-30",
	"words: next tuesday",
	"---",
	"# Interview on 2026-11-24",
	"",
	"date: 2026-11-24",
	"Follow up 2026-11-30T10:00.",
	"",
].join("\n");

describe("calendar arithmetic", () => {
	it("adds days across months, years and leap days", () => {
		expect(dates.addDaysToIsoDate("2024-02-28", 1)).toBe("2024-02-29");
		expect(dates.addDaysToIsoDate("2024-02-29", 1)).toBe("2024-03-01");
		expect(dates.addDaysToIsoDate("2026-02-28", 1)).toBe("2026-03-01");
		expect(dates.addDaysToIsoDate("2026-12-31", 1)).toBe("2027-01-01");
		expect(dates.addDaysToIsoDate("2027-01-01", -1)).toBe("2026-12-31");
		expect(dates.addDaysToIsoDate("2026-11-24", 400)).toBe("2027-12-29");
		expect(dates.addDaysToIsoDate("2027-03-01", -365)).toBe("2026-03-01");
		expect(dates.addDaysToIsoDate("2026-02-30", 1)).toBeNull();
	});

	it("counts whole calendar days between dates", () => {
		expect(dates.daysBetween("2026-11-23", "2026-11-23")).toBe(0);
		expect(dates.daysBetween("2026-11-23", "2027-12-28")).toBe(400);
		expect(dates.daysBetween("2024-02-28", "2024-03-01")).toBe(2);
		expect(dates.daysBetween("2026-11-23", "2026-11-01")).toBe(-22);
		// A day on which clocks change is still one day.
		expect(dates.daysBetween("2026-03-28", "2026-03-30")).toBe(2);
	});

	it("takes today from the local calendar", () => {
		expect(dates.localToday(new Date(2026, 10, 23, 23, 59))).toBe("2026-11-23");
		expect(dates.localToday(new Date(2027, 0, 1, 0, 0))).toBe("2027-01-01");
	});
});

describe("shiftDatesInFrontmatter", () => {
	it("shifts +400 days across month, year and leap boundaries", () => {
		const { text, shifted } = dates.shiftDatesInFrontmatter(NOTE, 400);
		expect(shifted).toBe(8);
		const front = text.split("\n---\n")[0];
		expect(front).toContain("date: 2027-12-29T15:00\n");
		expect(front).toContain("confirmed: '2027-12-28'\n");
		expect(front).toContain('thank_you_sent: "2028-02-04"\n');
		expect(front).toContain("snooze_until: 2029-04-03 # leap year ahead\n");
		expect(front).toContain("  - 2027-03-07\n");
		expect(front).toContain("  - 2028-02-04T09:05:30\n");
		expect(front).toContain('flow: [2027-04-04, "2027-04-05T08:00", not a date]\n');
	});

	it("goes back as well as forward", () => {
		const there = dates.shiftDatesInFrontmatter(NOTE, 400).text;
		expect(dates.shiftDatesInFrontmatter(there, -400).text).toBe(NOTE);
		expect(dates.shiftDatesInFrontmatter("---\nd: 2024-03-01\n---\n", -1).text).toBe("---\nd: 2024-02-29\n---\n");
	});

	it("leaves the body, other keys, text values and block scalars alone", () => {
		const { text } = dates.shiftDatesInFrontmatter(NOTE, 400);
		const [before, after] = [NOTE.split("\n"), text.split("\n")];
		const changedLines = before.flatMap((line, i) => (line === after[i] ? [] : [line]));
		expect(changedLines).toEqual([
			"date: 2026-11-24T15:00",
			"confirmed: '2026-11-23'",
			'thank_you_sent: "2026-12-31"',
			"snooze_until: 2028-02-28 # leap year ahead",
			"  - 2026-01-31",
			"  - 2026-12-31T09:05:30",
			'flow: [2026-02-28, "2026-03-01T08:00", not a date]',
		]);
		const body = NOTE.slice(NOTE.indexOf("# Interview"));
		expect(text.endsWith(body)).toBe(true);
		expect(text).toContain("location: Room 2026-11-24, Main St\n");
		expect(text).toContain("  - 2026-11-24\n  met on 2026-11-24\n");
		expect(text).toContain("impossible: 2026-02-30\n");
		expect(text).toContain('contact: "[[Jordan Lee]]"\n');
		expect(text.length).toBe(NOTE.length);
	});

	it("keeps CRLF line endings and a missing final newline", () => {
		const crlf = "---\r\ntype: contact\r\ncontacted: 2026-11-13\r\n---\r\nWrote on 2026-11-13";
		expect(dates.shiftDatesInFrontmatter(crlf, 30)).toEqual({
			text: "---\r\ntype: contact\r\ncontacted: 2026-12-13\r\n---\r\nWrote on 2026-11-13",
			shifted: 1,
		});
	});

	it("returns the identical text for 0 days and for notes without frontmatter", () => {
		expect(dates.shiftDatesInFrontmatter(NOTE, 0)).toEqual({ text: NOTE, shifted: 0 });
		const plain = "date: 2026-11-24\n\nNo frontmatter here.\n";
		expect(dates.shiftDatesInFrontmatter(plain, 5)).toEqual({ text: plain, shifted: 0 });
		const unclosed = "---\ndate: 2026-11-24\nnever closed\n";
		expect(dates.shiftDatesInFrontmatter(unclosed, 5)).toEqual({ text: unclosed, shifted: 0 });
	});
});
