// @vitest-environment happy-dom
import yaml from "js-yaml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Modal, Notice, typeQuery, chooseSuggestion, type SuggestModal } from "../obsidian-fake";
import { clickButton, clickSuggestion, errorBeside, selectOption, typeInto, valueOf } from "./form-driver";
import { CONTACT, openInEditor, vaultWith, type Fixture } from "./template-fixture";

const ID = "informational-interviews";
const CONTACT_PATH = "Contacts/Jordan Lee.md";
const PRIYA = "---\ntype: contact\nname: Priya Nair\n---\n";

afterEach(() => {
	Modal.closeAll();
});

function run(fixture: Fixture, command: string): boolean {
	return fixture.app.commands.executeCommandById(`${ID}:${command}`);
}

function available(fixture: Fixture, command: string): boolean {
	return fixture.app.commands.isAvailable(`${ID}:${command}`);
}

function currentModal(): Modal {
	const modal = Modal.current();
	if (!modal) throw new Error("no modal is open");
	return modal;
}

function propertiesOf(fixture: Fixture, path: string): Record<string, unknown> {
	const text = fixture.app.vault.contentOf(path);
	if (text === null) throw new Error(`no file ${path}`);
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	return (yaml.load(match?.[1] ?? "", { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
}

describe("the commands", () => {
	it("are registered without default hotkeys, with sentence-case names", async () => {
		const fixture = await vaultWith({});
		const ours = fixture.app.commands.listCommands().filter((c) => c.id.startsWith(`${ID}:`));
		const ids = ours.map((c) => c.id.slice(ID.length + 1));
		expect(ids).toEqual(
			expect.arrayContaining([
				"new-contact",
				"new-interview",
				"new-interview-with-contact",
				"insert-interview-questions",
				"insert-message",
				"draft-thank-you-email",
				"start-interview-timer",
				"stop-interview-timer",
			]),
		);
		for (const command of ours) expect(command.hotkeys ?? []).toEqual([]);
	});

	it("offer note-specific commands only where they apply", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT, "Scratch.md": "x" });
		await openInEditor(fixture.app, "Scratch.md");
		expect(available(fixture, "new-interview-with-contact")).toBe(false);
		expect(available(fixture, "draft-thank-you-email")).toBe(false);
		expect(available(fixture, "stop-interview-timer")).toBe(false);
		await openInEditor(fixture.app, CONTACT_PATH);
		expect(available(fixture, "new-interview-with-contact")).toBe(true);
		expect(available(fixture, "draft-thank-you-email")).toBe(true);
	});
});

