import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/cli/frontmatter";
import { CALENDAR_KINDS } from "../../../src/domain/calendar/calendar-events";
import { uidOf } from "../../../src/domain/calendar/calendar-file";
import { exportCalendar } from "../../../src/domain/calendar/export-calendar";
import { shownQueue } from "../../../src/domain/calendar/queue-adapter";
import { effectiveInterviewStatus, interviewTimes } from "../../../src/domain/records/interview-schedule";
import type { RecordIndex } from "../../../src/domain/records/record-index";
import { defaultSettings } from "../../../src/domain/settings";
import { asOnStoryDate } from "../../builders/example-story";
import { contentLines, physicalLines, readCalendar } from "../../builders/ics";
import { contactProps, indexOf, interviewProps } from "../../builders/records";
import { EXAMPLE_VAULT, hasExampleVault } from "../../integration/fixture";
import { filesFromFolder } from "../../obsidian-fake/load-folder";

type Props = Record<string, unknown>;

function exampleNotes(): Record<string, Props | undefined> {
	const onDisk = readFileSync(join(EXAMPLE_VAULT, ".story-date"), "utf8");
	const notes: Record<string, Props | undefined> = {};
	for (const [path, text] of Object.entries(asOnStoryDate(filesFromFolder(EXAMPLE_VAULT), onDisk))) {
		if (!path.endsWith(".md")) continue;
		const read = readFrontmatter(text);
		notes[path] = read.ok ? read.frontmatter : undefined;
	}
	return notes;
}

function exportOf(index: RecordIndex, zone: string, now: string, vaultName = "Career research"): string {
	const settings = defaultSettings();
	return exportCalendar({ index, settings, zone, nowMs: DateTime.fromISO(now, { zone }).toMillis(), vaultName });
}

function calendarOf(notes: Record<string, Props | undefined>, zone: string, now: string, vaultName?: string): string {
	return exportOf(indexOf(notes, { zone }), zone, now, vaultName);
}

function utf8(text: string): number {
	return new TextEncoder().encode(text).length;
}

describe.skipIf(!hasExampleVault)("the example vault's calendar", () => {
	for (const zone of ["Europe/Berlin", "America/Los_Angeles"]) {
		it(`has every interview and due follow-up at its instant, read back through ical.js (${zone})`, () => {
			const index = indexOf(exampleNotes(), { zone });
			const now = "2026-11-23T12:00";
			const nowMs = DateTime.fromISO(now, { zone }).toMillis();
			const text = exportOf(index, zone, now);
			const { events } = readCalendar(text);
			const byUid = new Map(events.map((event) => [event.uid, event]));

			const expectedUids: string[] = [];
			for (const interview of index.interviews()) {
				const times = interviewTimes(interview, zone);
				const status = effectiveInterviewStatus(interview, nowMs, zone);
				const uid = uidOf(`interview:${interview.path}`);
				if (times === null || status === "cancelled" || status === "no_show") {
					expect(byUid.has(uid), interview.path).toBe(false);
					continue;
				}
				expectedUids.push(uid);
				const event = byUid.get(uid);
				expect(event, interview.path).toBeDefined();
				expect(event?.startMs).toBe(times.startMs);
				expect(event?.durationSeconds).toBe((times.endMs - times.startMs) / 1000);
				expect(event?.url).toBe(`obsidian://open?vault=Career%20research&file=${encodeURIComponent(interview.path)}`);
				expect(event?.location ?? undefined).toBe(interview.location);
			}
			const queue = shownQueue(index, nowMs, defaultSettings(), zone);
			for (const entry of queue) {
				const uid = uidOf(entry.id);
				if (entry.dueMs === null || !CALENDAR_KINDS.includes(entry.kind)) {
					expect(byUid.has(uid), entry.id).toBe(false);
					continue;
				}
				expectedUids.push(uid);
				const event = byUid.get(uid);
				expect(event?.summary, entry.id).toBe(entry.title);
				if (entry.allDay) expect(event?.date).toBe(DateTime.fromMillis(entry.dueMs, { zone }).toISODate());
				else expect(event?.startMs).toBe(entry.dueMs);
			}
			expect(events.map((event) => event.uid).sort()).toEqual(expectedUids.sort());
			// The story has a cancelled interview, held ones, upcoming ones and several kinds of follow-up.
			expect(events.filter((event) => event.uid.startsWith("interview-")).length).toBeGreaterThanOrEqual(5);
			expect(events.filter((event) => event.date !== null).length).toBeGreaterThan(0);
			expect(new Set(events.map((event) => event.uid.split("-")[0])).size).toBeGreaterThanOrEqual(3);
		});
	}

	it("is the same file, byte for byte, computed twice and in another process zone", () => {
		const notes = exampleNotes();
		const first = calendarOf(notes, "Europe/Berlin", "2026-11-23T12:00");
		const savedTz = process.env.TZ;
		process.env.TZ = "Pacific/Auckland";
		try {
			expect(calendarOf(notes, "Europe/Berlin", "2026-11-23T12:00")).toBe(first);
		} finally {
			if (savedTz === undefined) delete process.env.TZ;
			else process.env.TZ = savedTz;
		}
	});
});

