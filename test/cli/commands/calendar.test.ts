import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/run";
import { readCalendar } from "../../builders/ics";
import { captureIO, note, snapshot, tempFolder, writeVault } from "../vault-builder";

const CLOCK = ["--now", "2026-11-24T12:00", "--zone", "Europe/Berlin"];

async function calendar(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(["calendar", ...args], capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

function smallVault(): string {
	return writeVault({
		"Contacts/Jordan Lee.md": note(["type: contact", "organization: Northwind Health", "contacted: 2026-11-02"]),
		"Contacts/Sam Ng.md": note(["type: contact", "contacted: 2026-11-10", "replied: 2026-11-11"]),
		"Interviews/2026-11-20 Jordan Lee.md": note(["type: interview", 'contact: "[[Jordan Lee]]"', "date: 2026-11-20T15:00", "location: Café Luna, Main St"]),
		"Interviews/2026-11-26 Sam Ng.md": note(["type: interview", 'contact: "[[Sam Ng]]"', "date: 2026-11-26T10:00", "confirmed: 2026-11-24"]),
	});
}

describe("calendar", () => {
	it("prints the .ics: the interviews in the vault's zone, the thank-you due, links back to the notes", async () => {
		const root = smallVault();
		const before = snapshot(root);
		const result = await calendar(root, ...CLOCK);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		const { events } = readCalendar(result.stdout);
		expect(events.map((event) => [event.summary, event.status, new Date(event.startMs ?? 0).toISOString()])).toEqual([
			["Informational interview with Jordan Lee (Northwind Health)", "TENTATIVE", "2026-11-20T14:00:00.000Z"],
			["Send a thank-you note to Jordan Lee", null, "2026-11-21T14:30:00.000Z"],
			["Informational interview with Sam Ng", "CONFIRMED", "2026-11-26T09:00:00.000Z"],
		]);
		expect(events[0]?.location).toBe("Café Luna, Main St");
		expect(events[2]?.url).toBe(`obsidian://open?vault=${encodeURIComponent(basename(root))}&file=Interviews%2F2026-11-26%20Sam%20Ng.md`);
		expect(result.stdout).toContain("DTSTART;TZID=Europe/Berlin:20261126T100000\r\n");
		// Reading never writes.
		expect(snapshot(root)).toEqual(before);
	});

	it("writes the same text to --out, and prints nothing", async () => {
		const root = smallVault();
		const printed = await calendar(root, ...CLOCK);
		const out = join(tempFolder("ii-out-"), "interviews.ics");
		const written = await calendar(root, ...CLOCK, "--out", out);
		expect(written).toEqual({ code: 0, stdout: "", stderr: "" });
		expect(readFileSync(out, "utf8")).toBe(printed.stdout);
	});

	it("says why when --out cannot be written, and refuses --out on other commands", async () => {
		const root = smallVault();
		const out = join(root, "no such folder", "x.ics");
		const result = await calendar(root, ...CLOCK, "--out", out);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(`informational-interviews: cannot write ${out} (ENOENT)\n`);
		expect(existsSync(out)).toBe(false);
		const capture = captureIO();
		expect(await run(["list", root, "--out", "x.ics"], capture.io)).toBe(2);
		expect(capture.stderr()).toBe("informational-interviews: list does not take --out\n");
	});
});
