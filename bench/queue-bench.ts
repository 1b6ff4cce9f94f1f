import { DateTime } from "luxon";
import type { QueueItem } from "../src/domain/follow-ups/follow-up-items";
import { buildQueue, FollowUpQueue } from "../src/domain/follow-ups/follow-up-queue";
import type { IndexChange } from "../src/domain/records/record-index";
import { RecordIndex } from "../src/domain/records/record-index";
import { groupBounds, groupRanges, QUEUE_GROUPS } from "../src/domain/follow-ups/queue-groups";
import { QUEUE_PAGE } from "../src/domain/follow-ups/queue-window";
import { defaultSettings } from "../src/domain/settings";
import { VaultPaths } from "../src/domain/records/vault-paths";
import { coldMedianUs, median, medianMs, verdict, type Row } from "./measure";
import { ratioRows, SIZES, vaultOfSize } from "./sizes";
import type { SyntheticNote } from "./synthetic-vault";

const ZONE = "Europe/Berlin";
/** The synthetic vault's dates centre on this day. */
const NOW = DateTime.fromISO("2026-11-23T09:00", { zone: ZONE });

function indexOf(notes: SyntheticNote[]): RecordIndex {
	const paths = new VaultPaths(notes.map((n) => n.path));
	const index = new RecordIndex({ typeKey: "type", zone: ZONE, defaultDuration: 30, resolve: (l, s) => paths.resolve(l, s) });
	index.replaceAll(notes.map((n) => [n.path, n.frontmatter] as const));
	return index;
}

/**
 * A real change to one note. Half the edits touch only the note's own reminders (a
 * contact's latest touch, an interview's write-up); the other half also change other
 * notes' (a contact's name is in its interviews' titles, an interview's date moves its
 * contact's and referred people's reminders).
 */
function edited(note: SyntheticNote, k: number): Record<string, unknown> {
	const fm = note.frontmatter;
	const flip = Math.floor(k / 2) % 2 === 0;
	if (fm.type === "contact") {
		return k % 2 === 0 ? { ...fm, last_contact: flip ? "2026-11-20T09:00" : "2026-11-21T09:00" } : { ...fm, name: flip ? `${String(fm.name)} (2)` : fm.name };
	}
	return k % 2 === 0 ? { ...fm, debriefed: flip } : { ...fm, date: flip ? "2026-11-25T10:00" : fm.date };
}

/** A vault with its index and an up-to-date queue, for measuring updates. */
interface UpdateRig {
	notes: SyntheticNote[];
	index: RecordIndex;
	queue: FollowUpQueue;
	next: number;
}

function rigOf(notes: SyntheticNote[]): UpdateRig {
	const index = indexOf(notes);
	const queue = new FollowUpQueue(index, defaultSettings(), ZONE);
	queue.items(NOW);
	return { notes, index, queue, next: 0 };
}

/** What one timed update does after the index took the change. */
type UpdatePart = "queue" | "index+queue" | "queue+items" | "queue+rows" | "queue+rows later" | "queue+view";

/**
 * What the view reads of the queue to draw it: the shown list, where each group lies in
 * it, and each group's first page of rows (five pages fill its 200-row budget).
 */
function readRows(queue: FollowUpQueue, nowMs: number): number {
	const list = queue.shownList(nowMs);
	const ranges = groupRanges(list, groupBounds(nowMs, ZONE));
	let rows = 0;
	for (const key of QUEUE_GROUPS) rows += list.slice(ranges[key].start, Math.min(ranges[key].end, ranges[key].start + QUEUE_PAGE)).length;
	return rows;
}

/**
 * Everything the open queue view reads after a note changed (`QueueView.drawQueue` and
 * the plugin's clock): its rows, the choices of its field dropdown, and when to wake next.
 */
function readView(rig: UpdateRig, nowMs: number): void {
	readRows(rig.queue, nowMs);
	rig.queue.fieldChoices(nowMs);
	rig.queue.nextChange(nowMs);
}

