import fc from "fast-check";
import { resolveZone } from "../../src/domain/records/dates";
import { buildQueue } from "../../src/domain/follow-ups/queue";
import type { QueueItem } from "../../src/domain/follow-ups/item";
import type { RecordIndex } from "../../src/domain/records/record-index";
import type InformationalInterviewsPlugin from "../../src/main";
import { contactFrontmatter, interviewFrontmatter } from "../builders/queue";
import { graphSnapshot } from "../builders/graph";
import { manifest, note, startPlugin } from "../integration/fixture";
import { App } from "../obsidian-fake";

/*
 * A random editing session against the real plugin in the fake: notes created, edited,
 * renamed (alone, with Obsidian's link updates, or with their folder) and deleted, with
 * the metadata cache sometimes lagging behind, and the index's batches delivered at
 * random moments. What the plugin then holds is compared with the plugin loaded afresh
 * over the same files.
 */

/** Few names in few folders: links keep meeting the notes that come and go. */
const PEOPLE = ["Ana", "Ben", "Cy"];
const NOTE_PATHS = ["Contacts/Ana.md", "Contacts/Ben.md", "Contacts/Cy.md", "Archive/Ana.md", "Archive/Ben.md", "Ana.md", "Interviews/I0.md", "Interviews/I1.md", "Interviews/I2.md", "Notes/Plain.md"];
/** Not notes, but links can name them and notes can be renamed to them; and a rename that changes only case. */
const OTHER_PATHS = ["Files/Ana.txt", "Archive/Cy.pdf", "Contacts/ana.md"];
const BASE_DAY = "2026-03-27";
const ZONE = "America/New_York";
/** The instants the queues are compared at, spread over the spring DST changes (New York 8 March, Berlin 29 March). */
const LOOK_AT = ["2026-03-01T09:00", "2026-03-29T01:30", "2026-04-10T18:00"].map((local) => Date.parse(`${local}:00-04:00`));

const SETTINGS_FILE = `.obsidian/plugins/${manifest.id}/data.json`;
const SETTINGS = JSON.stringify({ settingsVersion: 1, timeZone: ZONE });

export type Step =
	| { op: "write"; path: string; text: string }
	| { op: "rename"; from: string; to: string; updateLinks: boolean }
	| { op: "moveFolder"; from: string; to: string }
	| { op: "delete"; path: string }
	| { op: "flush" }
	| { op: "tick" }
	| { op: "settle" }
	| { op: "check" };

const body = fc.constantFrom("", "# Notes\n", "See [[Ana]] and [[Archive/Ben]].\n", "---\nAfter a rule\n");

/** A note's text: a contact, an interview, a plain note, or properties that are not YAML. */
const noteText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.tuple(contactFrontmatter(BASE_DAY, PEOPLE), body).map(([fm, b]) => note(fm, b)) },
	{ weight: 4, arbitrary: fc.tuple(interviewFrontmatter(BASE_DAY, PEOPLE), body).map(([fm, b]) => note(fm, b)) },
	{ weight: 1, arbitrary: body.map((b) => `Plain text that mentions [[Ben]].\n${b}`) },
	{ weight: 1, arbitrary: fc.constant("---\ntype: contact\nname: [unclosed\n---\nBroken properties.\n") },
	{ weight: 1, arbitrary: fc.constant("---\ntype: interview\ncontact: \"[[Cy]]\"\nreferrals:\n  - \"[[Ana]]\"\n  - \"[[Files/Ana.txt]]\"\n---\n") },
);

const anyPath = fc.constantFrom(...NOTE_PATHS, ...OTHER_PATHS);

export const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 8, arbitrary: fc.record({ op: fc.constant("write" as const), path: fc.constantFrom(...NOTE_PATHS), text: noteText }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("rename" as const), from: anyPath, to: anyPath, updateLinks: fc.boolean() }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("moveFolder" as const), from: fc.constantFrom("Archive", "Old"), to: fc.constantFrom("Archive", "Old") }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), path: anyPath }) },
	{ weight: 2, arbitrary: fc.constant<Step>({ op: "flush" }) },
	{ weight: 1, arbitrary: fc.constant<Step>({ op: "tick" }) },
	{ weight: 1, arbitrary: fc.constant<Step>({ op: "settle" }) },
	{ weight: 1, arbitrary: fc.constant<Step>({ op: "check" }) },
);

