import { DateTime } from "luxon";
import { forgetParsedDates } from "../src/domain/records/dates";
import { FollowUpQueue } from "../src/domain/follow-ups/follow-up-queue";
import { RecordIndex } from "../src/domain/records/record-index";
import { LiveReferralGraph } from "../src/domain/referrals/live-referral-graph";
import { defaultSettings } from "../src/domain/settings";
import { VaultPaths } from "../src/domain/records/vault-paths";
import type { Row } from "./measure";
import { SIZES, vaultOfSize } from "./sizes";
import type { SyntheticNote } from "./synthetic-vault";

const ZONE = "Europe/Berlin";
const NOW = DateTime.fromISO("2026-11-23T09:00", { zone: ZONE }).toMillis();

interface Startup {
	index: number;
	batch: number;
	firstRead: number;
	/** The second full build, once Obsidian reports every link resolved, and its batch. */
	resolved: number;
}

/**
 * What the plugin does when Obsidian starts, in the same order: the graph and the queue
 * subscribe to an empty index, the index reads every note, the first batch reaches them,
 * and the queue view reads its list; then the second build that follows Obsidian's
 * first `resolved` event, over the same cache. Dates are forgotten first, as on a real start.
 */
function startOnce(notes: SyntheticNote[], paths: VaultPaths): Startup {
	forgetParsedDates();
	const t0 = performance.now();
	const index = new RecordIndex({ typeKey: "type", zone: ZONE, defaultDuration: 30, resolve: (l, s) => paths.resolve(l, s) });
	new LiveReferralGraph(index);
	const queue = new FollowUpQueue(index, defaultSettings(), ZONE);
	index.onChange((change) => queue.applyChange(change));
	index.replaceAll(notes.map((n) => [n.path, n.frontmatter] as const));
	const t1 = performance.now();
	index.flush();
	const t2 = performance.now();
	queue.shownList(NOW);
	const t3 = performance.now();
	index.replaceAll(notes.map((n) => [n.path, n.frontmatter] as const));
	index.flush();
	const t4 = performance.now();
	return { index: t1 - t0, batch: t2 - t1, firstRead: t3 - t2, resolved: t4 - t3 };
}

/** Median of five starts at each size (after one unmeasured). */
export function startupBenchmarks(): Row[] {
	return SIZES.map((size) => {
		const notes = vaultOfSize(size);
		const paths = new VaultPaths(notes.map((n) => n.path));
		startOnce(notes, paths);
		const runs = Array.from({ length: 5 }, () => startOnce(notes, paths));
		const median = (pick: (s: Startup) => number) => runs.map(pick).sort((a, b) => a - b)[2] ?? Number.NaN;
		const parts = [median((s) => s.index), median((s) => s.batch), median((s) => s.firstRead), median((s) => s.resolved)];
		const total = median((s) => s.index + s.batch + s.firstRead + s.resolved);
		return {
			measure: `plugin start, ${size.label} notes: index / graph + queue take the first batch / first queue read / second build when links are resolved`,
			value: `${total.toFixed(0)} ms (${parts.map((p) => p.toFixed(0)).join(" / ")})`,
			target: "",
			verdict: "",
		};
	});
}
