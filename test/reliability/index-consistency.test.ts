// @vitest-environment happy-dom
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { unloadPlugin } from "../obsidian-fake";
import { initialFiles, pictureOf, Session, step, type Step } from "./plugin-session";

beforeEach(() => {
	// The index batches with a window timer; the session decides when it fires ("tick").
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

/** Compares the live plugin (index, kept queue, graph) with the plugin started afresh over the same files. */
async function expectSameAsFreshStart(session: Session): Promise<void> {
	await session.catchUp();
	const live = pictureOf(session.plugin, session.queue);
	const fresh = await Session.start(session.files(), false);
	try {
		await fresh.catchUp();
		const rebuilt = pictureOf(fresh.plugin, null);
		expect(live.index).toBe(rebuilt.index);
		expect(live.queues).toEqual(rebuilt.queues);
		expect(live.graph).toBe(rebuilt.graph);
	} finally {
		unloadPlugin(fresh.plugin);
	}
}

let stepsRun = 0;

describe("the plugin's incremental index, queue and graph", () => {
	it("equal a fresh start after any stream of creates, edits, renames and deletes", async () => {
		await fc.assert(
			fc.asyncProperty(initialFiles, fc.boolean(), fc.array(step, { minLength: 60, maxLength: 150 }), async (files, deferred, steps: Step[]) => {
				const session = await Session.start(files, deferred);
				try {
					for (const s of steps) {
						await session.apply(s, () => vi.advanceTimersByTime(250));
						if (s.op === "check") await expectSameAsFreshStart(session);
					}
					await expectSameAsFreshStart(session);
					stepsRun += steps.length;
				} finally {
					unloadPlugin(session.plugin);
				}
			}),
			{ numRuns: 35 },
		);
		// The issue asks for thousands of steps in all.
		expect(stepsRun).toBeGreaterThan(2000);
	});
});
