import { Window } from "happy-dom";
import manifest from "../manifest.json";
import InformationalInterviewsPlugin from "../src/main";
import { QUEUE_VIEW_TYPE, QueueView } from "../src/ui/queue-view";
import { App, loadPlugin, settlePending, unloadPlugin } from "../test/obsidian-fake";
import { installDomHelpers } from "../test/obsidian-fake/dom";
import type { Row } from "./measure";

/**
 * Makes happy-dom's window the global DOM, as vitest's happy-dom environment does, and
 * adds Obsidian's DOM helpers to it. Only names the global scope lacks are set.
 */
export function installDom(): Window {
	const window = new Window({ url: "http://localhost/" });
	const target = globalThis as unknown as Record<string, unknown>;
	const source = window as unknown as Record<string, unknown>;
	for (const name of Object.getOwnPropertyNames(window)) {
		if (name in target) continue;
		try {
			target[name] = source[name];
		} catch {
			// a getter that needs a real browser: not needed to build elements
		}
	}
	target.window = window;
	target.document = window.document;
	installDomHelpers();
	return window;
}

/** 4,000 planned follow-ups spread over two months around the clock, and 1,000 people to reach out to anytime. */
function vaultFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < 5000; i++) {
		const lines = ["type: contact", `name: Person ${i}`, `organization: Organization ${i % 97}`, `field: Field ${i % 7}`];
		if (i < 4000) {
			const day = new Date(Date.UTC(2026, 10, 23 + (i % 60) - 20)).toISOString().slice(0, 10);
			lines.push("contacted: 2026-09-01", "replied: 2026-09-02", `next_follow_up: ${day}${i % 3 === 0 ? "T09:30" : ""}`);
		}
		files[`Contacts/P${String(i).padStart(4, "0")}.md`] = `---\n${lines.join("\n")}\n---\n`;
	}
	return files;
}

/** Median of the times `timed` reports, after `warmup` unreported runs. */
export async function median(runs: number, warmup: number, timed: () => Promise<number>): Promise<number> {
	for (let i = 0; i < warmup; i++) await timed();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) times.push(await timed());
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * First paint of the queue view over a 5,000-item queue: opening the view in a sidebar
 * leaf, which builds its DOM from the plugin's queue, measured as script time in
 * happy-dom (there is no layout or painting here). The clock moves between runs, so
 * each one reads the queue anew too.
 */
export async function queueViewBenchmarks(): Promise<Row[]> {
	const window = installDom();
	const app = new App({ files: vaultFiles() });
	const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
	app.finishLayout();
	await app.settle();
	plugin.index.flush();
	const leaf = app.workspace.getRightLeaf(false);
	let rows = 0;
	let firstRows = 0;
	let items = 0;
	const restTimes: number[] = [];
	const openMs = await median(15, 3, async () => {
		await leaf.setViewState({ type: "empty" });
		const start = performance.now();
		await leaf.setViewState({ type: QUEUE_VIEW_TYPE });
		const spent = performance.now() - start;
		const view = leaf.view;
		if (view instanceof QueueView) {
			firstRows = view.rowCount;
			// What the next frame does: the rest of the rows.
			const restStart = performance.now();
			view.drawQueue();
			restTimes.push(performance.now() - restStart);
			rows = view.rowCount;
			items = Number(/(\d+) in all/.exec(view.contentEl.querySelector(".ii-queue-summary")?.textContent ?? "")?.[1] ?? 0);
		}
		return spent;
	});
	restTimes.sort((a, b) => a - b);
	const restMs = restTimes[Math.floor(restTimes.length / 2)] ?? Number.NaN;
	// The view's own share once open: a redraw after the clock moved.
	const redrawMs = await median(15, 3, async () => {
		await new Promise((resolve) => setTimeout(resolve, 2));
		const view = leaf.view;
		const start = performance.now();
		if (view instanceof QueueView) view.drawQueue();
		return performance.now() - start;
	});
	await settlePending();
	// The plugin's clock and the index's timer would keep Node running.
	unloadPlugin(plugin);
	await window.happyDOM.close();
	return [
		{ measure: `queue view first paint, ${items.toLocaleString("en")}-item queue (happy-dom, ${firstRows} rows)`, value: `${openMs.toFixed(1)} ms`, target: "<= 16 ms", verdict: openMs <= 16 ? "meets" : "over (reported)" },
		{ measure: "  the rest of the rows, on the next frame", value: `${restMs.toFixed(1)} ms`, target: "", verdict: "" },
		{ measure: "  rows in the DOM once complete", value: String(rows), target: "<= ~200", verdict: rows <= 200 ? "meets" : "MISSES" },
		{ measure: "  redraw of the open view after the clock moved", value: `${redrawMs.toFixed(1)} ms`, target: "", verdict: "" },
	];
}
