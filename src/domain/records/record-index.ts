import { linkKey } from "./links";
import type { Problem } from "./problems";
import type { ContactRecord, InterviewRecord, VaultRecord } from "./record-types";
import { parseRecord, type ParseOptions } from "./records";
import { StringMultimap } from "./string-multimap";

/** What changed in one batch: paths whose record was added or replaced, and paths that lost theirs. */
export interface IndexChange {
	readonly updated: ReadonlySet<string>;
	readonly removed: ReadonlySet<string>;
}

export type IndexListener = (change: IndexChange) => void;

/**
 * Runs `flush` later and returns a cancel function. The plugin batches with a window
 * timer; the CLI and tests flush by hand.
 */
export type Scheduler = (flush: () => void) => () => void;

/** For callers that deliver batches themselves with `flush()`. */
export const manualScheduler: Scheduler = () => () => undefined;

interface Entry {
	frontmatter: unknown;
	record: VaultRecord;
	/** The `replaceAll` that last saw this note, so that a full build can drop the notes it did not see. */
	build: number;
}

/** The distinct link keys of a record, in first-use order. */
function linkKeysOf(record: VaultRecord): string[] {
	const keys: string[] = [];
	for (const { link } of record.links) {
		const key = linkKey(link.linkpath);
		if (!keys.includes(key)) keys.push(key);
	}
	return keys;
}

/**
 * Every contact and interview in the vault, keyed by path and updated one note at a time.
 * It keeps each record's frontmatter so that when a file appears, disappears or is renamed,
 * the records whose links could point at it are parsed again: the index then always equals
 * a full rebuild. Listeners hear of changes once per batch.
 */
export class RecordIndex {
	private readonly entries = new Map<string, Entry>();
	/**
	 * Notes by the link keys their links use, so that a file event re-resolves only what it
	 * can affect. Made on the first file event (see `linkUsers`) rather than at build time:
	 * many sessions never create, delete or rename a file.
	 */
	private byLinkKey: StringMultimap | null = null;
	/** Interview paths by the contact path their `contact` leads to: the one index of that relation. */
	private readonly interviewsByContact = new Map<string, Set<string>>();
	private readonly listeners = new Set<IndexListener>();
	private pendingUpdated = new Set<string>();
	private pendingRemoved = new Set<string>();
	private cancelScheduled: (() => void) | null = null;
	private cachedRecords: VaultRecord[] | null = null;
	private build = 0;

	constructor(
		private options: ParseOptions,
		private readonly scheduler: Scheduler = manualScheduler,
	) {}

	/**
	 * A full build: the index becomes exactly the given notes (every note of the vault,
	 * records or not), parsed with `options` when given (settings changed).
	 *
	 * Without new options, a note whose frontmatter is the very object the index read
	 * before keeps its record and is not reported as changed. Obsidian hands out a new
	 * object whenever it reads a note again, and file events have already re-resolved the
	 * links, so the record could only come out the same: the second build at start-up (once
	 * every link is resolved) then costs a lookup per note, not a parse.
	 */
	replaceAll(notes: Iterable<readonly [path: string, frontmatter: unknown]>, options?: ParseOptions): void {
		if (options) this.options = options;
		const build = ++this.build;
		for (const [path, frontmatter] of notes) {
			const entry = options ? undefined : this.entries.get(path);
			if (entry !== undefined && entry.frontmatter === frontmatter) entry.build = build;
			else this.set(path, frontmatter);
		}
		const unseen: string[] = [];
		for (const [path, entry] of this.entries) if (entry.build !== build) unseen.push(path);
		for (const path of unseen) this.remove(path);
	}

	/** Creates or updates the note at `path`; a note that is no longer a record leaves the index. */
	set(path: string, frontmatter: unknown): void {
		const record = parseRecord(path, frontmatter, this.options);
		if (record === null) {
			this.remove(path);
			return;
		}
		const previous = this.entries.get(path);
		if (previous) this.detach(path, previous);
		this.entries.set(path, { frontmatter, record, build: this.build });
		if (this.byLinkKey) for (const key of linkKeysOf(record)) this.byLinkKey.add(key, path);
		const contactPath = record.kind === "interview" ? record.contact?.path : undefined;
		if (contactPath) {
			const interviews = this.interviewsByContact.get(contactPath);
			if (interviews === undefined) this.interviewsByContact.set(contactPath, new Set([path]));
			else interviews.add(path);
		}
		this.changed(path, true);
	}

