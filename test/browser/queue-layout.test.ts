import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { faultsOf } from "./faults";
import { freezeClock, resetAll, startPlugin } from "./fixture";
import { FRAMES, frameName } from "./page";
import { openQueue, rows } from "./queue-driver";

beforeEach(() => freezeClock());
afterEach(() => resetAll());

describe("the follow-up queue over example-vault", () => {
	it.each(FRAMES.map((frame) => [frameName(frame), frame] as const))("fits, keeps its text whole and readable (%s)", async (_name, frame) => {
		const { app } = await startPlugin();
		const view = await openQueue(app, frame);
		expect(rows(view).length).toBeGreaterThan(5);
		expect(view.contentEl.querySelector(".ii-queue-summary")?.textContent).toMatch(/overdue/);
		expect(faultsOf(view.containerEl)).toEqual([]);
	});
});
