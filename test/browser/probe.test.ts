import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { syntheticVault } from "../../bench/synthetic-vault";
import { ROW_BUDGET } from "../../src/ui/queue-window";
import { PERSON_NODE_BUDGET } from "../../src/ui/referral-map-context";
import { activate, freezeClock, note, resetAll, runCommand, startPlugin } from "./fixture";
import { openMap, section, toggleOverview } from "./map-driver";
import { FRAMES, showInSidebar } from "./page";
import { formatProbe, probe } from "./probe";
import { nextFrames, queueView } from "./queue-driver";

/**
 * A benchmark, not a test of speed: it prints what drawing large views costs in a real
 * browser, and fails only when a view puts more into the page than its budget allows.
 */
const PEOPLE = 1000;
/** The benchmarks' synthetic vault (bench/synthetic-vault.ts), at a size that gives some 5,000 follow-ups. */
const CONTACTS = 2700;
const INTERVIEWS = 2700;
const results: string[] = [];

/** 1,000 people, each referred by the one a third of their number down: a tree about seven levels deep. */
function referralTree(): Record<string, string> {
	const files: Record<string, string> = { "Contacts/P0.md": note({ type: "contact", met_via: "alumni office", organization: "Fabrikam" }) };
	for (let i = 1; i < PEOPLE; i++) files[`Contacts/P${i}.md`] = note({ type: "contact", referred_by: `[[P${Math.floor((i - 1) / 3)}]]`, organization: "Fabrikam", contacted: "2026-11-02" });
	return files;
}

function peopleIn(el: HTMLElement): number {
	return el.querySelectorAll(".ii-ref-row").length;
}

beforeEach(() => freezeClock());
afterEach(() => resetAll());
afterAll(() => console.log(`browser probe: ${results.join("; ")}`));

function syntheticFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const { path, frontmatter } of syntheticVault(CONTACTS, INTERVIEWS)) files[path] = note(frontmatter, "# Notes\n");
	return files;
}

describe("browser probe", () => {
	it("draws a queue of some 5,000 follow-ups within the row budget", async () => {
		const { app } = await startPlugin(syntheticFiles());
		// The view draws the rows that fit on screen as it opens, the rest on the next frame: both are timed.
		const start = performance.now();
		await runCommand(app, "open-follow-up-queue");
		const firstPaint = performance.now() - start;
		const view = queueView(app);
		const firstRows = view.rowCount;
		const draws: number[] = [];
		const draw = view.drawQueue.bind(view);
		view.drawQueue = (budget?: number): void => {
			const at = performance.now();
			draw(budget);
			draws.push(performance.now() - at);
		};
		showInSidebar(view.containerEl, FRAMES[0]!);
		await nextFrames();
		// At least the deferred draw; on a busy machine an index batch or the clock may add another.
		expect(draws.length).toBeGreaterThanOrEqual(1);
		// The summary line says how many there are in all ("12 overdue · 5,000 in all").
		const items = Number(/(\d+) in all/.exec(view.contentEl.querySelector(".ii-queue-summary")?.textContent ?? "")?.[1]);
		expect(items).toBeGreaterThanOrEqual(5000);
		expect(firstRows).toBeLessThan(view.rowCount);
		expect(view.rowCount).toBeLessThanOrEqual(ROW_BUDGET);
		expect(view.contentEl.querySelectorAll(".ii-queue-row").length).toBe(view.rowCount);
		// A redraw of the whole queue (what the clock does each minute): every item is recomputed, rows are kept.
		const redraw = probe(view.contentEl, () => view.drawQueue());
		// A filter to one kind and back: most rows leave and come back, as new elements.
		const kind = view.contentEl.querySelector("select")!;
		const choose = (value: string): void => {
			kind.value = value;
			kind.dispatchEvent(new Event("change"));
		};
		const refilter = probe(view.contentEl, () => {
			choose("thank_you");
			choose("");
		});
		expect(view.rowCount).toBeLessThanOrEqual(ROW_BUDGET);
		results.push(
			`queue ${items.toLocaleString("en-US")} items: open with ${firstRows} rows ${firstPaint.toFixed(0)} ms, the rest a frame later ${(draws[0] ?? Number.NaN).toFixed(1)} ms, redraw ${redraw.ms.toFixed(1)} ms, filter and back ${refilter.ms.toFixed(1)} ms, ${view.rowCount} rows, ${redraw.nodes.toLocaleString("en-US")} nodes`,
		);
	});

	it(`draws a referral tree of ${PEOPLE.toLocaleString("en-US")} people within the node budget`, async () => {
		const { app } = await startPlugin(referralTree());
		const view = await openMap(app, FRAMES[0]!);
		await activate(app, "Contacts/P0.md");
		const referrals = section(view, "Referrals");
		// Open every branch the tree offers, as a user clicking through would.
		for (let closed = referrals.querySelector<HTMLElement>('[aria-expanded="false"] > .ii-ref-row > .ii-ref-toggle'); closed; closed = referrals.querySelector<HTMLElement>('[aria-expanded="false"] > .ii-ref-row > .ii-ref-toggle')) closed.click();

		const tree = probe(view.contentEl, () => view.render());
		results.push(formatProbe(`referral tree ${PEOPLE.toLocaleString("en-US")} people, every branch open`, tree));
		expect(peopleIn(view.contentEl)).toBeGreaterThan(150);
		expect(peopleIn(view.contentEl)).toBeLessThanOrEqual(PERSON_NODE_BUDGET + 1);
		expect(tree.nodes).toBeLessThan(20 * PERSON_NODE_BUDGET);

		toggleOverview(view);
		const overview = probe(view.contentEl, () => view.render());
		results.push(formatProbe("network overview", overview));
		expect(peopleIn(view.contentEl)).toBeLessThanOrEqual(PERSON_NODE_BUDGET);
	});

	it(`draws the chain above the last of ${PEOPLE.toLocaleString("en-US")} people within the node budget`, async () => {
		const files: Record<string, string> = { "Contacts/C0.md": note({ type: "contact", met_via: "alumni office" }) };
		for (let i = 1; i < PEOPLE; i++) files[`Contacts/C${i}.md`] = note({ type: "contact", referred_by: `[[C${i - 1}]]` });
		const { app } = await startPlugin(files);
		const view = await openMap(app, FRAMES[0]!);
		await activate(app, `Contacts/C${PEOPLE - 1}.md`);
		const chain = probe(view.contentEl, () => view.render());
		results.push(formatProbe(`referral chain ${PEOPLE.toLocaleString("en-US")} people`, chain));
		expect(peopleIn(view.contentEl)).toBeLessThanOrEqual(PERSON_NODE_BUDGET);
	});
});
