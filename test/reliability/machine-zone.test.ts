import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probe, type ProbeResult } from "./queue-probe";

/*
 * "The same now gives the same items whatever the machine's own zone": the queue probe
 * runs in this process and, bundled with esbuild, in Node processes started with other
 * TZ values (a whole vitest run per zone would cost seconds each). Every queue must match.
 */

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
/** Machine zones far from each other and from UTC, one with a half-hour offset, by their offset on 1 January. */
const MACHINE_ZONES: Record<string, number> = { "Pacific/Auckland": 13 * 60, "America/Los_Angeles": -8 * 60, "Asia/Kolkata": 5 * 60 + 30 };

let folder = "";
let script = "";

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), "ii-zone-probe-"));
	script = join(folder, "probe.cjs");
	await build({
		stdin: { contents: 'import { probe } from "./queue-probe";\nprocess.stdout.write(JSON.stringify(probe()));\n', resolveDir: here, loader: "ts" },
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile: script,
		logLevel: "silent",
	});
});

afterAll(() => {
	if (folder !== "") rmSync(folder, { recursive: true, force: true });
});

async function probeIn(zone: string): Promise<ProbeResult> {
	const { stdout } = await run(process.execPath, [script], { env: { ...process.env, TZ: zone }, maxBuffer: 16 * 1024 * 1024 });
	return JSON.parse(stdout) as ProbeResult;
}

describe("the machine's own time zone", () => {
	it("changes nothing in the queue: the same now gives the same items and due times", async () => {
		const here = probe();
		const zones = Object.keys(MACHINE_ZONES);
		const children = await Promise.all(zones.map(probeIn));
		children.forEach((child, i) => {
			const zone = zones[i] ?? "";
			// The child really ran in that zone; otherwise the comparison below would prove nothing.
			expect(child.systemOffset, zone).toBe(MACHINE_ZONES[zone]);
			expect(child.queues, zone).toEqual(here.queues);
		});
		expect(Object.keys(here.queues).length).toBeGreaterThan(50);
		expect(Object.values(here.queues).some((lines) => lines.length > 0)).toBe(true);
	});

	it("gives the same queue from the properties and from the note files, kept or built afresh", () => {
		const { queues } = probe();
		for (const [key, lines] of Object.entries(queues)) {
			const [zone, , local] = key.split(" ");
			expect(queues[`${zone} texts ${local} built`], key).toEqual(lines);
		}
	});
});
