// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { BUILT_IN_MESSAGES, findTemplate } from "../../src/domain/templates/template-catalog";
import { insertBlock } from "../../src/obsidian/note-writer";
import { loadCatalog } from "../../src/obsidian/template-store";
import { insertMessage } from "../../src/ui/message-insert";
import { choiceChecklist, QuestionPicker } from "../../src/ui/question-picker";
import { chooseSuggestion, Notice, typeQuery } from "../obsidian-fake";
import { asFakePicker, CONTACT, openInEditor, vaultWith } from "./template-fixture";

const CONTACT_PATH = "Contacts/Jordan Lee.md";
const TEMPLATES = "Templates/Informational interviews";

describe("inserting interview questions", () => {
	it("is one undoable change, and the rest of the note is byte-identical", async () => {
		const { app } = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		const before = editor.getValue();
		editor.setCursor({ line: 15, ch: 0 });
		const offset = editor.posToOffset({ line: 15, ch: 0 });
		const undoDepth = (editor as unknown as { undoDepth: number }).undoDepth;

		const picker = asFakePicker(new QuestionPicker(app.asObsidian(), (choice) => insertBlock(editor, choiceChecklist(choice))));
		picker.open();
		const found = await typeQuery(picker, "closing questions");
		expect(found[0]?.item).toMatchObject({ kind: "set", set: { id: "closing" } });
		chooseSuggestion(picker, 0);

		const after = editor.getValue();
		expect((editor as unknown as { undoDepth: number }).undoDepth).toBe(undoDepth + 1);
		expect(after.slice(0, offset)).toBe(before.slice(0, offset));
		expect(after.endsWith(before.slice(offset))).toBe(true);
		const inserted = after.slice(offset, after.length - (before.length - offset));
		expect(inserted.startsWith("- [ ] Who else would you suggest I talk to?\n")).toBe(true);
		expect(inserted.split("\n").every((line) => line.startsWith("- [ ] "))).toBe(true);

		editor.undo();
		expect(editor.getValue()).toBe(before);
	});

	it("puts a single question on its own line when the cursor is inside a sentence", async () => {
		const { app } = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		editor.setCursor({ line: 11, ch: 6 });
		const picker = asFakePicker(new QuestionPicker(app.asObsidian(), (choice) => insertBlock(editor, choiceChecklist(choice))));
		picker.open();
		await typeQuery(picker, "how did you get started in this field");
		chooseSuggestion(picker, 0);
		expect(editor.getValue()).toContain("Met at\n- [ ] How did you get started in this field?\n the alumni evening.");
	});
});

describe("inserting at the top of a note or inside its properties", () => {
	const BLOCK = "- [ ] What does a typical week look like?";
	/** The note's properties block, closing `---` included: never written into or above. */
	const PROPERTIES = CONTACT.slice(0, CONTACT.indexOf("---\n", 4) + 4);

	it.each([
		["at the very top", { line: 0, ch: 0 }, { line: 0, ch: 0 }],
		["inside the properties", { line: 3, ch: 5 }, { line: 3, ch: 5 }],
		["on the closing ---", { line: 7, ch: 3 }, { line: 7, ch: 3 }],
		["with a selection from the properties into the body", { line: 2, ch: 0 }, { line: 11, ch: 4 }],
	])("goes right after the properties when the cursor is %s, replacing nothing", async (_, anchor, head) => {
		const { app } = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		editor.setSelection(anchor, head);
		insertBlock(editor, BLOCK);
		expect(editor.getValue()).toBe(`${PROPERTIES}${BLOCK}${CONTACT.slice(PROPERTIES.length)}`);
		editor.undo();
		expect(editor.getValue()).toBe(CONTACT);
	});

	it("puts a message after the properties, and the note stays a contact", async () => {
		const { app, plugin } = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		editor.setCursor({ line: 0, ch: 0 });
		const template = findTemplate(BUILT_IN_MESSAGES, "outreach-email");
		if (!template) throw new Error("missing template");
		await insertMessage(plugin, editor, app.vault.getFileByPath(CONTACT_PATH), template);
		const text = editor.getValue();
		expect(text.startsWith(PROPERTIES)).toBe(true);
		expect(text.endsWith(CONTACT.slice(PROPERTIES.length))).toBe(true);
	});

	it("still inserts at the cursor when it is in the body", async () => {
		const { app } = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		editor.setCursor({ line: 8, ch: 0 });
		insertBlock(editor, BLOCK);
		expect(editor.getValue()).toBe(`${PROPERTIES}${BLOCK}${CONTACT.slice(PROPERTIES.length)}`);
		editor.undo();
		editor.setCursor({ line: 15, ch: 0 });
		insertBlock(editor, BLOCK);
		expect(editor.getLine(15)).toBe(BLOCK);
	});
});