describe("New contact…", () => {
	it("creates the contact note in the contacts folder, linked to the referrer picked from the suggester", async () => {
		const fixture = await vaultWith({ "Contacts/Priya Nair.md": PRIYA });
		run(fixture, "new-contact");
		const form = currentModal().contentEl;
		typeInto(form, "Name", "Alex Kim");
		typeInto(form, "Organization", "Contoso");
		typeInto(form, "Referred by", "pri");
		await fixture.app.settle();
		clickSuggestion("Priya Nair");
		expect(valueOf(form, "Referred by")).toBe("Priya Nair");
		typeInto(form, "How you found them", "alumni office");
		clickButton(form, "Create");
		await fixture.app.settle();

		expect(propertiesOf(fixture, "Contacts/Alex Kim.md")).toEqual({
			type: "contact",
			name: "Alex Kim",
			organization: "Contoso",
			met_via: "alumni office",
			referred_by: "[[Priya Nair]]",
		});
		expect(fixture.app.workspace.getActiveFile()?.path).toBe("Contacts/Alex Kim.md");
		expect(fixture.plugin.index.get("Contacts/Alex Kim.md")?.problems).toEqual([]);
		expect(Modal.openModals).toHaveLength(0);
	});

	it("asks for a phone number and suggests the fields and ways of meeting people the vault already uses", async () => {
		const fixture = await vaultWith({ "Contacts/Sam.md": "---\ntype: contact\nfield: Data journalism\nmet_via: Alumni office\n---\n" });
		run(fixture, "new-contact");
		const form = currentModal().contentEl;
		typeInto(form, "Name", "Alex Kim");
		typeInto(form, "Phone", "+1 555 0100");
		typeInto(form, "Career field", "data");
		await fixture.app.settle();
		clickSuggestion("Data journalism");
		typeInto(form, "How you found them", "alu");
		await fixture.app.settle();
		clickSuggestion("Alumni office");
		clickButton(form, "Create");
		await fixture.app.settle();
		expect(propertiesOf(fixture, "Contacts/Alex Kim.md")).toMatchObject({ phone: "+1 555 0100", field: "Data journalism", met_via: "Alumni office" });
	});

	it("keeps a hostile name inside the folder and out of the other properties", async () => {
		const fixture = await vaultWith({});
		run(fixture, "new-contact");
		const form = currentModal().contentEl;
		// A text field drops line breaks itself; quotes, colons and brackets reach the plugin.
		const hostile = typeInto(form, "Name", '../../Eve" status: closed #x [[y]] ---').value;
		clickButton(form, "Create");
		await fixture.app.settle();
		const files = fixture.app.vault.getMarkdownFiles().map((f) => f.path);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^Contacts\/[^/]+\.md$/);
		const properties = propertiesOf(fixture, files[0]!);
		expect(properties).toEqual({ type: "contact", name: hostile });
	});

	it("asks for a name", async () => {
		const fixture = await vaultWith({});
		run(fixture, "new-contact");
		const form = currentModal().contentEl;
		clickButton(form, "Create");
		await fixture.app.settle();
		expect(errorBeside(form, "Name")).toBe("Enter the person's name.");
		expect(fixture.app.vault.getMarkdownFiles()).toHaveLength(0);
	});

	it("offers the existing note when the name is taken", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT, "Scratch.md": "x" });
		await openInEditor(fixture.app, "Scratch.md");
		run(fixture, "new-contact");
		typeInto(currentModal().contentEl, "Name", "  JORDAN lee ");
		clickButton(currentModal().contentEl, "Create");
		const question = currentModal();
		expect(question.titleEl.textContent).toBe("This contact may already exist");
		clickButton(question.contentEl, "Open the existing note");
		await fixture.app.settle();
		expect(fixture.app.workspace.getActiveFile()?.path).toBe(CONTACT_PATH);
		expect(fixture.app.vault.getMarkdownFiles()).toHaveLength(2);
		expect(Modal.openModals).toHaveLength(0);
	});

	it("or creates another note under a distinct file name", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT });
		run(fixture, "new-contact");
		typeInto(currentModal().contentEl, "Name", "Jordan Lee");
		clickButton(currentModal().contentEl, "Create");
		clickButton(currentModal().contentEl, "Create another note");
		await fixture.app.settle();
		expect(propertiesOf(fixture, "Contacts/Jordan Lee 2.md")).toEqual({ type: "contact", name: "Jordan Lee" });
	});

	it("reports a failure in a notice instead of throwing", async () => {
		const fixture = await vaultWith({ Contacts: "a file where the folder should be" });
		const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
		run(fixture, "new-contact");
		typeInto(currentModal().contentEl, "Name", "Alex Kim");
		clickButton(currentModal().contentEl, "Create");
		await fixture.app.settle();
		expect(Notice.messages().find((m) => m.startsWith("Could not create the contact note."))).toContain("is a file");
		expect(logged).toHaveBeenCalled();
		logged.mockRestore();
	});
});