/**
 * Mean cost of one note changing, in microseconds. `part` says what is timed: the
 * queue's own share (`applyChange`, the index having taken the change), the whole path
 * (the index reads the note and its listener updates the queue), or the queue's share
 * followed by a read: every item as one array (`items`), or what the view draws, at the
 * same instant each time or a second later each time, as in the plugin (the clock moves
 * on, so items appear, go and turn late, and late confirmations are due at the new now).
 */
function updateCostUs(rig: UpdateRig, part: UpdatePart, updates: number): number {
	let spent = 0;
	for (let n = 0; n < updates; n++) {
		const k = rig.next++;
		const note = rig.notes[(k * 7919) % rig.notes.length] as SyntheticNote;
		const change: IndexChange = { updated: new Set([note.path]), removed: new Set() };
		const start = part === "index+queue" ? performance.now() : 0;
		rig.index.set(note.path, edited(note, k));
		const queueStart = part === "index+queue" ? start : performance.now();
		rig.queue.applyChange(change);
		if (part === "queue+items") rig.queue.items(NOW);
		if (part === "queue+rows") readRows(rig.queue, NOW.toMillis());
		if (part === "queue+rows later") readRows(rig.queue, NOW.toMillis() + k * 1000);
		if (part === "queue+view") readView(rig, NOW.toMillis());
		spent += performance.now() - queueStart;
	}
	return (spent / updates) * 1000;
}

/**
 * Median cost of one note changing alone, in microseconds, with the processor's caches
 * cold (see `coldMedianUs`): the index takes the edit and the queue its change, or only
 * the queue's share is timed.
 */
function coldUpdateUs(rig: UpdateRig, part: "index+queue" | "queue", updates = 300): number {
	return coldMedianUs(updates, (k) => {
		const note = rig.notes[(rig.next++ * 7919) % rig.notes.length] as SyntheticNote;
		const change: IndexChange = { updated: new Set([note.path]), removed: new Set() };
		const edit = edited(note, k);
		if (part === "queue") {
			rig.index.set(note.path, edit);
			return () => rig.queue.applyChange(change);
		}
		return () => {
			rig.index.set(note.path, edit);
			rig.queue.applyChange(change);
		};
	});
}

/**
 * Each size's cost as the least of several batches, the sizes taking turns batch by batch:
 * a busy machine slows some batches, never speeds one up, and taking turns spreads any
 * slow spell over all sizes. Every batch times real updates; nothing is left out.
 */
function leastOfBatches(rigs: readonly UpdateRig[], part: UpdatePart, batches: number, updates: number): number[] {
	const least = rigs.map(() => Number.POSITIVE_INFINITY);
	for (let batch = 0; batch < batches; batch++) {
		// A different size goes first in each round.
		for (let i = 0; i < rigs.length; i++) {
			const r = (i + batch) % rigs.length;
			least[r] = Math.min(least[r] as number, updateCostUs(rigs[r] as UpdateRig, part, updates));
		}
	}
	return least;
}

/** What the floor rows handle of an item: its note, person, kind and deadline. */
interface BareItem {
	readonly path: string;
	readonly person: string;
	readonly kind: string;
	readonly dueMs: number | null;
}

/**
 * The least any full queue costs, whatever its rules: one small object per item, then
 * the items put in queue order (due time, then path) by a native sort. Measured on the
 * queue's own deadlines and paths, in a fixed shuffled order, and printed beside the full
 * queue so that its target can be read against it.
 */
