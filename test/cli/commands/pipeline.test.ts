import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildQueue } from "../../../src/domain/follow-ups/queue";
import { pipelinePeople } from "../../../src/domain/pipeline/pipeline";
import { loadVault } from "../../../src/cli/load-vault";
import { run } from "../../../src/cli/run";
import { hasExampleVault } from "../../integration/fixture";
import { captureIO, note, snapshot, writeVault } from "../vault-builder";

const CLOCK = ["--now", "2026-11-24T12:00", "--zone", "Europe/Berlin"];

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const capture = captureIO();
	const code = await run(args, capture.io);
	return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

interface PipelineOut {
	stages: { stage: string; people: { path: string; name: string; since: string | null; next: { id: string; kind: string; due: string | null } | null }[] }[];
}

function smallVault(): string {
	return writeVault({
		"Contacts/Jordan Lee.md": note(["type: contact", "contacted: 2026-11-02", "outreach_method: email", "field: Nursing", "organization: Northwind Health"]),
		"Contacts/Sam Ng.md": note(["type: contact", "contacted: 2026-11-10", "replied: 2026-11-11", "field: Nursing"]),
		"Contacts/Ada.md": note(["type: contact", "status: paused"]),
		"Interviews/2026-11-20 Sam Ng.md": note(["type: interview", 'contact: "[[Sam Ng]]"', "date: 2026-11-20T15:00"], "## Debrief\n\nShifts rotate every month.\n\n## Other\n"),
	});
}

describe("pipeline", () => {
	it("prints every stage in order with its people, since and next follow-up as JSON", async () => {
		const { code, stdout } = await cli("pipeline", smallVault(), ...CLOCK, "--json");
		expect(code).toBe(0);
		const out = JSON.parse(stdout) as PipelineOut;
		expect(out.stages.map((s) => s.stage)).toEqual(["not contacted", "contacted", "replied", "scheduled", "interviewed", "thanked", "staying in touch", "paused", "closed"]);
		const contacted = out.stages[1]?.people[0];
		expect(contacted).toEqual({
			path: "Contacts/Jordan Lee.md",
			name: "Jordan Lee",
			since: "2026-11-02T00:00:00+01:00",
			next: { id: "outreach:Contacts/Jordan Lee.md", kind: "outreach", due: "2026-11-09T23:59:59.999+01:00", path: "Contacts/Jordan Lee.md", contact: "Contacts/Jordan Lee.md", title: expect.stringContaining("Jordan Lee") as string },
		});
		expect(out.stages[4]?.people.map((p) => [p.name, p.since])).toEqual([["Sam Ng", "2026-11-20T15:00:00+01:00"]]);
		expect(out.stages[7]?.people.map((p) => p.name)).toEqual(["Ada"]);
	});

	it("prints the columns as text with counts", async () => {
		const { code, stdout } = await cli("pipeline", smallVault(), ...CLOCK);
		expect(code).toBe(0);
		expect(stdout).toContain("Contacted (1)");
		expect(stdout).toContain("Thanked (0)");
		expect(stdout).toMatch(/Jordan Lee\s+2026-11-02\s+No reply from Jordan Lee/);
	});

	it.skipIf(!hasExampleVault)("agrees with the board's own computation on the example vault, and writes nothing", async () => {
		const before = snapshot("example-vault");
		const vault = await loadVault("example-vault", { zone: "Europe/Berlin" });
		const now = DateTime.fromISO("2026-11-23T12:00", { zone: "Europe/Berlin" });
		const people = pipelinePeople(vault.index, now, buildQueue(vault.index, now, vault.settings, vault.zone));
		const out = JSON.parse((await cli("pipeline", "example-vault", "--now", "2026-11-23T12:00", "--zone", "Europe/Berlin", "--json")).stdout) as PipelineOut;
		const printed = out.stages.flatMap((s) => s.people.map((p) => p.path)).sort();
		expect(printed).toEqual(people.map((p) => p.path).sort());
		expect(printed).toHaveLength(vault.index.contacts().length);
		expect(snapshot("example-vault")).toEqual(before);
	});
});

describe("fields", () => {
	it("prints each field with its people, organizations and each interview's takeaways", async () => {
		const { code, stdout } = await cli("fields", smallVault(), ...CLOCK);
		expect(code).toBe(0);
		expect(stdout).toContain("Nursing — 1 interview (fewer than 3 is too few to judge a field)");
		expect(stdout).toContain("Shifts rotate every month.");
		expect(stdout).not.toContain("## Other");
	});

	it("prints the same as JSON", async () => {
		const out = JSON.parse((await cli("fields", smallVault(), ...CLOCK, "--json")).stdout) as { fields: { field: string; too_few: boolean; interviews: { takeaways: string | null }[] }[] };
		expect(out.fields).toEqual([expect.objectContaining({ field: "Nursing", too_few: true, interviews: [expect.objectContaining({ takeaways: "Shifts rotate every month." })] })]);
	});
});
