// @vitest-environment happy-dom
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isBlank } from "../../src/domain/templates/frontmatter-merge";
import { runSafely } from "../../src/ui/safely";
import { draftThankYou as draftThankYouEmail } from "../../src/ui/thank-you-draft";
import { chooseSuggestion, Modal, Notice, typeQuery, type SuggestModal } from "../obsidian-fake";
import { openInEditor, vaultWith, type Fixture } from "../obsidian/template-fixture";
import { body, noteText, pick, split, unknownProperties } from "./safety-notes";

/*
 * Template insertion writes the template's own properties into the note through
 * processFrontMatter (note-writer's addMissingProperties), after "Insert message…", the
 * thank-you draft and the referrer's thank-you. Whatever the note holds: the body stays
 * byte for byte (apart from an insertion at the cursor), properties it has keep their
 * values, only blank ones are filled, an edit made meanwhile survives, and properties
 * that are not YAML stay as they are while a notice tells the user.
 */

const ID = "informational-interviews";
const CONTACT = "Contacts/Jordan Lee.md";
const TEMPLATE = "Templates/Informational interviews/thank-you-email.md";

beforeEach(() => {
	// The draft goes to the mail app; nothing is opened in the tests.
	vi.spyOn(window, "open").mockReturnValue(null);
	vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
	vi.restoreAllMocks();
	Modal.closeAll();
	Notice.clear();
});

/** The user's thank-you template: some properties, one of them filled from the settings. */
const templateProperties = fc.dictionary(
	fc.constantFrom("tags", "Custom Key", "rating", "stage", "met_via", "thank_you_note"),
	fc.oneof(fc.constantFrom<unknown>("from the template", "{{me.name}}", ["thanks"], 3, true)),
	{ minKeys: 1, maxKeys: 4 },
);

/** What a template value becomes in the note (`{{me.name}}` is the name in the settings). */
function rendered(value: unknown): unknown {
	return value === "{{me.name}}" ? "Sam Rivera" : value;
}

/** A contact with an address (so the draft goes to the mail app), unknown properties and any body. */
const contact = fc.tuple(unknownProperties, body).map(([unknown, text]) => {
	const props: Record<string, unknown> = { type: "contact", email: "jordan@example.org" };
	for (const [key, value] of Object.entries(unknown)) if (!(key in props)) props[key] = value;
	return { props, text };
});

/**
 * What the "Draft thank-you email" command runs on the open contact, awaited: the command
 * itself starts the work and forgets it, so a test could not tell when the write is done.
 */
async function draftThankYou(fixture: Fixture): Promise<void> {
	const { editor } = await openInEditor(fixture.app, CONTACT);
	const file = fixture.app.vault.getFileByPath(CONTACT);
	expect(file && fixture.app.commands.isAvailable(`${ID}:draft-thank-you-email`)).toBe(true);
	if (file) await runSafely("draft the thank-you email", () => draftThankYouEmail(fixture.plugin, file, editor));
}

/** Properties a template may only add: blank ones get the template's value, the rest keep theirs. */
function expectMerged(after: Record<string, unknown>, before: Record<string, unknown>, template: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(template)) expect(after[key], key).toEqual(isBlank(before[key]) ? rendered(value) : before[key]);
	const others = Object.keys(before).filter((key) => !(key in template));
	expect(pick(after, others)).toEqual(pick(before, others));
}