	/** The note at `path` is gone (deleted, or no longer a record). */
	remove(path: string): void {
		const entry = this.entries.get(path);
		if (!entry) return;
		this.detach(path, entry);
		this.entries.delete(path);
		this.changed(path, false);
	}

	/**
	 * A file was created, deleted or renamed somewhere in the vault (any file, not only
	 * records): links that name it may now resolve differently.
	 */
	fileSetChanged(...paths: string[]): void {
		const users = this.linkUsers();
		const affected = new Set<string>();
		for (const path of paths) for (const dependent of users.values(linkKey(path))) affected.add(dependent);
		for (const dependent of affected) {
			const entry = this.entries.get(dependent);
			if (entry) this.set(dependent, entry.frontmatter);
		}
	}

	/** A note was renamed: its record moves, and links naming either path are resolved again. */
	rename(oldPath: string, newPath: string, frontmatter: unknown): void {
		const entry = this.entries.get(oldPath);
		this.remove(oldPath);
		// Only Markdown notes are records: a note renamed to `.txt` or `.pdf` leaves the index.
		if (newPath.endsWith(".md")) this.set(newPath, frontmatter ?? entry?.frontmatter);
		this.fileSetChanged(oldPath, newPath);
	}

	get(path: string): VaultRecord | undefined {
		return this.entries.get(path)?.record;
	}

	get size(): number {
		return this.entries.size;
	}

	records(): readonly VaultRecord[] {
		this.cachedRecords ??= [...this.entries.values()].map((e) => e.record);
		return this.cachedRecords;
	}

	contacts(): ContactRecord[] {
		return this.records().filter((r): r is ContactRecord => r.kind === "contact");
	}

	interviews(): InterviewRecord[] {
		return this.records().filter((r): r is InterviewRecord => r.kind === "interview");
	}

	/** Interviews whose `contact` resolves to `contactPath`. */
	byContact(contactPath: string): InterviewRecord[] {
		const result: InterviewRecord[] = [];
		for (const path of this.interviewsByContact.get(contactPath) ?? []) {
			const record = this.entries.get(path)?.record;
			if (record?.kind === "interview") result.push(record);
		}
		return result;
	}

	problems(): Problem[] {
		return this.records().flatMap((r) => r.problems);
	}

	/** Subscribes to batched changes; returns the unsubscribe function. */
	onChange(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Delivers the pending batch now (also what the scheduler calls). */
	flush(): void {
		this.cancelScheduled?.();
		this.cancelScheduled = null;
		if (this.pendingUpdated.size === 0 && this.pendingRemoved.size === 0) return;
		const change: IndexChange = { updated: this.pendingUpdated, removed: this.pendingRemoved };
		this.pendingUpdated = new Set();
		this.pendingRemoved = new Set();
		for (const listener of [...this.listeners]) {
			try {
				listener(change);
			} catch (error) {
				// One failing view must not stop the others from updating.
				console.error("Informational Interviews: an index listener failed", error);
			}
		}
	}

	/** Drops listeners and any pending batch (plugin unload). */
	dispose(): void {
		this.cancelScheduled?.();
		this.cancelScheduled = null;
		this.listeners.clear();
	}

	private changed(path: string, present: boolean): void {
		this.cachedRecords = null;
		if (this.listeners.size === 0) return;
		if (present) {
			this.pendingRemoved.delete(path);
			this.pendingUpdated.add(path);
		} else {
			this.pendingUpdated.delete(path);
			this.pendingRemoved.add(path);
		}
		if (this.cancelScheduled === null) this.cancelScheduled = this.scheduler(() => this.flush());
	}

	private linkUsers(): StringMultimap {
		if (this.byLinkKey === null) {
			const users = new StringMultimap();
			for (const [path, entry] of this.entries) for (const key of linkKeysOf(entry.record)) users.add(key, path);
			this.byLinkKey = users;
		}
		return this.byLinkKey;
	}

	/** Takes a note's record out of the reverse lookups. */
	private detach(path: string, entry: Entry): void {
		const record = entry.record;
		if (this.byLinkKey) for (const key of linkKeysOf(record)) this.byLinkKey.delete(key, path);
		const contactPath = record.kind === "interview" ? record.contact?.path : undefined;
		const interviews = contactPath ? this.interviewsByContact.get(contactPath) : undefined;
		if (contactPath && interviews) {
			interviews.delete(path);
			if (interviews.size === 0) this.interviewsByContact.delete(contactPath);
		}
	}
}
