import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { liveQueue } from "../../builders/queue";
import { loadVault } from "../../../src/cli/load-vault";
import { run } from "../../../src/cli/run";
import { hasExampleVault } from "../../integration/fixture";
import { captureIO, note, snapshot, writeVault } from "../vault-builder";

const CLOCK = ["--now", "2026-11-24T12:00", "--zone", "Europe/Berlin"];

async function queue(root: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(["queue", root, ...flags], capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

/**
 * Jordan's interview was on Friday and nothing has followed; he suggested Priya, who has
 * not been contacted; Sam's interview is on Thursday; Ada is paused; one note is broken.
 */
function smallVault(): string {
	return writeVault({
		"Contacts/Jordan Lee.md": note(["type: contact", "organization: Northwind Health", "contacted: 2026-11-02"]),
		"Contacts/Priya Raman.md": note(["type: contact", 'referred_by: "[[Jordan Lee]]"']),
		"Contacts/Sam Ng.md": note(["type: contact", "contacted: 2026-11-10", "replied: 2026-11-11"]),
		"Contacts/Ada.md": note(["type: contact", "status: paused"]),
		"Contacts/Broken.md": note(["type: contact", "contacted: next tuesday"]),
		"Interviews/2026-11-20 Jordan Lee.md": note(["type: interview", 'contact: "[[Jordan Lee]]"', "date: 2026-11-20T15:00", 'referrals: ["[[Priya Raman]]"]']),
		"Interviews/2026-11-26 Sam Ng.md": note(["type: interview", 'contact: "[[Sam Ng]]"', "date: 2026-11-26T10:00"]),
	});
}

const savedTz = process.env.TZ;
afterEach(() => {
	if (savedTz === undefined) delete process.env.TZ;
	else process.env.TZ = savedTz;
});

describe("queue", () => {
	it("prints the groups of the view, each with when, what, who and the note", async () => {
		const result = await queue(smallVault(), ...CLOCK);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe(
			[
				"Follow-up queue at Tuesday 24 November 2026, 12:00 (Europe/Berlin): 6 items",
				"",
				"Overdue (4)",
				"When                Due                                 What                                   Who                            Note",
				"------------------  ----------------------------------  -------------------------------------  -----------------------------  -----------------------------------",
				"overdue by 4 days   Friday 20 November 2026, all day    Debrief the interview with Jordan Lee  Jordan Lee · Northwind Health  Interviews/2026-11-20 Jordan Lee.md",
				"overdue by 2 days   Saturday 21 November 2026 at 15:30  Send a thank-you note to Jordan Lee    Jordan Lee · Northwind Health  Interviews/2026-11-20 Jordan Lee.md",
				"overdue by 1 day    Sunday 22 November 2026 at 15:30    Reach out to Priya Raman               Priya Raman                    Contacts/Priya Raman.md",
				"overdue by 2 hours  Tuesday 24 November 2026 at 10:00   Prepare for the interview with Sam Ng  Sam Ng                         Interviews/2026-11-26 Sam Ng.md",
				"",
				"Next 7 days (1)",
				"When      Due                                  What                               Who     Note",
				"--------  -----------------------------------  ---------------------------------  ------  -------------------------------",
				// Due as the day begins: the day says it, with no 00:00 that nobody set.
				"tomorrow  Wednesday 25 November 2026 at 00:00  Confirm the interview with Sam Ng  Sam Ng  Interviews/2026-11-26 Sam Ng.md",
				"",
				"Anytime (1)",
				"When     Due  What                 Who     Note",
				"-------  ---  -------------------  ------  ------------------",
				// An unreadable `contacted` counts as never contacted, and the problem is reported.
				"anytime  —    Reach out to Broken  Broken  Contacts/Broken.md",
				"",
				"1 problem in the notes may change what is listed: see `check`.",
				"",
			].join("\n"),
		);
	});

	it("prints exactly the JSON shape of DESIGN.md, the items in queue order", async () => {
		const result = await queue(smallVault(), ...CLOCK, "--json");
		const parsed = JSON.parse(result.stdout) as { now: string; items: Record<string, unknown>[]; problems: unknown[] };
		expect(Object.keys(parsed)).toEqual(["now", "items", "problems"]);
		expect(parsed.now).toBe("2026-11-24T12:00:00+01:00");
		for (const item of parsed.items) expect(Object.keys(item)).toEqual(["id", "kind", "due", "overdue", "path", "contact", "title"]);
		const item = (kind: string, path: string, due: string | null, overdue: boolean, contact: string, title: string): Record<string, unknown> => ({ id: `${kind}:${path}`, kind, due, overdue, path, contact, title });
		const jordanTalk = "Interviews/2026-11-20 Jordan Lee.md";
		const samTalk = "Interviews/2026-11-26 Sam Ng.md";
		expect(parsed.items).toEqual([
			// A whole-day deadline is the last millisecond of its day.
			item("debrief", jordanTalk, "2026-11-20T23:59:59.999+01:00", true, "Contacts/Jordan Lee.md", "Debrief the interview with Jordan Lee"),
			item("thank_you", jordanTalk, "2026-11-21T15:30:00+01:00", true, "Contacts/Jordan Lee.md", "Send a thank-you note to Jordan Lee"),
			item("reach_out", "Contacts/Priya Raman.md", "2026-11-22T15:30:00+01:00", true, "Contacts/Priya Raman.md", "Reach out to Priya Raman"),
			item("prepare", samTalk, "2026-11-24T10:00:00+01:00", true, "Contacts/Sam Ng.md", "Prepare for the interview with Sam Ng"),
			item("confirm", samTalk, "2026-11-25T00:00:00+01:00", false, "Contacts/Sam Ng.md", "Confirm the interview with Sam Ng"),
			item("reach_out", "Contacts/Broken.md", null, false, "Contacts/Broken.md", "Reach out to Broken"),
		]);
		expect(parsed.problems).toEqual([{ path: "Contacts/Broken.md", field: "contacted", message: expect.stringContaining("next tuesday") as unknown }]);
	});

	it("gives the same output for the same --now and --zone whatever the machine's zone", async () => {
		const root = smallVault();
		const outputs: string[] = [];
		const offsets = new Set<number>();
		for (const tz of ["Pacific/Auckland", "UTC", "America/New_York"]) {
			process.env.TZ = tz;
			offsets.add(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset());
			outputs.push((await queue(root, ...CLOCK, "--json")).stdout + (await queue(root, ...CLOCK)).stdout);
		}
		// The zone change took effect in this process, so the comparison means something.
		expect(offsets.size).toBe(3);
		expect(new Set(outputs).size).toBe(1);
	});

	it("gives the same output byte for byte whether the machine's clock says January or July", async () => {
		// Due times in New York's repeated hour: a planned follow-up at 01:30 on 1 November, and
		// the preparation two days, at the same time of day, before an interview on 3 November.
		const root = writeVault({
			"Contacts/Jordan Lee.md": note(["type: contact", "contacted: 2026-10-01", "replied: 2026-10-02", "next_follow_up: 2026-11-01T01:30"]),
			"Interviews/Talk.md": note(["type: interview", 'contact: "[[Jordan Lee]]"', "date: 2026-11-03T01:30"]),
		});
		const flags = ["--now", "2026-11-01T01:30", "--zone", "America/New_York"];
		const outputs: string[] = [];
		for (const clock of ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"]) {
			vi.useFakeTimers({ toFake: ["Date"] });
			vi.setSystemTime(new Date(clock));
			outputs.push((await queue(root, ...flags, "--json")).stdout + (await queue(root, ...flags)).stdout);
			vi.useRealTimers();
		}
		expect(outputs[0]).toBe(outputs[1]);
		// The repeated hour reads as its first occurrence, in daylight saving time.
		const parsed = JSON.parse((await queue(root, ...flags, "--json")).stdout) as { now: string; items: { id: string; due: string }[] };
		expect(parsed.now).toBe("2026-11-01T01:30:00-04:00");
		expect(parsed.items.map((i) => [i.id, i.due])).toEqual([
			["prepare:Interviews/Talk.md", "2026-11-01T01:30:00-04:00"],
			["follow_up:Contacts/Jordan Lee.md", "2026-11-01T01:30:00-04:00"],
			["confirm:Interviews/Talk.md", "2026-11-02T00:00:00-05:00"],
		]);
	});

	it("falls back to UTC with a warning when the system zone is unusable, instead of an empty queue", async () => {
		const root = smallVault();
		for (const tz of ["", "Foo/Bar"]) {
			process.env.TZ = tz;
			const result = await queue(root, "--now", "2026-11-24T12:00", "--json");
			expect(result.code).toBe(0);
			expect(result.stderr).toMatch(/^warning: the system time zone \((Etc\/Unknown|none)\) is not usable; using UTC\n$/);
			const parsed = JSON.parse(result.stdout) as { now: string; items: unknown[] };
			expect(parsed.now).toBe("2026-11-24T12:00:00Z");
			expect(parsed.items.length).toBe(6);
		}
	});

	it("lists the same items, in the same order, with the same due times as the plugin's live queue", async () => {
		const root = smallVault();
		const vault = await loadVault(root, { zone: "Europe/Berlin" });
		const now = DateTime.fromISO("2026-11-24T12:00", { zone: "Europe/Berlin" });
		const live = liveQueue(vault.index, vault.settings, vault.zone).items(now);
		const printed = JSON.parse((await queue(root, ...CLOCK, "--json")).stdout) as { items: { id: string; due: string | null }[] };
		expect(printed.items.map((i) => [i.id, i.due === null ? null : DateTime.fromISO(i.due).toMillis()])).toEqual(live.map((i) => [i.id, i.dueMs]));
	});

	it.skipIf(!hasExampleVault)("agrees with the live queue on the example vault, and reads nothing but notes", async () => {
		const before = snapshot("example-vault");
		const vault = await loadVault("example-vault", { zone: "Europe/Berlin" });
		const now = DateTime.fromISO("2026-11-23T12:00", { zone: "Europe/Berlin" });
		const live = liveQueue(vault.index, vault.settings, vault.zone).items(now);
		const printed = JSON.parse((await queue("example-vault", "--now", "2026-11-23T12:00", "--zone", "Europe/Berlin", "--json")).stdout) as { items: { id: string; due: string | null; overdue: boolean }[] };
		expect(printed.items.map((i) => i.id)).toEqual(live.map((i) => i.id));
		expect(printed.items.filter((i) => i.overdue).map((i) => i.id)).toEqual(["outreach:Contacts/Ingrid Solberg.md", "debrief:Interviews/2026-11-22 Kwame Asante.md"]);
		expect(snapshot("example-vault")).toEqual(before);
	});

	it("says so when there is nothing to follow up", async () => {
		const result = await queue(writeVault({ "Notes/Plain.md": "# Nothing\n" }), ...CLOCK);
		expect(result.stdout).toBe("Follow-up queue at Tuesday 24 November 2026, 12:00 (Europe/Berlin): 0 items\n\nNothing to follow up.\n");
	});
});