describe("New interview…", () => {
	it("from a contact note: a note named by date and name in the interviews folder, linked to the contact", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT });
		await openInEditor(fixture.app, CONTACT_PATH);
		fixture.plugin.settings.defaultDurationMinutes = 25;
		run(fixture, "new-interview-with-contact");
		const form = currentModal().contentEl;
		expect(valueOf(form, "Contact")).toBe("Jordan Lee");
		expect(valueOf(form, "Length in minutes")).toBe("25");
		typeInto(form, "Date", "2026-11-24");
		typeInto(form, "Time", "15:00");
		selectOption(form, "Format", "video");
		clickButton(form, "Create");
		await fixture.app.settle();

		const path = "Interviews/2026-11-24 Jordan Lee.md";
		expect(propertiesOf(fixture, path)).toEqual({
			type: "interview",
			contact: "[[Jordan Lee]]",
			date: "2026-11-24T15:00",
			duration: 25,
			format: "video",
			prepared: false,
			debriefed: false,
			referrals: [],
			leads: [],
		});
		const text = fixture.app.vault.contentOf(path) ?? "";
		// A set sized to the 25 minutes, not the whole bank; the rest is one command away.
		expect(text).toContain("### Questions for 25 minutes");
		expect(text.match(/^- \[ \] .*\?$/gm)?.length).toBe(10);
		expect(text).not.toContain("### About the occupation");
		expect(text).not.toContain("### Questions they may ask you");
		expect(fixture.app.workspace.getActiveFile()?.path).toBe(path);
		const interview = fixture.plugin.index.get(path);
		expect(interview?.kind === "interview" && interview.contact?.path).toBe(CONTACT_PATH);
		expect(interview?.problems).toEqual([]);
	});

	it("includes the question sets switched on, and a second interview that day gets its own note", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT, "Interviews/2026-11-24 Jordan Lee.md": "earlier" });
		run(fixture, "new-interview");
		const form = currentModal().contentEl;
		typeInto(form, "Contact", "jordan");
		await fixture.app.settle();
		clickSuggestion("Jordan Lee");
		typeInto(form, "Date", "2026-11-24");
		const toggle = Array.from(form.querySelectorAll(".setting-item")).find((el) => el.textContent === "Questions they may ask you")?.querySelector<HTMLElement>(".checkbox-container");
		toggle?.click();
		clickButton(form, "Create");
		await fixture.app.settle();
		const text = fixture.app.vault.contentOf("Interviews/2026-11-24 Jordan Lee 2.md") ?? "";
		expect(text).toContain("date: 2026-11-24\n");
		expect(text).toContain("### Questions they may ask you");
	});

	it("shows what is wrong with the form and creates nothing", async () => {
		const fixture = await vaultWith({});
		run(fixture, "new-interview");
		const form = currentModal().contentEl;
		typeInto(form, "Date", "next tuesday");
		typeInto(form, "Length in minutes", "0");
		clickButton(form, "Create");
		await fixture.app.settle();
		expect(errorBeside(form, "Contact")).toBe("Choose who you are talking to.");
		expect(errorBeside(form, "Date")).toBe("Enter the date as 2026-11-24.");
		expect(fixture.app.vault.getMarkdownFiles()).toHaveLength(0);
	});

	it("keeps a hostile contact name inside the interviews folder", async () => {
		const fixture = await vaultWith({});
		run(fixture, "new-interview");
		const form = currentModal().contentEl;
		typeInto(form, "Contact", "../../../etc/Eve]] | x");
		typeInto(form, "Date", "2026-11-24");
		clickButton(form, "Create");
		await fixture.app.settle();
		const [file] = fixture.app.vault.getMarkdownFiles();
		expect(file?.path).toMatch(/^Interviews\/2026-11-24 [^/]+\.md$/);
		expect(propertiesOf(fixture, file!.path).contact).toBe("[[etc Eve x]]");
		expect(Notice.messages()).toContain("There is no contact note for “../../../etc/Eve]] | x” yet. Create one with “New contact…” so that the link works.");
	});
});