describe("events across a change of daylight saving time", () => {
	const notes = {
		"Contacts/Ana Ruiz.md": contactProps({ organization: "Northwind" }),
		// Berlin moves to summer time on 29 March 2026, New York on 8 March; both back in autumn.
		"Interviews/before.md": interviewProps({ contact: "[[Ana Ruiz]]", date: "2026-03-07T10:00" }),
		"Interviews/between.md": interviewProps({ contact: "[[Ana Ruiz]]", date: "2026-03-28T10:00" }),
		"Interviews/after.md": interviewProps({ contact: "[[Ana Ruiz]]", date: "2026-03-30T10:00", duration: 45, confirmed: "2026-03-01" }),
		"Interviews/autumn.md": interviewProps({ contact: "[[Ana Ruiz]]", date: "2026-11-02T10:00" }),
		"Interviews/new year.md": interviewProps({ contact: "[[Ana Ruiz]]", date: "2027-01-04T10:00" }),
	};

	for (const zone of ["Europe/Berlin", "America/New_York"]) {
		it(`keeps 10:00 local on every date in ${zone}, through the file's own VTIMEZONE`, () => {
			const text = calendarOf(notes, zone, "2026-03-01T09:00");
			const { events, calendar } = readCalendar(text);
			const interviews = events.filter((event) => event.uid.startsWith("interview-"));
			expect(interviews).toHaveLength(5);
			for (const event of interviews) {
				const local = DateTime.fromMillis(event.startMs ?? Number.NaN, { zone });
				expect(local.toFormat("HH:mm")).toBe("10:00");
			}
			const vtimezone = calendar.getFirstSubcomponent("vtimezone");
			expect(vtimezone?.getFirstPropertyValue("tzid")).toBe(zone);
			// Both 2026 changes are listed, as daylight and standard observances.
			expect(vtimezone?.getAllSubcomponents("daylight").length).toBeGreaterThanOrEqual(2);
			expect(vtimezone?.getAllSubcomponents("standard").length).toBeGreaterThanOrEqual(2);
		});
	}

	it("marks a confirmed interview CONFIRMED and one not yet confirmed TENTATIVE, with an alarm a day before each upcoming one", () => {
		const { events } = readCalendar(calendarOf(notes, "Europe/Berlin", "2026-03-10T09:00"));
		const of = (path: string) => events.find((event) => event.uid === uidOf(`interview:${path}`));
		expect(of("Interviews/after.md")?.status).toBe("CONFIRMED");
		expect(of("Interviews/after.md")?.durationSeconds).toBe(45 * 60);
		expect(of("Interviews/between.md")?.status).toBe("TENTATIVE");
		expect(of("Interviews/between.md")?.alarmSeconds).toBe(-86_400);
		// Already over: no alarm that could pop up on subscribing.
		expect(of("Interviews/before.md")?.alarmSeconds).toBeNull();
	});
});

describe("what the calendar leaves out", () => {
	it("has no cancelled or missed interview, nothing for a paused contact, and nothing snoozed", () => {
		const text = calendarOf(
			{
				"Contacts/Ana.md": contactProps({ contacted: "2026-11-01" }),
				"Contacts/Ben.md": contactProps({ contacted: "2026-11-01", status: "paused" }),
				"Contacts/Cy.md": contactProps({ contacted: "2026-11-01", snooze_until: "2026-12-20" }),
				"Interviews/cancelled.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-20T10:00", status: "cancelled" }),
				"Interviews/missed.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-21T10:00", status: "no_show" }),
			},
			"Europe/Berlin",
			"2026-11-10T12:00",
		);
		const { events } = readCalendar(text);
		expect(events.map((event) => event.summary)).toEqual(["No reply from Ana yet: follow up"]);
		expect(events[0]?.date).toBe("2026-11-08");
	});

	it("writes a reach-out only when it has a date", () => {
		const { events } = readCalendar(
			calendarOf(
				{
					"Contacts/Ana.md": contactProps({ contacted: "2026-10-01", replied: "2026-10-02" }),
					"Contacts/Ben.md": contactProps(),
					"Contacts/Cy.md": contactProps(),
					"Interviews/talk.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-02T10:00", thank_you_sent: "2026-11-02", referrals: ["[[Cy]]"] }),
				},
				"Europe/Berlin",
				"2026-11-03T12:00",
			),
		);
		const summaries = events.map((event) => event.summary);
		expect(summaries).toContain("Reach out to Cy");
		expect(summaries).not.toContain("Reach out to Ben");
	});
});

