import { describe, expect, it } from "vitest";
import { progressReporter } from "../../src/cli/progress";
import { run } from "../../src/cli/run";
import { captureIO, note, writeVault } from "./vault-builder";

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
	let time = 0;
	return { now: () => time, advance: (ms) => void (time += ms) };
}

describe("progressReporter", () => {
	it("says nothing for the first second, then one line a second, building the text only then", () => {
		const clock = manualClock();
		const lines: string[] = [];
		let built = 0;
		const report = progressReporter({ write: (text) => lines.push(text), clock: clock.now });
		const message = (): string => `step ${++built}`;
		report(message);
		clock.advance(999);
		report(message);
		expect(lines).toEqual([]);
		clock.advance(1);
		report(message);
		clock.advance(500);
		report(message);
		clock.advance(500);
		report(message);
		expect(lines).toEqual(["step 1\n", "step 2\n"]);
		expect(built).toBe(2);
	});
});

describe("run with progress", () => {
	it("reports on stderr while a slow read goes on, and prints the output as usual", async () => {
		const root = writeVault({ "A.md": note(["type: contact"]), "B.md": note(["type: contact"]) });
		const clock = manualClock();
		const capture = captureIO();
		// Every look at the clock finds another second gone: a very slow disk.
		const progress = progressReporter({ write: (text) => capture.io.stderr(text), clock: () => (clock.advance(1000), clock.now()) });
		const code = await run(["check", root], { ...capture.io, progress });
		expect(code).toBe(0);
		expect(capture.stderr()).toContain(`reading ${root}: 1 of 2 notes…\n`);
		expect(capture.stdout()).toBe("2 contacts, 0 interviews, 0 problems\n");
	});
});
