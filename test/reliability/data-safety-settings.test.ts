// @vitest-environment happy-dom
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { migrateSettings } from "../../src/domain/settings";
import { Modal } from "../obsidian-fake";
import { typeInto } from "../obsidian/form-driver";
import { vaultWith } from "../obsidian/template-fixture";
import { smallVault } from "../integration/fixture";

/*
 * Saving settings is the plugin's other write: it must touch nothing but its data.json,
 * and what it writes must read back as the very settings in memory, whatever was typed.
 */

const ID = "informational-interviews";
const DATA = `.obsidian/plugins/${ID}/data.json`;
const FIELDS = [
	"Contacts folder",
	"Interviews folder",
	"Templates folder",
	"Note type property",
	"Your name",
	"Your email",
	"Time zone",
	"Default interview length (minutes)",
	"Wait for a reply (days)",
	"Keep in touch every (days)",
	"Send the thank-you within (hours)",
];

afterEach(() => {
	Modal.closeAll();
});

const typed = fc.oneof(
	fc.string({ unit: "binary", maxLength: 30 }),
	fc.constantFrom("", " ", "0", "-1", "1e400", "NaN", "3.5", "Europe/Berlin", "Mars/Olympus", "../../x", '"quoted"\n', "\u0000", "🙂", "__proto__", "constructor"),
);

describe("saving settings", () => {
	it("writes only data.json, which reads back as the settings in memory", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...FIELDS), typed), { minLength: 1, maxLength: 8 }), async (edits) => {
				const notes = smallVault();
				const fixture = await vaultWith(notes);
				const { app, plugin } = fixture;
				const tab = app.setting.openTabById(ID);
				for (const [field, value] of edits) {
					typeInto(tab.containerEl, field, value);
					await app.settle();
				}
				for (const [path, text] of Object.entries(notes)) expect(app.vault.contentOf(path), path).toBe(text);
				expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(Object.keys(notes).sort());
				if (!(await app.vault.adapter.exists(DATA))) return;
				const saved: unknown = JSON.parse(await app.vault.adapter.read(DATA));
				expect(migrateSettings(saved)).toEqual(plugin.settings);
				expect(Object.getPrototypeOf(plugin.settings)).toBe(Object.prototype);
			}),
			{ numRuns: 40 },
		);
	});
});