function floorMs(items: readonly QueueItem[]): { make: number; sort: number } {
	const fields: BareItem[] = items.map(({ path, person, kind, dueMs }) => ({ path, person, kind, dueMs }));
	let seed = 1;
	for (let i = fields.length - 1; i > 0; i--) {
		seed = (seed * 48_271) % 2_147_483_647;
		const j = seed % (i + 1);
		[fields[i], fields[j]] = [fields[j] as BareItem, fields[i] as BareItem];
	}
	const make = (): BareItem[] => fields.map((f) => ({ path: f.path, person: f.person, kind: f.kind, dueMs: f.dueMs }));
	const dueOf = (item: BareItem) => item.dueMs ?? Number.POSITIVE_INFINITY;
	const inOrder = (a: BareItem, b: BareItem) => dueOf(a) - dueOf(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	const sortTimes: number[] = [];
	for (let run = 0; run < 11; run++) {
		const made = make();
		const start = performance.now();
		made.sort(inOrder);
		if (run >= 2) sortTimes.push(performance.now() - start);
	}
	sortTimes.sort((a, b) => a - b);
	return { make: medianMs(() => void make(), 9, 2), sort: sortTimes[sortTimes.length >> 1] ?? Number.NaN };
}

export function queueBenchmarks(): Row[] {
	const rows: Row[] = [];
	const settings = defaultSettings();
	const vaults = SIZES.map(vaultOfSize);
	const indexes = vaults.map(indexOf);
	SIZES.forEach((size, i) => {
		const index = indexes[i] as RecordIndex;
		let items: readonly QueueItem[] = [];
		const fullMs = medianMs(() => void (items = buildQueue(index, NOW, settings, ZONE)), 9, 2);
		const judged = size.contacts === 10_000;
		rows.push({
			measure: `full queue, ${size.label} notes (${size.contacts.toLocaleString("en")} contacts + ${size.interviews.toLocaleString("en")} interviews, ${items.length.toLocaleString("en")} items)`,
			value: `${fullMs.toFixed(1)} ms`,
			target: judged ? "<= 20 ms" : "",
			verdict: judged ? verdict(fullMs <= 20) : "",
		});
		const floor = floorMs(items);
		rows.push({ measure: "  floor: one small object per item", value: `${floor.make.toFixed(1)} ms`, target: "", verdict: "" });
		rows.push({ measure: "  floor: those objects sorted natively by due time, then path", value: `${floor.sort.toFixed(1)} ms`, target: "", verdict: "" });
	});
	// For information: what the view pays when the minute changes, reading the queue it keeps.
	const kept = new FollowUpQueue(indexes[1] as RecordIndex, settings, ZONE);
	let minute = 0;
	const nextMinuteMs = medianMs(() => void kept.items(NOW.toMillis() + ++minute * 60_000), 9, 2);
	rows.push({ measure: "  30,000 notes at a new minute, from a kept FollowUpQueue", value: `${nextMinuteMs.toFixed(1)} ms`, target: "", verdict: "" });
	// The field dropdown's first choices read every note with items; after that a change costs what changed.
	const firstChoicesMs: number[] = [];
	for (let run = 0; run < 7; run++) {
		const fresh = new FollowUpQueue(indexes[1] as RecordIndex, settings, ZONE);
		const start = performance.now();
		fresh.fieldChoices(NOW);
		if (run >= 2) firstChoicesMs.push(performance.now() - start);
	}
	rows.push({ measure: "  30,000 notes: the field dropdown's first choices, from a new FollowUpQueue", value: `${median(firstChoicesMs).toFixed(1)} ms`, target: "", verdict: "" });

	const rigs = vaults.map(rigOf);
	const parts: [UpdatePart, string, boolean][] = [
		["index+queue", "one note changes: index and queue", true],
		["queue", "one note changes: the queue's share (applyChange)", true],
		["queue+rows", "one note changes: applyChange + the view's rows", false],
		["queue+rows later", "one note changes: applyChange + the view's rows a second later", false],
		["queue+view", "one note changes: applyChange + all the open view reads (rows, field choices, next wake-up)", false],
		["queue+items", "one note changes: applyChange + items(now), the whole array", false],
	];
	for (const [part, label, judged] of parts) {
		// Reading every item is linear in the queue: fewer, shorter batches keep the run short.
		const costs = part === "queue+items" || part === "queue+view" ? leastOfBatches(rigs, part, 5, 100) : leastOfBatches(rigs, part, 9, 300);
		rows.push(...ratioRows(label, costs, judged));
	}
	// After the runs above, so that every size meets code already optimised.
	const coldParts: ["index+queue" | "queue", string][] = [
		["index+queue", "one note changes alone (an edit; processor caches cold; median of 300): index and queue"],
		["queue", "one note changes alone (caches cold): the queue's share (applyChange)"],
	];
	for (const [part, label] of coldParts) rows.push(...ratioRows(label, rigs.map((rig) => coldUpdateUs(rig, part))));
	return rows;
}
