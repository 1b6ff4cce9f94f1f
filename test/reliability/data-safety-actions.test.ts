import fc from "fast-check";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { actionWrite, FOLLOW_UP_ACTIONS, snoozeWrite, type FrontmatterWrite } from "../../src/domain/follow-ups/follow-up-actions";
import { undoWrite, writeFrontmatter } from "../../src/obsidian/frontmatter-writes";
import { App, Notice } from "../obsidian-fake";
import { body, noteText, pick, split, unknownProperties } from "./safety-notes";

/*
 * The queue's actions write one fact through processFrontMatter (src/obsidian/frontmatter-writes.ts).
 * Whatever the note holds, the body stays byte for byte, every other property stays with
 * its value and place, an undo puts back what was there, an edit made between the read
 * and the write survives, and a note whose properties are not YAML is left alone with a notice.
 */

const PATH = "Notes/Subject.md";
const ZONE = "America/New_York";
const NOW = DateTime.fromISO("2026-11-23T09:05:42", { zone: ZONE });
/** What the properties the actions write may already hold. */
const FACT_KEYS = ["contacted", "replied", "last_contact", "next_follow_up", "prepared", "confirmed", "thank_you_sent", "debriefed", "snooze_until"];

afterEach(() => {
	vi.restoreAllMocks();
	Notice.clear();
});

const factValue = fc.constantFrom<unknown>("2026-11-20", "2026-11-20T10:00", "", null, "someday", true, false, ["2026-11-20"]);

/** A contact's or interview's properties: the facts in any state, and unknown properties. */
const properties = fc
	.tuple(fc.constantFrom("contact", "interview"), fc.dictionary(fc.constantFrom(...FACT_KEYS), factValue, { maxKeys: 4 }), unknownProperties)
	.map(([type, facts, unknown]) => {
		const props: Record<string, unknown> = { type };
		for (const [key, value] of Object.entries(unknown)) if (key !== "type" && !FACT_KEYS.includes(key)) props[key] = value;
		return { ...props, ...facts };
	});

/** Any action of the queue on the note, or a snooze. */
const write: fc.Arbitrary<FrontmatterWrite> = fc.oneof(
	fc.constantFrom(...FOLLOW_UP_ACTIONS).map((action) => actionWrite(action, PATH, NOW, ZONE)),
	fc.integer({ min: 1, max: 30 }).map((days) => snoozeWrite(PATH, NOW.plus({ days }).startOf("day"))),
);

function touched(w: FrontmatterWrite): Set<string> {
	return new Set([...Object.keys(w.set), ...w.remove]);
}

function appWith(text: string): App {
	return new App({ files: { [PATH]: text } });
}

function textOf(app: App): string {
	return app.vault.contentOf(PATH) ?? "";
}

/** The write's own keys: removed, or set (a date already written stays when the write says so). */
function expectWritten(after: Record<string, unknown>, before: Record<string, unknown>, w: FrontmatterWrite): void {
	for (const key of w.remove) expect(after, key).not.toHaveProperty(key);
	for (const [key, value] of Object.entries(w.set)) {
		const kept = w.keepExistingDate.includes(key) && typeof before[key] === "string" && /^\d{4}-\d{2}-\d{2}/.test(before[key]);
		expect(after[key], key).toEqual(kept ? before[key] : value);
	}
}

/** Everything but the write's keys, in the same order with the same values. */
function expectRestKept(after: Record<string, unknown>, before: Record<string, unknown>, w: FrontmatterWrite): void {
	const rest = Object.keys(before).filter((key) => !touched(w).has(key));
	expect(Object.keys(after).filter((key) => !touched(w).has(key))).toEqual(rest);
	expect(pick(after, rest)).toEqual(pick(before, rest));
}