/** The files a session starts from: every note path written once, and the settings. */
export const initialFiles: fc.Arbitrary<Record<string, string>> = fc.tuple(...NOTE_PATHS.map(() => noteText)).map((texts) => {
	const files: Record<string, string> = { [SETTINGS_FILE]: SETTINGS, "Files/Ana.txt": "an attachment" };
	NOTE_PATHS.forEach((path, i) => (files[path] = texts[i] ?? ""));
	return files;
});

async function ensureFolder(app: App, path: string): Promise<void> {
	const folder = path.slice(0, path.lastIndexOf("/"));
	if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
}

/** The plugin under test and the queue it keeps, as its views read it. */
export class Session {
	readonly queue: LiveQueue;

	private constructor(
		readonly app: App,
		readonly plugin: InformationalInterviewsPlugin,
	) {
		this.queue = plugin.followUps;
	}

	static async start(files: Record<string, string>, deferred: boolean): Promise<Session> {
		const app = new App({ files });
		const session = new Session(app, await startPlugin(app));
		app.metadataCache.deferred = deferred;
		return session;
	}

	/** Performs one step; steps that make no sense in the current vault do nothing. */
	async apply(s: Step, tick: () => void): Promise<void> {
		const { vault, fileManager, metadataCache } = this.app;
		switch (s.op) {
			case "write": {
				const file = vault.getFileByPath(s.path);
				if (file) await vault.modify(file, s.text);
				else if (!this.taken(s.path)) {
					await ensureFolder(this.app, s.path);
					await vault.create(s.path, s.text);
				}
				return;
			}
			case "rename": {
				const file = vault.getFileByPath(s.from);
				if (!file || (this.taken(s.to) && s.to.toLowerCase() !== s.from.toLowerCase())) return;
				await ensureFolder(this.app, s.to);
				if (s.updateLinks) await fileManager.renameFile(file, s.to);
				else await vault.rename(file, s.to);
				return;
			}
			case "moveFolder": {
				const folder = vault.getFolderByPath(s.from);
				if (folder && !vault.getAbstractFileByPath(s.to)) await vault.rename(folder, s.to);
				return;
			}
			case "delete": {
				const file = vault.getFileByPath(s.path);
				if (file) await fileManager.trashFile(file);
				return;
			}
			case "flush":
				this.plugin.index.flush();
				return;
			case "tick":
				tick();
				return;
			case "settle":
				await metadataCache.settle();
				return;
			case "check":
				return;
		}
	}

	/**
	 * Whether a path is in use, ignoring case: most file systems the vault lives on
	 * cannot hold `Ana.md` and `ana.md` side by side.
	 */
	private taken(path: string): boolean {
		const lower = path.toLowerCase();
		return this.app.vault.getAllLoadedFiles().some((f) => f.path.toLowerCase() === lower);
	}

	/** Lets the cache catch up and delivers the pending batch, as the window timer would. */
	async catchUp(): Promise<void> {
		await this.app.settle();
		this.plugin.index.flush();
	}

	/** Every file of the vault now, for a fresh start over the same state. */
	files(): Record<string, string> {
		const files: Record<string, string> = { [SETTINGS_FILE]: SETTINGS };
		for (const file of this.app.vault.getFiles()) files[file.path] = this.app.vault.contentOf(file.path) ?? "";
		return files;
	}
}

/** What the index holds, as comparable text: every record, and who each contact's interviews are. */
function indexSnapshot(index: RecordIndex): string {
	const records = [...index.records()].sort((a, b) => (a.path < b.path ? -1 : 1));
	const byContact = index.contacts().map((c) => [c.path, index.byContact(c.path).map((i) => i.path).sort()]);
	return JSON.stringify({ records, byContact: byContact.sort() });
}

function queueSnapshot(items: readonly QueueItem[]): string[] {
	return items.map((item) => `${item.id} ${item.dueMs} ${item.allDay} ${item.title} ${item.contact}`);
}

/** The parts of a session compared with a fresh start. */
export interface SessionPicture {
	readonly index: string;
	readonly queues: string[][];
	readonly graph: string;
}

/** A queue that is kept, not built for the occasion. */
interface LiveQueue {
	items(nowMs: number): readonly QueueItem[];
}

export function pictureOf(plugin: InformationalInterviewsPlugin, queue: LiveQueue | null): SessionPicture {
	const zone = resolveZone(plugin.settings.timeZone);
	return {
		index: indexSnapshot(plugin.index),
		queues: LOOK_AT.map((now) => queueSnapshot(queue ? queue.items(now) : buildQueue(plugin.index, now, plugin.settings, zone))),
		graph: graphSnapshot(plugin.referrals.graph),
	};
}
