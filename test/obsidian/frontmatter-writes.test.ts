import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { actionWrite, FOLLOW_UP_ACTIONS, snoozeWrite } from "../../src/domain/follow-ups/follow-up-actions";
import { undoWrite, writeFrontmatter } from "../../src/obsidian/frontmatter-writes";
import { App, Notice } from "../obsidian-fake";

const ZONE = "Europe/Berlin";
const NOW = DateTime.fromISO("2026-11-23T12:05", { zone: ZONE });
const BODY = "# Jordan\n\n---\nA rule above, **bold**, trailing spaces   \r\nand a CRLF line.\n";
const CONTACT = "Contacts/Jordan Lee.md";
const INTERVIEW = "Interviews/Talk.md";

function appWith(files: Record<string, string>): App {
	return new App({ files });
}

function bodyOf(text: string): string {
	const end = text.indexOf("\n---\n", 4);
	return text.slice(end + 5);
}

afterEach(() => {
	Notice.clear();
	vi.restoreAllMocks();
});

describe("writeFrontmatter", () => {
	it("runs every action with the body byte for byte and unknown keys kept, and undoes it exactly", async () => {
		for (const action of FOLLOW_UP_ACTIONS) {
			const path = ["mark_contacted", "got_reply", "log_contact"].includes(action) ? CONTACT : INTERVIEW;
			const original = `---\ntype: ${path === CONTACT ? "contact" : "interview"}\nmood: hopeful\nnext_follow_up: 2026-12-01\nnested:\n  a: 1\n---\n${BODY}`;
			const app = appWith({ [path]: original });
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no ${path}`);
			const before = { ...app.metadataCache.getFileCache(file)?.frontmatter };
			const result = await writeFrontmatter(app.asObsidian(), actionWrite(action, path, NOW, ZONE));
			expect(result.status, action).toBe("written");
			const text = app.vault.contentOf(path) ?? "";
			expect(bodyOf(text), action).toBe(BODY);
			expect(text, action).toContain("mood: hopeful");
			if (result.status !== "written") continue;
			const undone = await undoWrite(app.asObsidian(), result.undo);
			expect(undone, action).toEqual({ status: "undone", changedSince: [] });
			expect(app.metadataCache.getFileCache(file)?.frontmatter, action).toEqual(before);
			expect(bodyOf(app.vault.contentOf(path) ?? ""), action).toBe(BODY);
		}
	});

	it("decides from the file, not from a metadata cache that has not caught up with an edit", async () => {
		const app = appWith({ [INTERVIEW]: `---\ntype: interview\nprepared: true\n---\n${BODY}` });
		const file = app.vault.getFileByPath(INTERVIEW);
		if (!file) throw new Error("no interview");
		app.metadataCache.deferred = true;
		await app.vault.modify(file, `---\ntype: interview\n---\n${BODY}`);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.prepared).toBe(true);
		const result = await writeFrontmatter(app.asObsidian(), actionWrite("mark_prepared", INTERVIEW, NOW, ZONE));
		expect(result.status).toBe("written");
		expect(app.vault.contentOf(INTERVIEW)).toContain("prepared: true");
		await app.settle();
	});

	it("writes nothing when the note already says so, and keeps a date recorded earlier", async () => {
		const text = `---\ntype: interview\nthank_you_sent: 2026-11-20\n---\n${BODY}`;
		const app = appWith({ [INTERVIEW]: text });
		const modify = vi.fn();
		app.vault.on("modify", modify);
		expect(await writeFrontmatter(app.asObsidian(), actionWrite("mark_thank_you_sent", INTERVIEW, NOW, ZONE))).toEqual({ status: "unchanged" });
		expect(app.vault.contentOf(INTERVIEW)).toBe(text);
		expect(modify).not.toHaveBeenCalled();
	});

	it("leaves a note whose properties are not valid YAML untouched and names it in a notice", async () => {
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		const text = `---\ntype: contact\nfield: [UX research\n---\n${BODY}`;
		const app = appWith({ [CONTACT]: text });
		expect(await writeFrontmatter(app.asObsidian(), snoozeWrite(CONTACT, NOW.plus({ days: 1 }).startOf("day")))).toEqual({ status: "failed" });
		expect(app.vault.contentOf(CONTACT)).toBe(text);
		expect(Notice.messages()).toEqual(['Could not update "Jordan Lee": its properties could not be read. Check that they are valid YAML, then try again.']);
	});

	it("undoes only what the write left: a property edited since stays, and is named", async () => {
		const text = `---\ntype: contact\nnext_follow_up: 2026-12-01\nmood: hopeful\n---\n${BODY}`;
		const app = appWith({ [CONTACT]: text });
		const file = app.vault.getFileByPath(CONTACT);
		if (!file) throw new Error("no contact");
		// Log contact writes last_contact and clears next_follow_up.
		const result = await writeFrontmatter(app.asObsidian(), actionWrite("log_contact", CONTACT, NOW, ZONE));
		if (result.status !== "written") throw new Error("not written");
		// Within the notice's 10 seconds, the user corrects the time by hand.
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm.last_contact = "2026-11-23T09:00";
		});
		expect(await undoWrite(app.asObsidian(), result.undo)).toEqual({ status: "undone", changedSince: ["last_contact"] });
		const after = app.metadataCache.getFileCache(file)?.frontmatter;
		expect(after).toEqual({ type: "contact", next_follow_up: "2026-12-01", mood: "hopeful", last_contact: "2026-11-23T09:00" });
		expect(bodyOf(app.vault.contentOf(CONTACT) ?? "")).toBe(BODY);
	});

	it("leaves a fact another action set again after this one alone too", async () => {
		const app = appWith({ [INTERVIEW]: `---\ntype: interview\n---\n${BODY}` });
		const first = await writeFrontmatter(app.asObsidian(), actionWrite("mark_prepared", INTERVIEW, NOW, ZONE));
		if (first.status !== "written") throw new Error("not written");
		const file = app.vault.getFileByPath(INTERVIEW);
		if (!file) throw new Error("no interview");
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			delete fm.prepared;
		});
		expect(await undoWrite(app.asObsidian(), first.undo)).toEqual({ status: "undone", changedSince: ["prepared"] });
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ type: "interview" });
	});

	it("says so when the note is gone", async () => {
		const app = appWith({});
		expect(await writeFrontmatter(app.asObsidian(), snoozeWrite(CONTACT, NOW))).toEqual({ status: "failed" });
		expect(Notice.messages()).toEqual([`Could not update ${CONTACT}: the note no longer exists.`]);
	});
});
