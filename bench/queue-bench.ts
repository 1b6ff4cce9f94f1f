import { DateTime } from "luxon";
import { buildQueue, FollowUpQueue } from "../src/domain/follow-up-queue";
import type { IndexChange } from "../src/domain/record-index";
import { RecordIndex } from "../src/domain/record-index";
import { defaultSettings } from "../src/domain/settings";
import { VaultPaths } from "../src/domain/vault-paths";
import { medianMs, verdict, type Row } from "./measure";
import { syntheticVault, type SyntheticNote } from "./synthetic-vault";

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

/**
 * Mean cost of one note changing, in microseconds. `part` says what is timed: the
 * queue's own share (`applyChange`, the index having taken the change), the whole path
 * (the index reads the note and its listener updates the queue), or the queue's share
 * followed by reading the sorted list, which is linear in the queue's length.
 */
function updateCostUs(rig: UpdateRig, part: "queue" | "index+queue" | "queue+items", updates: number): number {
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
		spent += performance.now() - queueStart;
	}
	return (spent / updates) * 1000;
}

/** Best of alternating rounds at both sizes: a busy machine slows some rounds, never speeds one up. */
function bestOf(small: UpdateRig, large: UpdateRig, part: Parameters<typeof updateCostUs>[1], rounds: number, updates: number): [number, number] {
	let smallUs = Number.POSITIVE_INFINITY;
	let largeUs = Number.POSITIVE_INFINITY;
	for (let round = 0; round < rounds; round++) {
		smallUs = Math.min(smallUs, updateCostUs(small, part, updates));
		largeUs = Math.min(largeUs, updateCostUs(large, part, updates));
	}
	return [smallUs, largeUs];
}

export function queueBenchmarks(): Row[] {
	const rows: Row[] = [];
	const big = syntheticVault(10_000, 20_000);
	const index = indexOf(big);
	const settings = defaultSettings();
	let count = 0;
	const fullMs = medianMs(() => void (count = buildQueue(index, NOW, settings, ZONE).length), 9, 2);
	rows.push({ measure: `full queue, 10,000 contacts + 20,000 interviews (${count} items)`, value: `${fullMs.toFixed(1)} ms`, target: "<= 20 ms", verdict: verdict(fullMs <= 20) });
	// For information: what the view pays when the minute changes, reading the queue it keeps.
	const kept = new FollowUpQueue(index, settings, ZONE);
	let minute = 0;
	const nextMinuteMs = medianMs(() => void kept.items(NOW.toMillis() + ++minute * 60_000), 9, 2);
	rows.push({ measure: "  the same queue at a new minute, from a kept FollowUpQueue", value: `${nextMinuteMs.toFixed(1)} ms`, target: "", verdict: "" });

	const small = rigOf(syntheticVault(1_000, 2_000));
	const large = rigOf(big);
	const parts: [Parameters<typeof updateCostUs>[1], string, boolean][] = [
		["index+queue", "one note changes: index and queue", true],
		["queue", "one note changes: the queue's share (applyChange)", true],
		["queue+items", "one note changes: applyChange + items(now)", false],
	];
	for (const [part, label, judged] of parts) {
		const [smallUs, largeUs] = bestOf(small, large, part, part === "queue+items" ? 2 : 7, part === "queue+items" ? 200 : 1000);
		const ratio = largeUs / smallUs;
		rows.push({ measure: `${label}, 3,000 notes`, value: `${smallUs.toFixed(1)} µs`, target: "", verdict: "" });
		rows.push({ measure: `${label}, 30,000 notes`, value: `${largeUs.toFixed(1)} µs`, target: "", verdict: "" });
		rows.push({ measure: "  ratio 30,000 / 3,000", value: ratio.toFixed(2), target: judged ? "<= 1.5" : "", verdict: judged ? verdict(ratio <= 1.5) : "" });
	}
	return rows;
}