describe("inserting a message", () => {
	const userTemplate = [
		"---",
		"outreach_method: email",
		'contacted: "{{today}}"',
		"email: someone-else@example.org",
		"tags:",
		"  - outreach",
		"---",
		"Hi {{contact.first_name}}, about {{contact.organization}}. {{unknown.thing}}",
		"",
	].join("\n");

	it("inserts the rendered body, then adds only the properties the note lacks", async () => {
		const { app, plugin } = await vaultWith({ [CONTACT_PATH]: CONTACT, [`${TEMPLATES}/outreach-email.md`]: userTemplate });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		editor.setCursor({ line: 15, ch: 0 });
		const { templates } = await loadCatalog(app.asObsidian(), plugin.settings.templatesFolder);
		const template = findTemplate(templates, "outreach-email");
		if (!template) throw new Error("missing template");
		expect(template.source).toBe("custom");

		const file = app.vault.getFileByPath(CONTACT_PATH);
		await insertMessage(plugin, editor, file, template);
		await app.settle();

		const text = app.vault.contentOf(CONTACT_PATH) ?? "";
		expect(text).toContain("Hi Jordan, about Northwind Health. {{unknown.thing}}");
		expect(editor.getValue()).toBe(text);
		const frontmatter = app.metadataCache.getFileCache(file!)?.frontmatter ?? {};
		expect(frontmatter.outreach_method).toBe("phone");
		expect(frontmatter.email).toBe("jordan@example.org");
		expect(frontmatter.contacted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(frontmatter.tags).toEqual(["outreach"]);
		expect(Notice.messages().some((m) => m.includes("unknown: {{unknown.thing}}"))).toBe(true);
		// The body below the properties is untouched apart from the insertion.
		expect(text).toContain("## Conversation log\n\n- 2026-11-01: called, left a message\n");
	});

	it("warns when a LinkedIn note comes out longer than LinkedIn allows", async () => {
		const long = CONTACT.replace("organization: Northwind Health", `organization: ${"Northwind ".repeat(30).trim()}`);
		const { app, plugin } = await vaultWith({ [CONTACT_PATH]: long });
		const { editor } = await openInEditor(app, CONTACT_PATH);
		const template = findTemplate(BUILT_IN_MESSAGES, "linkedin-note");
		await insertMessage(plugin, editor, app.vault.getFileByPath(CONTACT_PATH), template!);
		expect(Notice.messages().find((m) => m.startsWith("LinkedIn connection note:"))).toMatch(/more than the 300 allowed/);
	});

	it("fills only your own details outside contact and interview notes, and says what is missing", async () => {
		const { app, plugin } = await vaultWith({ "Scratch.md": "Draft:\n" });
		const { editor } = await openInEditor(app, "Scratch.md");
		editor.setCursor({ line: 1, ch: 0 });
		await insertMessage(plugin, editor, app.vault.getFileByPath("Scratch.md"), findTemplate(BUILT_IN_MESSAGES, "thank-you-card")!);
		expect(editor.getValue()).toContain("Dear {{contact.first_name}},");
		expect(editor.getValue()).toContain("With warm thanks,\nSam Rivera");
		expect(Notice.messages().join("\n")).toContain("no value yet: {{contact.first_name}}, {{field}}");
	});
});

describe("the templates folder", () => {
	it("may be missing: the built-ins are used as they are", async () => {
		const { app, plugin } = await vaultWith({});
		const { templates, problems } = await loadCatalog(app.asObsidian(), plugin.settings.templatesFolder);
		expect(templates).toEqual(BUILT_IN_MESSAGES);
		expect(problems).toEqual([]);
	});

	it("adds the user's files, from subfolders too, and reports unreadable properties", async () => {
		const { app, plugin } = await vaultWith({
			[`${TEMPLATES}/Coffee chat follow-up.md`]: "Hi {{contact.first_name}}",
			[`${TEMPLATES}/Old/Broken.md`]: "---\nkey: [unclosed\n---\nBody stays\n",
			[`${TEMPLATES}/picture.png`]: "not a template",
		});
		const { templates, problems } = await loadCatalog(app.asObsidian(), plugin.settings.templatesFolder);
		const custom = templates.filter((t) => t.source === "custom");
		expect(custom.map((t) => t.id)).toEqual(["Broken", "Coffee chat follow-up"]);
		expect(custom[0]?.body).toBe("Body stays\n");
		expect(custom[0]?.frontmatter).toEqual({});
		expect(problems).toEqual([`${TEMPLATES}/Old/Broken.md: the properties are not valid YAML, so they were ignored.`]);
	});
});
