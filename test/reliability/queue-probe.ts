import { DateTime } from "luxon";
import { readFrontmatter } from "../../src/cli/frontmatter";
import { dueOf, type QueueItem } from "../../src/domain/follow-ups/item";
import { buildQueue } from "../../src/domain/follow-ups/queue";
import { liveQueue } from "../builders/queue";
import { groupItems } from "../../src/domain/follow-ups/queue-groups";
import { RecordIndex } from "../../src/domain/records/record-index";
import { DEFAULT_RULES } from "../../src/domain/settings";
import { VaultPaths } from "../../src/domain/records/vault-paths";
import { CHANGE_DAYS, dayAfter, dstVault, dstVaultTexts } from "./dst-vault";

/*
 * The queue of the DST vault as text, for the time tests: in-process, and in child
 * processes started with another TZ (this file is bundled for them), whose answers must
 * be the same. Nothing here may read the machine's zone except `systemOffset`.
 */

export const PROBE_ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Pacific/Auckland"] as const;

const SETTINGS = { rules: { ...DEFAULT_RULES } };

/** The vault's index read in `zone`, from property objects or from the note files' text. */
export function dstIndex(zone: string, from: "properties" | "texts" = "properties"): RecordIndex {
	const notes: [string, unknown][] =
		from === "properties"
			? Object.entries(dstVault())
			: Object.entries(dstVaultTexts()).map(([path, text]) => {
					const read = readFrontmatter(text);
					return [path, read.ok ? read.frontmatter : undefined];
				});
	const paths = new VaultPaths(notes.map(([path]) => path));
	const index = new RecordIndex({ typeKey: "type", zone, defaultDuration: 30, resolve: (linkpath, source) => paths.resolve(linkpath, source) });
	index.replaceAll(notes);
	return index;
}

/** A moment given as local wall time in a zone. */
export function localMs(local: string, zone: string): number {
	return DateTime.fromISO(local, { zone }).toMillis();
}

/** `group kind due` per item, in queue order; the due time as ISO in the queue's zone. */
export function queueLines(items: readonly QueueItem[], nowMs: number, zone: string, withPath = false): string[] {
	return groupItems(items, nowMs, zone).flatMap((group) =>
		group.items.map((item) => [group.key, item.kind, ...(withPath ? [item.path] : []), dueOf(item)?.toISO() ?? "anytime"].join(" ")),
	);
}

export interface ProbeResult {
	/** The offset of the process's own zone on 1 January 2026, in minutes east of UTC. */
	readonly systemOffset: number;
	/** Queue lines by zone, day and moment, from both queues and both ways of reading the notes. */
	readonly queues: Record<string, string[]>;
}

/** Everything the time tests compare between processes running in different zones. */
export function probe(): ProbeResult {
	const queues: Record<string, string[]> = {};
	for (const zone of PROBE_ZONES) {
		for (const from of ["properties", "texts"] as const) {
			const index = dstIndex(zone, from);
			const kept = liveQueue(index, SETTINGS, zone);
			for (const day of Object.values(CHANGE_DAYS)) {
				for (const local of [`${dayAfter(day, -1)}T09:00`, `${dayAfter(day, 1)}T09:00`]) {
					const nowMs = localMs(local, zone);
					queues[`${zone} ${from} ${local} built`] = queueLines(buildQueue(index, nowMs, SETTINGS, zone), nowMs, zone, true);
					queues[`${zone} ${from} ${local} kept`] = queueLines(kept.items(nowMs), nowMs, zone, true);
				}
			}
		}
	}
	return { systemOffset: -new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), queues };
}