describe("queue actions on a note", () => {
	it("change only what they name, keep the body byte for byte, and undo exactly", async () => {
		await fc.assert(
			fc.asyncProperty(properties, body, write, async (props, text, w) => {
				const original = noteText(props, text);
				const app = appWith(original);
				const before = split(original);
				const result = await writeFrontmatter(app.asObsidian(), w);
				expect(result.status).not.toBe("failed");
				if (result.status === "unchanged") {
					// Pressing a button for a fact the note already has leaves the file alone.
					expect(textOf(app)).toBe(original);
					return;
				}
				const after = split(textOf(app));
				expect(after.body).toBe(before.body);
				expectWritten(after.properties, before.properties, w);
				expectRestKept(after.properties, before.properties, w);
				if (result.status !== "written") return;
				await undoWrite(app.asObsidian(), result.undo);
				const undone = split(textOf(app));
				expect(undone.properties).toEqual(before.properties);
				expect(undone.body).toBe(before.body);
			}),
			{ numRuns: 300 },
		);
	});

	it("lose neither edit when the note changes between reading it and writing it", async () => {
		const concurrent = fc.record({ append: fc.string({ maxLength: 20 }), key: fc.constantFrom("location", "Custom Key", "rating"), value: fc.string({ maxLength: 10 }), sameFact: fc.boolean() });
		await fc.assert(
			fc.asyncProperty(properties, body, write, concurrent, async (props, text, w, edit) => {
				const app = appWith(noteText(props, text));
				const fileManager = app.fileManager;
				const process = fileManager.processFrontMatter.bind(fileManager);
				// The date a concurrent edit records for a fact the write would record too.
				const factKey = w.keepExistingDate[0];
				const spy = vi.spyOn(fileManager, "processFrontMatter").mockImplementationOnce(async (file, fn, options) => {
					// Someone else's edit lands after the plugin read the note and before it writes.
					await app.vault.process(file, (current) => {
						const { properties: now, body: rest } = split(current);
						now[edit.key] = edit.value;
						if (edit.sameFact && factKey !== undefined) now[factKey] = "2026-11-20";
						return noteText(now, `${rest}${edit.append}`);
					});
					return process(file, fn, options);
				});
				const before = split(noteText(props, text));
				await writeFrontmatter(app.asObsidian(), w);
				// A fact the note already had is not written at all, so nothing could come between.
				if (spy.mock.calls.length === 0) return;
				const after = split(textOf(app));
				expect(after.body).toBe(`${before.body}${edit.append}`);
				expect(after.properties[edit.key]).toBe(edit.value);
				if (edit.sameFact && factKey !== undefined) expect(after.properties[factKey]).toBe("2026-11-20");
				else expectWritten(after.properties, { ...before.properties, [edit.key]: edit.value }, w);
			}),
			{ numRuns: 200 },
		);
	});

	it("leave a note whose properties are not YAML untouched, and say so", async () => {
		const broken = fc.constantFrom("type: contact\nname: [unclosed", "type: interview\n\tbad: indent", "a: 1\na: 2", "- just\n- a list", "key: 'open");
		await fc.assert(
			fc.asyncProperty(broken, body, write, async (yaml, text, w) => {
				const original = `---\n${yaml}\n---\n${text}`;
				const app = appWith(original);
				Notice.clear();
				vi.spyOn(console, "error").mockImplementation(() => undefined);
				const result = await writeFrontmatter(app.asObsidian(), w);
				expect(textOf(app)).toBe(original);
				expect(result.status).toBe("failed");
				expect(Notice.messages().join("\n")).toContain('Could not update "Subject"');
			}),
			{ numRuns: 60 },
		);
	});

	it("leave the note as the other edit left it when that edit broke the YAML", async () => {
		const app = appWith(noteText({ type: "interview", contact: "[[Ana]]" }, "Body\n"));
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		const process = app.fileManager.processFrontMatter.bind(app.fileManager);
		const brokenByOthers = "---\ntype: interview\ncontact: [[[Ana]]\n---\nBody, edited elsewhere\n";
		vi.spyOn(app.fileManager, "processFrontMatter").mockImplementationOnce(async (file, fn, options) => {
			await app.vault.modify(file, brokenByOthers);
			return process(file, fn, options);
		});
		const result = await writeFrontmatter(app.asObsidian(), actionWrite("mark_prepared", PATH, NOW, ZONE));
		expect(result.status).toBe("failed");
		expect(textOf(app)).toBe(brokenByOthers);
		expect(Notice.messages()).toHaveLength(1);
	});
});
