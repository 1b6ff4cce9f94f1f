// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftThankYou } from "../../src/ui/thank-you-draft";
import { Notice } from "../obsidian-fake";
import { CONTACT, openInEditor, vaultWith } from "./template-fixture";

const INTERVIEW = ["---", "type: interview", 'contact: "[[Jordan Lee]]"', "date: 2026-11-24T15:00", "---", "", "## Notes", ""].join("\n");
const CONTACT_PATH = "Contacts/Jordan Lee.md";
const INTERVIEW_PATH = "Interviews/2026-11-24 Jordan Lee.md";

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe("draftThankYou", () => {
	it("opens a mail link to the contact with the subject and body filled", async () => {
		const { app, plugin } = await vaultWith({ [CONTACT_PATH]: CONTACT, [INTERVIEW_PATH]: INTERVIEW });
		const open = vi.spyOn(window, "open").mockReturnValue(null);
		await draftThankYou(plugin, app.vault.getFileByPath(INTERVIEW_PATH)!, undefined);
		expect(open).toHaveBeenCalledTimes(1);
		const url = new URL(String(open.mock.calls[0]?.[0]));
		expect(url.protocol).toBe("mailto:");
		expect(url.pathname).toBe("jordan@example.org");
		expect(url.searchParams.get("subject")).toBe("Thank you for your time, Jordan");
		expect(url.searchParams.get("body")).toContain("Thank you for talking with me on Tuesday, November 24, 2026.");
		expect(url.searchParams.get("body")).toContain("Kind regards,\r\nSam Rivera");
		expect(Notice.messages()).toContain("Opened a thank-you email to Jordan Lee in your mail app.");
	});

	it("without an email address, inserts the draft into the note", async () => {
		const { app, plugin } = await vaultWith({ [CONTACT_PATH]: CONTACT.replace("email: jordan@example.org\n", ""), [INTERVIEW_PATH]: INTERVIEW });
		const { editor } = await openInEditor(app, INTERVIEW_PATH);
		editor.setCursor({ line: 7, ch: 0 });
		const open = vi.spyOn(window, "open");
		await draftThankYou(plugin, app.vault.getFileByPath(INTERVIEW_PATH)!, editor);
		expect(open).not.toHaveBeenCalled();
		expect(editor.getValue()).toContain("## Notes\nSubject: Thank you for your time, Jordan\n\nDear Jordan,");
		expect(Notice.messages()).toContain("Jordan Lee has no email address in their note, so the draft was added here.");
	});

	it("copies a draft too long for a mail link, and says so", async () => {
		const long = `---\n---\nSubject: Thanks\n\n${"A long and heartfelt thank-you. ".repeat(80)}`;
		const { app, plugin } = await vaultWith({
			[CONTACT_PATH]: CONTACT,
			"Templates/Informational interviews/thank-you-email.md": long,
		});
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal("navigator", { clipboard: { writeText } });
		const open = vi.spyOn(window, "open");
		await draftThankYou(plugin, app.vault.getFileByPath(CONTACT_PATH)!, undefined);
		expect(open).not.toHaveBeenCalled();
		expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Subject: Thanks\n\nA long and heartfelt/));
		expect(Notice.messages().join("\n")).toContain("too long to hand to a mail app as a link. The draft was copied");
	});

	it("says so when there is no clipboard either", async () => {
		const long = `Subject: Thanks\n\n${"x ".repeat(2000)}`;
		const { app, plugin } = await vaultWith({ [CONTACT_PATH]: CONTACT, "Templates/Informational interviews/thank-you-email.md": long });
		vi.stubGlobal("navigator", {});
		await draftThankYou(plugin, app.vault.getFileByPath(CONTACT_PATH)!, undefined);
		expect(Notice.messages().join("\n")).toContain("Copying is not available here");
	});
});