describe("identity of events", () => {
	const notes = {
		"Contacts/Ana.md": contactProps({ organization: "Northwind" }),
		"Interviews/one.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-20T10:00" }),
		"Interviews/two.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-27T10:00" }),
	};

	function eventsBy(text: string): Map<string, { dtstamp: string; summary: string }> {
		return new Map(readCalendar(text).events.map((event) => [event.uid, event]));
	}

	it("keeps UIDs across runs and days, and DTSTAMP until the event itself changes", () => {
		const before = eventsBy(calendarOf(notes, "Europe/Berlin", "2026-11-01T12:00"));
		const otherDay = eventsBy(calendarOf(notes, "Europe/Berlin", "2026-11-02T08:00"));
		expect([...otherDay.keys()]).toEqual([...before.keys()]);
		expect([...otherDay.values()]).toEqual([...before.values()]);

		const moved = eventsBy(calendarOf({ ...notes, "Interviews/two.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-28T10:00" }) }, "Europe/Berlin", "2026-11-01T12:00"));
		const one = uidOf("interview:Interviews/one.md");
		const two = uidOf("interview:Interviews/two.md");
		expect(moved.get(one)).toEqual(before.get(one));
		expect(moved.get(two)?.summary).toBe(before.get(two)?.summary);
		expect(moved.get(two)?.dtstamp).not.toBe(before.get(two)?.dtstamp);
	});

	it("gives every item of a large queue its own UID", () => {
		const many: Record<string, Props> = {};
		for (let i = 0; i < 400; i++) many[`Contacts/Person ${i}.md`] = contactProps({ contacted: "2026-10-01" });
		const { events } = readCalendar(calendarOf(many, "UTC", "2026-11-01T12:00"));
		expect(events).toHaveLength(400);
		expect(new Set(events.map((event) => event.uid)).size).toBe(400);
	});
});

describe("the file's form (RFC 5545)", () => {
	const HOSTILE = "Eve\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:owned; a, b \\ c\rEND:VCALENDAR\n\u0000\u0007x";
	const notes = {
		"Contacts/Eve.md": contactProps({ name: HOSTILE, organization: "ACME;\r\nBEGIN:VALARM", contacted: "2026-10-01" }),
		"Interviews/talk.md": interviewProps({ contact: "[[Eve]]", date: "2026-11-20T10:00", location: "Room 1\r\nATTENDEE:mailto:x@y.z; B,C \\" }),
		"Interviews/next.md": interviewProps({ contact: "[[Eve]]", date: "2026-12-01T10:00" }),
		// Multi-byte text long enough to be folded: 2-, 3- and 4-byte characters.
		"Contacts/Zoë 東京 🎉.md": contactProps({ name: `${"Zoë 東京 🎉 ".repeat(12)}`, contacted: "2026-10-01" }),
	};

	it("keeps text from notes inside its property: no new property or component, the text read back intact", () => {
		const text = calendarOf(notes, "Europe/Berlin", "2026-11-21T09:00", "Vault\r\nX-INJECTED:1");
		const { calendar, events } = readCalendar(text);
		expect(calendar.getAllSubcomponents("vevent")).toHaveLength(4);
		expect(calendar.getAllSubcomponents("vevent").flatMap((event) => event.getAllSubcomponents("valarm"))).toHaveLength(1);
		expect(text).not.toMatch(/\r\n(ATTENDEE|X-INJECTED)/);
		for (const line of contentLines(text)) {
			if (/^(BEGIN|END):/.test(line)) expect(line).toMatch(/^(BEGIN|END):(VCALENDAR|VTIMEZONE|STANDARD|DAYLIGHT|VEVENT|VALARM)$/);
		}
		const interview = events.find((event) => event.uid === uidOf("interview:Interviews/talk.md"));
		const cleanName = "Eve\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:owned; a, b \\ c\nEND:VCALENDAR\nx";
		expect(interview?.summary).toBe(`Informational interview with ${cleanName} (ACME;\nBEGIN:VALARM)`);
		expect(interview?.location).toBe("Room 1\nATTENDEE:mailto:x@y.z; B,C \\");
		expect(interview?.url).toBe("obsidian://open?vault=Vault%0D%0AX-INJECTED%3A1&file=Interviews%2Ftalk.md");
		expect(events.map((event) => event.summary)).toContain(`Send a thank-you note to ${cleanName}`);
	});

	it("ends every line with CRLF and folds at 75 octets, never inside a character", () => {
		const text = calendarOf(notes, "Europe/Berlin", "2026-11-21T09:00");
		expect(text.endsWith("\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		const lines = physicalLines(text);
		const decoder = new TextDecoder("utf-8", { fatal: true });
		let folded = 0;
		for (const line of lines) {
			const bytes = new TextEncoder().encode(line);
			expect(bytes.length, line).toBeLessThanOrEqual(75);
			// Each physical line decodes on its own: no character is cut between two lines.
			expect(decoder.decode(bytes)).toBe(line);
			if (line.startsWith(" ")) folded++;
		}
		expect(folded).toBeGreaterThan(5);
		const long = contentLines(text).find((line) => line.startsWith("SUMMARY:No reply from Zoë"));
		expect(long && utf8(long)).toBeGreaterThan(150);
		expect(readCalendar(text).events.map((event) => event.summary)).toContain(`No reply from ${"Zoë 東京 🎉 ".repeat(12).trim()} yet: follow up`);
	});
});
