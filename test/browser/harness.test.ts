import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { exampleVaultFiles, PLUGIN_DATA_PATH, storyNoon } from "./example-vault";
import { freezeClock, resetAll } from "./fixture";

afterEach(() => resetAll());

describe("the browser fixture", () => {
	it("has every note of the example vault, accented names and folders with spaces included, and the plugin's settings", () => {
		const files = exampleVaultFiles();
		expect(Object.keys(files)).toEqual(expect.arrayContaining(["Start here.md", "Contacts/Tomás Herrera.md", "Templates/Informational interviews/Holiday check-in.md", "Interviews/2026-10-20 Tomás Herrera.md", "Informational interviews.base", PLUGIN_DATA_PATH]));
		expect(files["Contacts/Tomás Herrera.md"]).toMatch(/^---\n/);
		expect(Object.keys(files).some((path) => path.startsWith(".obsidian/") && path !== PLUGIN_DATA_PATH)).toBe(false);
		expect(storyNoon().getHours()).toBe(12);
	});

	it("freezes the clock that luxon reads, and only the clock", async () => {
		// A day far from the machine's, so that a clock that did not freeze shows.
		freezeClock(new Date("2031-02-03T12:00:00"));
		expect(DateTime.now().toISODate()).toBe("2031-02-03");
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(DateTime.now().toISODate()).toBe("2031-02-03");
	});
});