describe("Your own skeleton for new notes", () => {
	const SKELETONS = "Templates/Informational interviews";

	it("a contact-note.md in the templates folder gives new contacts its body and the properties the form left empty", async () => {
		const skeleton = "---\nstay_in_touch: true\norganization: Freelance\n---\n# {{contact.first_name}} ({{field}})\n\nReferred by {{referrer.name}}. Written by {{me.name}}; {{contact.role}}\n";
		const fixture = await vaultWith({ [`${SKELETONS}/contact-note.md`]: skeleton });
		run(fixture, "new-contact");
		const form = currentModal().contentEl;
		typeInto(form, "Name", "Alex Kim");
		typeInto(form, "Organization", "Contoso");
		typeInto(form, "Career field", "UX research");
		typeInto(form, "Referred by", "Priya Nair");
		clickButton(form, "Create");
		await fixture.app.settle();

		const path = "Contacts/Alex Kim.md";
		expect(propertiesOf(fixture, path)).toEqual({ type: "contact", name: "Alex Kim", organization: "Contoso", field: "UX research", referred_by: "[[Priya Nair]]", stay_in_touch: true });
		const body = (fixture.app.vault.contentOf(path) ?? "").replace(/^---\n[\s\S]*?\n---\n/, "");
		expect(body).toBe("# Alex (UX research)\n\nReferred by Priya Nair. Written by Sam Rivera; {{contact.role}}\n");
		expect(Notice.messages().join("\n")).toContain("{{contact.role}}");
	});

	it("an interview-note.md does the same for new interviews, and neither is offered as a message", async () => {
		const skeleton = "\n## Talk with {{contact.first_name}} on {{interview.date|yyyy-MM-dd 'at' HH:mm}}\n";
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT, [`${SKELETONS}/Interview-Note.md`]: skeleton, [`${SKELETONS}/contact-note.md`]: "# {{contact.name}}\n" });
		await openInEditor(fixture.app, CONTACT_PATH);
		run(fixture, "new-interview-with-contact");
		const form = currentModal().contentEl;
		typeInto(form, "Date", "2026-11-24");
		typeInto(form, "Time", "15:00");
		clickButton(form, "Create");
		await fixture.app.settle();
		const text = fixture.app.vault.contentOf("Interviews/2026-11-24 Jordan Lee.md") ?? "";
		expect(text).toMatch(/^---\ntype: interview\ncontact: "\[\[Jordan Lee\]\]"\n[\s\S]*\n---\n\n## Talk with Jordan on 2026-11-24 at 15:00\n$/);

		await openInEditor(fixture.app, CONTACT_PATH);
		run(fixture, "insert-message");
		await fixture.app.settle();
		const picker = currentModal() as SuggestModal<unknown>;
		await typeQuery(picker, "note");
		const offered = Array.from(picker.resultContainerEl.querySelectorAll(".suggestion-item"), (el) => el.textContent ?? "");
		expect(offered.some((title) => /contact-note|interview-note/i.test(title))).toBe(false);
		expect(offered.length).toBeGreaterThan(0);
	});
});

describe("Insert message…", () => {
	it("lists the templates and inserts the chosen one at the cursor", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(fixture.app, CONTACT_PATH);
		editor.setCursor({ line: 15, ch: 0 });
		run(fixture, "insert-message");
		await fixture.app.settle();
		const picker = currentModal() as SuggestModal<unknown>;
		await typeQuery(picker, "thank-you card");
		chooseSuggestion(picker, 0);
		await fixture.app.settle();
		expect(editor.getValue()).toContain("## Questions to ask them\n\nDear Jordan,\n\nThank you so much");
	});
});

describe("Insert interview questions…", () => {
	it("inserts the chosen set as a checklist", async () => {
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT });
		const { editor } = await openInEditor(fixture.app, CONTACT_PATH);
		editor.setCursor({ line: 15, ch: 0 });
		run(fixture, "insert-interview-questions");
		const picker = currentModal() as SuggestModal<unknown>;
		await typeQuery(picker, "a typical day");
		chooseSuggestion(picker, 0);
		expect(editor.getValue()).toContain("- [ ] Could you walk me through a typical day or week?\n");
	});
});

describe("Start and stop interview timer", () => {
	it("uses the interview's own length, and stops from the command", async () => {
		const interview = '---\ntype: interview\ncontact: "[[Jordan Lee]]"\nduration: 20\n---\n';
		const fixture = await vaultWith({ [CONTACT_PATH]: CONTACT, "Interviews/Talk.md": interview });
		await openInEditor(fixture.app, "Interviews/Talk.md");
		run(fixture, "start-interview-timer");
		expect(Notice.messages()).toContain("Interview timer for your conversation with Jordan Lee started: 20 minutes.");
		expect(available(fixture, "stop-interview-timer")).toBe(true);
		run(fixture, "stop-interview-timer");
		expect(Notice.messages()).toContain("Interview timer stopped.");
		expect(available(fixture, "stop-interview-timer")).toBe(false);
	});

	it("uses the default length elsewhere", async () => {
		const fixture = await vaultWith({});
		run(fixture, "start-interview-timer");
		expect(Notice.messages()).toContain("Interview timer started: 30 minutes.");
		run(fixture, "stop-interview-timer");
	});
});
