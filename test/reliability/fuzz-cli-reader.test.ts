import { existsSync } from "node:fs";
import fc from "fast-check";
import matter from "gray-matter";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { loadVault, vaultProblems } from "../../src/cli/load-vault";
import { run } from "../../src/cli/run";
import { readVault } from "../../src/cli/vault-reader";
import { buildQueue } from "../../src/domain/follow-ups/queue";
import { buildReferralGraph } from "../../src/domain/referrals/referral-graph";
import { referralsJson } from "../../src/domain/referrals/referral-json";
import { captureIO, snapshot, writeVault } from "../cli/vault-builder";
import { NOTE_NAMES, PAYLOAD_GLOBAL, PAYLOADS, rawNote, type RawNote } from "./raw-notes";

const NOW = "2026-11-24T12:00";

function payloadRan(): unknown {
	return Reflect.get(globalThis, PAYLOAD_GLOBAL);
}

afterEach(() => {
	Reflect.deleteProperty(globalThis, PAYLOAD_GLOBAL);
});

/** Some of the awkward note names, each with a random text. */
const rawVault: fc.Arbitrary<[string, RawNote][]> = fc
	.shuffledSubarray(NOTE_NAMES, { minLength: 1, maxLength: 4 })
	.chain((names) => fc.tuple(...names.map((name) => rawNote.map((note) => [name, note] as [string, RawNote]))));

describe("random note texts through the command line's reader", () => {
	it("never crash, never run a JavaScript block, and account for every note", async () => {
		await fc.assert(
			fc.asyncProperty(rawVault, async (notes) => {
				const root = writeVault(Object.fromEntries(notes.map(([name, note]) => [name, note.text])));
				const before = snapshot(root);

				const contents = await readVault(root);
				expect(payloadRan()).toBeUndefined();
				expect(contents.files.sort()).toEqual(notes.map(([name]) => name).sort());
				const read = contents.notes.map((n) => n.path);
				const refused = contents.problems.map((p) => p.path);
				// Each note is either read or reported, never both, never neither.
				expect([...read, ...refused].sort()).toEqual(notes.map(([name]) => name).sort());
				for (const problem of contents.problems) {
					expect(problem.field).toBe("frontmatter");
					expect(problem.message.length).toBeLessThan(400);
				}
				for (const [name, note] of notes) {
					if (!note.javascript) continue;
					const problem = contents.problems.find((p) => p.path === name);
					expect(problem?.message, name).toBe("front matter in JavaScript is not read, for safety; use YAML");
				}

				const vault = await loadVault(root, { zone: "Europe/Berlin" });
				const now = DateTime.fromISO(NOW, { zone: vault.zone });
				for (const problem of vaultProblems(vault)) expect(notes.map(([name]) => name)).toContain(problem.path);
				buildQueue(vault.index, now, vault.settings, vault.zone);
				referralsJson(buildReferralGraph(vault.index.records()), now);

				for (const command of ["check", "list", "referrals"]) {
					const out = captureIO();
					expect(await run([command, root, "--json", "--now", NOW, "--zone", "Europe/Berlin"], out.io), out.stderr()).toBe(0);
					expect(() => JSON.parse(out.stdout()) as unknown).not.toThrow();
				}

				expect(payloadRan()).toBeUndefined();
				expect(Reflect.get({}, "polluted")).toBeUndefined();
				expect(existsSync("pwned.md")).toBe(false);
				expect(snapshot(root)).toEqual(before);
			}),
			{ numRuns: 100 },
		);
	});

	it("would see a payload that ran: gray-matter's own engines do run it", () => {
		// The control for the test above: without the reader's safe engines the payload is live.
		matter(`---js\n${PAYLOADS[0]}\n---\n`);
		expect(payloadRan()).toBe("object");
	});
});
