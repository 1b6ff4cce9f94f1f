import manifest from "../manifest.json";
import InformationalInterviewsPlugin from "../src/main";
import { PIPELINE_VIEW_TYPE, PipelineView } from "../src/ui/pipeline-view";
import { App, loadPlugin, settlePending, unloadPlugin } from "../test/obsidian-fake";
import type { Row } from "./measure";
import { installDom, median } from "./queue-view-bench";
import { syntheticVault } from "./synthetic-vault";

/** The synthetic vault's notes as files: 3,000 people and 3,000 interviews with them. */
function vaultFiles(people: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (const note of syntheticVault(people, people)) {
		const lines = Object.entries(note.frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
		files[note.path] = `---\n${lines.join("\n")}\n---\n`;
	}
	return files;
}

/**
 * Opening the pipeline board with 3,000 people: the view reads the index and the queue,
 * computes every card and draws every column, measured as script time in happy-dom (no
 * layout or painting here). A redraw (a note changed) is measured too.
 */
export async function pipelineViewBenchmarks(): Promise<Row[]> {
	const people = Number(process.env.PIPELINE_BENCH_PEOPLE ?? 3_000);
	const window = installDom();
	const app = new App({ files: vaultFiles(people) });
	const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
	app.finishLayout();
	await app.settle();
	plugin.index.flush();
	const leaf = app.workspace.getLeaf("tab");
	let cards = 0;
	const openMs = await median(3, 1, async () => {
		await leaf.setViewState({ type: "empty" });
		const start = performance.now();
		await leaf.setViewState({ type: PIPELINE_VIEW_TYPE });
		const spent = performance.now() - start;
		if (leaf.view instanceof PipelineView) cards = leaf.view.cardCount;
		return spent;
	});
	const redrawMs = await median(3, 1, () => {
		const view = leaf.view;
		const start = performance.now();
		if (view instanceof PipelineView) view.draw();
		return Promise.resolve(performance.now() - start);
	});
	await settlePending();
	unloadPlugin(plugin);
	await window.happyDOM.close();
	return [
		{ measure: `pipeline board open, ${people.toLocaleString("en")} people (happy-dom, ${cards} cards)`, value: `${openMs.toFixed(1)} ms`, target: "", verdict: "" },
		{ measure: "  redraw of the open board (a note changed)", value: `${redrawMs.toFixed(1)} ms`, target: "", verdict: "" },
	];
}
