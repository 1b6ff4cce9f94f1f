import { describe, expect, it } from "vitest";
import { App, type TFile } from "./index";

const CONTACT = ["---", "type: contact", 'referred_by: "[[Jordan Lee]]"', "referrals:", '  - "[[Sam Ng|Sam]]"', "  - plain text", '  - "[[Ana#Career]]"', "contacted: 2026-11-24", "---", "Met [[Jordan Lee]] and ![[photo.png]].", "`[[not a link]]`", "```", "[[also not]]", "```", "## Heading", ""].join("\n");

function file(app: App, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file ${path}`);
	return found;
}

describe("MetadataCache parsing", () => {
	it("keeps properties as Obsidian does: dates as strings", () => {
		const app = new App({ files: { "Contacts/Kim.md": CONTACT } });
		expect(app.metadataCache.getCache("Contacts/Kim.md")?.frontmatter).toMatchObject({ type: "contact", contacted: "2026-11-24" });
	});

	it("lists a link for each wikilink in a property, keyed by the property and list index", () => {
		const app = new App({ files: { "Contacts/Kim.md": CONTACT } });
		expect(app.metadataCache.getCache("Contacts/Kim.md")?.frontmatterLinks).toEqual([
			{ key: "referred_by", link: "Jordan Lee", original: "[[Jordan Lee]]", displayText: "Jordan Lee" },
			{ key: "referrals.0", link: "Sam Ng", original: "[[Sam Ng|Sam]]", displayText: "Sam" },
			{ key: "referrals.2", link: "Ana#Career", original: "[[Ana#Career]]", displayText: "Ana#Career" },
		]);
	});

	it("finds body links and embeds outside code, with positions, and headings", () => {
		const app = new App({ files: { "Contacts/Kim.md": CONTACT } });
		const cache = app.metadataCache.getCache("Contacts/Kim.md");
		expect(cache?.links?.map((l) => l.link)).toEqual(["Jordan Lee"]);
		expect(cache?.embeds?.map((l) => l.link)).toEqual(["photo.png"]);
		const link = cache?.links?.[0];
		expect(link?.position.start).toEqual({ line: 9, col: 4, offset: CONTACT.indexOf("[[Jordan Lee]] and") });
		expect(cache?.headings).toEqual([expect.objectContaining({ heading: "Heading", level: 2 })]);
		expect(cache?.frontmatterPosition?.end.line).toBe(8);
	});

	it("gives a note with invalid YAML a cache without properties", () => {
		const app = new App({ files: { "bad.md": "---\ntype: [contact\n---\nSee [[x]]\n" } });
		const cache = app.metadataCache.getCache("bad.md");
		expect(cache).not.toBeNull();
		expect(cache?.frontmatter).toBeUndefined();
		expect(cache?.frontmatterPosition).toBeDefined();
		expect(cache?.links?.map((l) => l.link)).toEqual(["x"]);
	});

	it("has no cache for files other than notes", () => {
		const app = new App({ files: { "a.png": "x" } });
		expect(app.metadataCache.getFileCache(file(app, "a.png"))).toBeNull();
	});
});

describe("MetadataCache link resolution", () => {
	const files = {
		"Contacts/Jordan Lee.md": "",
		"Archive/Jordan Lee.md": "",
		"Interviews/Jordan Lee.md": "",
		"Interviews/one.md": '---\ncontact: "[[Jordan Lee]]"\n---\n[[Nobody]] [[Archive/Jordan Lee]] [[nobody]]',
		"Start.md": "[[jordan lee]]",
	};

	it("prefers the linking note's folder, then the shortest path, ignoring case", () => {
		const app = new App({ files });
		expect(app.metadataCache.getFirstLinkpathDest("Jordan Lee", "Interviews/one.md")?.path).toBe("Interviews/Jordan Lee.md");
		expect(app.metadataCache.getFirstLinkpathDest("jordan lee", "Start.md")?.path).toBe("Archive/Jordan Lee.md");
		expect(app.metadataCache.getFirstLinkpathDest("Contacts/Jordan Lee", "Start.md")?.path).toBe("Contacts/Jordan Lee.md");
		expect(app.metadataCache.getFirstLinkpathDest("Contacts/Jordan Lee.md", "Start.md")?.path).toBe("Contacts/Jordan Lee.md");
		expect(app.metadataCache.getFirstLinkpathDest("../Contacts/Jordan Lee", "Interviews/one.md")?.path).toBe("Contacts/Jordan Lee.md");
		expect(app.metadataCache.getFirstLinkpathDest("Nobody", "Start.md")).toBeNull();
	});

	it("counts resolved and unresolved links of every note, properties included", () => {
		const app = new App({ files });
		expect(app.metadataCache.resolvedLinks["Interviews/one.md"]).toEqual({ "Interviews/Jordan Lee.md": 1, "Archive/Jordan Lee.md": 1 });
		expect(app.metadataCache.unresolvedLinks["Interviews/one.md"]).toEqual({ Nobody: 1, nobody: 1 });
		expect(app.metadataCache.resolvedLinks["Contacts/Jordan Lee.md"]).toEqual({});
	});

	it("makes the shortest link text that still reaches the file", () => {
		const app = new App({ files });
		expect(app.metadataCache.fileToLinktext(file(app, "Interviews/Jordan Lee.md"), "Interviews/one.md")).toBe("Jordan Lee");
		expect(app.metadataCache.fileToLinktext(file(app, "Contacts/Jordan Lee.md"), "Interviews/one.md")).toBe("Contacts/Jordan Lee");
	});
});

describe("MetadataCache events", () => {
	it("reports a change after the vault's modify listeners: changed, resolve, resolved", async () => {
		const app = new App({ files: { "a.md": "", "b.md": "" } });
		const seen: string[] = [];
		app.vault.on("modify", (f) => seen.push(`modify ${f.path}`));
		app.metadataCache.on("changed", (f, data, cache) => seen.push(`changed ${f.path} ${data} ${cache.links?.length ?? 0}`));
		app.metadataCache.on("resolve", (f) => seen.push(`resolve ${f.path}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		await app.vault.modify(file(app, "a.md"), "[[b]]");
		expect(seen).toEqual(["modify a.md", "changed a.md [[b]] 1", "resolve a.md", "resolved"]);
		expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({ "b.md": 1 });
	});

	it("re-resolves other notes when a file appears or goes", async () => {
		const app = new App({ files: { "a.md": "[[Sam]]" } });
		const resolved: string[] = [];
		app.metadataCache.on("resolve", (f) => resolved.push(f.path));
		expect(app.metadataCache.unresolvedLinks["a.md"]).toEqual({ Sam: 1 });
		const sam = await app.vault.create("Sam.md", "");
		expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({ "Sam.md": 1 });
		expect(resolved).toEqual(["a.md", "Sam.md"]);
		await app.fileManager.trashFile(sam);
		expect(app.metadataCache.unresolvedLinks["a.md"]).toEqual({ Sam: 1 });
		expect(app.metadataCache.resolvedLinks["Sam.md"]).toBeUndefined();
	});

	it("drops a deleted note's cache and fires deleted before the vault's delete listeners", async () => {
		const app = new App({ files: { "a.md": "---\ntype: contact\n---\n" } });
		const seen: string[] = [];
		app.metadataCache.on("deleted", (f, previous) => seen.push(`deleted ${f.path} ${String(previous?.frontmatter?.type)}`));
		app.vault.on("delete", (f) => seen.push(`delete ${f.path} cached=${app.metadataCache.getCache(f.path) !== null}`));
		await app.fileManager.trashFile(file(app, "a.md"));
		expect(seen).toEqual(["deleted a.md contact", "delete a.md cached=false"]);
	});

	it("moves a renamed note's cache before the vault's rename listeners, without changed", async () => {
		const app = new App({ files: { "a.md": "---\ntype: contact\n---\n", "Other/x.md": "" } });
		const seen: string[] = [];
		app.metadataCache.on("changed", (f) => seen.push(`changed ${f.path}`));
		app.vault.on("rename", (f, oldPath) => {
			if (f instanceof Object && "extension" in f) seen.push(`rename ${oldPath} type=${String(app.metadataCache.getCache(f.path)?.frontmatter?.type)}`);
		});
		await app.vault.rename(file(app, "a.md"), "Other/a.md");
		expect(seen).toEqual(["rename a.md type=contact"]);
		expect(app.metadataCache.getCache("a.md")).toBeNull();
	});

	it("can lag behind the vault until the test settles it", async () => {
		const app = new App({ files: { "a.md": "---\ntype: contact\n---\n" } });
		app.metadataCache.deferred = true;
		const changed: string[] = [];
		app.metadataCache.on("changed", (f) => changed.push(f.path));
		await app.vault.modify(file(app, "a.md"), "---\ntype: interview\n---\n");
		await app.vault.create("b.md", "");
		expect(app.metadataCache.getCache("a.md")?.frontmatter?.type).toBe("contact");
		expect(app.metadataCache.pendingCount).toBeGreaterThan(0);
		expect(changed).toEqual([]);
		await app.settle();
		expect(changed).toEqual(["a.md", "b.md"]);
		expect(app.metadataCache.getCache("a.md")?.frontmatter?.type).toBe("interview");
		expect(app.metadataCache.pendingCount).toBe(0);
	});
});