describe("template properties written into a note", () => {
	it("fill only blank properties and leave the body byte for byte", async () => {
		await fc.assert(
			fc.asyncProperty(contact, templateProperties, async ({ props, text }, template) => {
				const fixture = await vaultWith({ [CONTACT]: noteText(props, text), [TEMPLATE]: noteText(template, "Subject: Thanks\n\nDear {{contact.first_name}},\n") });
				const before = split(noteText(props, text));
				await draftThankYou(fixture);
				const after = split(fixture.app.vault.contentOf(CONTACT) ?? "");
				expect(after.body).toBe(before.body);
				expectMerged(after.properties, before.properties, template);
				expect(Notice.messages().filter((m) => m.startsWith("Could not"))).toEqual([]);
			}),
			{ numRuns: 40 },
		);
	});

	it("lose neither edit when the note changes between reading it and writing it", async () => {
		await fc.assert(
			fc.asyncProperty(contact, templateProperties, fc.string({ maxLength: 20 }), async ({ props, text }, template, append) => {
				const fixture = await vaultWith({ [CONTACT]: noteText(props, text), [TEMPLATE]: noteText(template, "Subject: Thanks\n\nHello\n") });
				const { app } = fixture;
				const [contested] = Object.keys(template);
				const process = app.fileManager.processFrontMatter.bind(app.fileManager);
				const spy = vi.spyOn(app.fileManager, "processFrontMatter").mockImplementationOnce(async (file, fn, options) => {
					// The user fills in one of the template's properties and types in the body meanwhile.
					await app.vault.process(file, (current) => {
						const { properties, body: rest } = split(current);
						if (contested !== undefined) properties[contested] = "set by you";
						return noteText(properties, `${rest}${append}`);
					});
					return process(file, fn, options);
				});
				const before = split(noteText(props, text));
				await draftThankYou(fixture);
				// When the note lacks none of the template's properties nothing is written, and nothing comes between.
				if (spy.mock.calls.length === 0) return;
				const after = split(app.vault.contentOf(CONTACT) ?? "");
				expect(after.body).toBe(`${before.body}${append}`);
				if (contested !== undefined) expect(after.properties[contested]).toBe("set by you");
				const others = Object.keys(before.properties).filter((key) => !(key in template));
				expect(pick(after.properties, others)).toEqual(pick(before.properties, others));
			}),
			{ numRuns: 30 },
		);
	});

	it("leave properties that are not YAML as they are, insert the message, and tell the user", async () => {
		const broken = "---\ntype: contact\nname: [unclosed\n---\n";
		const fixture = await vaultWith({ [CONTACT]: `${broken}Line one\nLine two\n` });
		const { editor } = await openInEditor(fixture.app, CONTACT);
		editor.setCursor({ line: 5, ch: 0 });
		expect(fixture.app.commands.executeCommandById(`${ID}:insert-message`)).toBe(true);
		await fixture.app.settle();
		const picker = Modal.current() as SuggestModal<unknown>;
		// The outreach email has properties of its own (outreach_method), so it writes some.
		await typeQuery(picker, "outreach email");
		chooseSuggestion(picker, 0);
		await fixture.app.settle();

		const text = fixture.app.vault.contentOf(CONTACT) ?? "";
		expect(text.startsWith(`${broken}Line one\n`)).toBe(true);
		expect(text.endsWith("Line two\n")).toBe(true);
		expect(text.length).toBeGreaterThan(broken.length + "Line one\nLine two\n".length);
		const failures = Notice.messages().filter((m) => m.startsWith("Could not"));
		expect(failures).toHaveLength(1);
		// The message went in; only its properties could not, and the notice says exactly that.
		expect(failures[0]).toContain("Could not add the template's properties (the message itself was inserted).");
	});

	it("leave a note made unreadable meanwhile as the other edit left it, and tell the user", async () => {
		const fixture = await vaultWith({
			[CONTACT]: noteText({ type: "contact", email: "jordan@example.org" }, "Body\n"),
			[TEMPLATE]: noteText({ stage: "thanked" }, "Subject: Thanks\n\nHello\n"),
		});
		const { app } = fixture;
		const brokenByOthers = "---\ntype: contact\nemail: [jordan@example.org\n---\nBody, edited elsewhere\n";
		const process = app.fileManager.processFrontMatter.bind(app.fileManager);
		vi.spyOn(app.fileManager, "processFrontMatter").mockImplementationOnce(async (file, fn, options) => {
			await app.vault.modify(file, brokenByOthers);
			return process(file, fn, options);
		});
		await draftThankYou(fixture);
		expect(app.vault.contentOf(CONTACT)).toBe(brokenByOthers);
		expect(Notice.messages().filter((m) => m.startsWith("Could not draft the thank-you email."))).toHaveLength(1);
	});
});
