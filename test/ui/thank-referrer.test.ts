// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MarkdownView, Modal, Notice } from "../obsidian-fake";
import { hasExampleVault, note } from "../integration/fixture";
import { activate, freezeClock, runCommand, startMap, storyNoon, type MapFixture } from "./referral-map-fixture";

const COMMAND = "thank-the-referrer";

beforeEach(() => freezeClock(storyNoon()));

afterEach(() => {
	Modal.closeAll();
	Notice.clear();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

function available(fixture: MapFixture): boolean {
	return fixture.app.commands.isAvailable(`informational-interviews:${COMMAND}`);
}

/** Runs the command with window.open caught; returns the mail link it opened, if any. */
async function thank(fixture: MapFixture): Promise<URL | undefined> {
	const open = vi.spyOn(window, "open").mockReturnValue(null);
	expect(runCommand(fixture.app, COMMAND)).toBe(true);
	await fixture.app.settle();
	const url = open.mock.calls[0]?.[0];
	return url === undefined ? undefined : new URL(String(url));
}

describe.skipIf(!hasExampleVault)("Thank the referrer over example-vault", () => {
	it("drafts a mail to whoever referred the interview's contact", async () => {
		const fixture = await startMap();
		await activate(fixture.app, "Interviews/2026-10-20 Tomás Herrera.md");
		expect(available(fixture)).toBe(true);
		const url = await thank(fixture);
		expect(url?.protocol).toBe("mailto:");
		expect(url?.pathname).toBe("priya.raman@northwindhealth.example");
		expect(url?.searchParams.get("subject")).toBe("Thank you for introducing me to Tomás Herrera");
		const body = url?.searchParams.get("body") ?? "";
		expect(body).toMatch(/^Hi Priya,/);
		expect(body).toContain("I spoke with Tomás Herrera on October 20, 2026, thanks to your suggestion.");
		expect(Notice.messages()).toContain("Opened a thank-you email to Priya Raman in your mail app.");
	});

	it("finds a referrer that only an interview's referrals name", async () => {
		const fixture = await startMap();
		// Hannah Schultz has no referred_by; Kwame's interview lists her.
		await activate(fixture.app, "Contacts/Hannah Schultz.md");
		const url = await thank(fixture);
		expect(url?.pathname).toBe("kwame.asante@riverton.example");
		expect(url?.searchParams.get("body")).toMatch(/^Hi Kwame,/);
	});

	it("is not offered where nobody referred the person, nor on other notes", async () => {
		const fixture = await startMap();
		await activate(fixture.app, "Contacts/Priya Raman.md");
		expect(available(fixture)).toBe(false);
		await activate(fixture.app, "Interviews/2026-09-29 Priya Raman.md");
		expect(available(fixture)).toBe(false);
		await activate(fixture.app, "Start here.md");
		expect(available(fixture)).toBe(false);
	});
});

describe("Thank the referrer without an address", () => {
	it("inserts the thank-you at the cursor as one undoable change", async () => {
		const fixture = await startMap({
			"Contacts/Jordan Lee.md": note({ type: "contact" }),
			"Contacts/Priya Nair.md": note({ type: "contact", referred_by: "[[Jordan Lee]]" }),
			"Interviews/2026-11-20 Priya Nair.md": note({ type: "interview", contact: "[[Priya Nair]]", date: "2026-11-20T15:00" }, "## Notes\n\n"),
		});
		fixture.plugin.settings.signature = "Sam";
		await activate(fixture.app, "Interviews/2026-11-20 Priya Nair.md");
		const view = fixture.app.workspace.getActiveViewOfType(MarkdownView);
		if (!view) throw new Error("no editor");
		const editor = view.editor;
		const before = editor.getValue();
		editor.setCursor({ line: editor.lineCount() - 1, ch: 0 });
		const depth = editor.undoDepth;

		const url = await thank(fixture);
		expect(url).toBeUndefined();
		expect(editor.getValue()).toContain("Subject: Thank you for introducing me to Priya Nair\n\nHi Jordan,\n\nI wanted to let you know that I spoke with Priya Nair on November 20, 2026");
		expect(editor.undoDepth).toBe(depth + 1);
		expect(Notice.messages()).toContain("Jordan Lee has no email address in their note, so the draft was added here.");
		editor.undo();
		expect(editor.getValue()).toBe(before);
	});
});
