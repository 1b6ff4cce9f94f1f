import type { Count, PipelineStatistics, ReplyGroup } from "../domain/pipeline/statistics";
import { FEW_INTERVIEWS } from "../domain/pipeline/statistics";

/** Follow a number to the notes behind it (the view filters the board to those people). */
export type ShowPeople = (label: string, paths: readonly string[]) => void;

const BAR_HEIGHT = 18;
const GAP = 6;
const WIDTH = 240;

function percent(value: number | null): string {
	return value === null ? "—" : `${Math.round(value * 100)}%`;
}

/** A number that is a link to the people behind it; zero is plain text (nobody to show). */
function countLink(parent: HTMLElement, count: Count, label: string, show: ShowPeople): void {
	const n = count.paths.length;
	if (n === 0) {
		parent.createSpan({ cls: "ii-progress-number", text: "0" });
		return;
	}
	const link = parent.createEl("a", { cls: "ii-progress-number", text: String(n), href: "#", attr: { "aria-label": `${n}: show ${label}` } });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		show(label, count.paths);
	});
}

/**
 * Horizontal bars, one per row, each as long as its share of the largest; drawn in
 * Obsidian's colours so that both themes read. The SVG is decoration with a text
 * alternative (`aria-label`); the figures themselves are in the list beside it.
 */
function barChart(parent: HTMLElement, rows: readonly { label: string; value: number }[], description: string, threshold?: number): void {
	const max = Math.max(1, threshold ?? 0, ...rows.map((r) => r.value));
	const height = rows.length * (BAR_HEIGHT + GAP);
	const svg = parent.createSvg("svg", { cls: "ii-progress-chart", attr: { viewBox: `0 0 ${WIDTH} ${Math.max(height, 1)}`, role: "img", "aria-label": description, width: "100%", preserveAspectRatio: "xMinYMin meet" } });
	rows.forEach((row, i) => {
		const y = i * (BAR_HEIGHT + GAP);
		svg.createSvg("rect", { cls: "ii-progress-track", attr: { x: 0, y, width: WIDTH, height: BAR_HEIGHT, rx: 3 } });
		svg.createSvg("rect", { cls: "ii-progress-bar", attr: { x: 0, y, width: Math.max(row.value > 0 ? 2 : 0, (row.value / max) * WIDTH), height: BAR_HEIGHT, rx: 3 } });
		const text = svg.createSvg("text", { cls: "ii-progress-bar-label", attr: { x: 6, y: y + BAR_HEIGHT / 2, "dominant-baseline": "central" } });
		text.setText(`${row.label}: ${row.value}`);
	});
	if (threshold !== undefined) {
		const x = (threshold / max) * WIDTH;
		svg.createSvg("line", { cls: "ii-progress-threshold", attr: { x1: x, x2: x, y1: 0, y2: height } });
	}
}

/** Vertical bars over time (interviews per week). */
function columnChart(parent: HTMLElement, rows: readonly { label: string; value: number }[], description: string): void {
	const max = Math.max(1, ...rows.map((r) => r.value));
	const height = 80;
	const step = WIDTH / Math.max(1, rows.length);
	const svg = parent.createSvg("svg", { cls: "ii-progress-chart", attr: { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": description, width: "100%" } });
	rows.forEach((row, i) => {
		const h = (row.value / max) * (height - 4);
		const rect = svg.createSvg("rect", { cls: "ii-progress-bar", attr: { x: i * step + 2, y: height - h, width: Math.max(1, step - 4), height: h, rx: 2 } });
		rect.createSvg("title").setText(`${row.label}: ${row.value}`);
	});
	svg.createSvg("line", { cls: "ii-progress-axis", attr: { x1: 0, x2: WIDTH, y1: height - 0.5, y2: height - 0.5 } });
}

function section(parent: HTMLElement, title: string): HTMLElement {
	const el = parent.createDiv({ cls: "ii-progress-section" });
	el.createEl("h3", { text: title });
	return el;
}

function replyTable(parent: HTMLElement, groups: readonly ReplyGroup[], show: ShowPeople): void {
	const table = parent.createEl("table", { cls: "ii-progress-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const h of ["", "Contacted", "Replied", "Reply rate", "Median days to reply"]) head.createEl("th", { text: h });
	const body = table.createEl("tbody");
	for (const g of groups) {
		const row = body.createEl("tr");
		row.createEl("th", { text: g.label, attr: { scope: "row" } });
		countLink(row.createEl("td"), g.contacted, `${g.label}: contacted`, show);
		countLink(row.createEl("td"), g.replied, `${g.label}: replied`, show);
		row.createEl("td", { text: percent(g.rate) });
		row.createEl("td", { text: g.medianDays === null ? "—" : String(g.medianDays) });
	}
}

/** The Progress tab: the funnel, reply rates, thank-yous, interviews per week and per field. */
export function renderProgress(parent: HTMLElement, stats: PipelineStatistics, show: ShowPeople): void {
	parent.empty();
	const funnel = section(parent, "Funnel");
	barChart(
		funnel,
		stats.funnel.map((s) => ({ label: s.label, value: s.paths.length })),
		`Funnel: ${stats.funnel.map((s) => `${s.label} ${s.paths.length}`).join(", ")}.`,
	);
	const list = funnel.createEl("ol", { cls: "ii-progress-funnel" });
	for (const step of stats.funnel) {
		const item = list.createEl("li");
		item.createSpan({ text: `${step.label}: ` });
		countLink(item, step, step.label.toLowerCase(), show);
		if (step.conversion !== null) item.createSpan({ cls: "ii-progress-conversion", text: ` (${percent(step.conversion)} of the step before)` });
	}

	replyTable(section(parent, "Replies by outreach method"), stats.byMethod, show);
	replyTable(section(parent, "Replies: referrals and cold outreach"), stats.byOrigin, show);

	const thanks = section(parent, "Thank-yous");
	const t = stats.thankYous;
	const thanksList = thanks.createEl("ul", { cls: "ii-progress-list" });
	const line = (label: string, count: Count): void => {
		const li = thanksList.createEl("li");
		li.createSpan({ text: `${label}: ` });
		countLink(li, count, label.toLowerCase(), show);
	};
	line(`Sent within ${t.hours} hours`, t.withinTime);
	line("Sent later", t.late);
	line("Not sent yet", t.notSent);

	const weeks = section(parent, "Interviews per week");
	const total = stats.perWeek.reduce((n, w) => n + w.paths.length, 0);
	columnChart(
		weeks,
		stats.perWeek.map((w) => ({ label: `Week of ${w.week}`, value: w.paths.length })),
		`Interviews per week over the last ${stats.perWeek.length} weeks: ${stats.perWeek.map((w) => `week of ${w.week}: ${w.paths.length}`).join("; ")}.`,
	);
	const weekText = weeks.createDiv({ cls: "ii-progress-caption" });
	weekText.createSpan({ text: `${stats.perWeek.length} weeks, from the week of ${stats.perWeek[0]?.week ?? ""}: ` });
	countLink(weekText, { paths: stats.perWeek.flatMap((w) => w.paths) }, "interviews in these weeks", show);
	weekText.createSpan({ text: total === 1 ? " interview" : " interviews" });

	const fields = section(parent, "Interviews per field");
	if (stats.perField.length === 0) fields.createEl("p", { cls: "ii-progress-caption", text: "No interview has taken place yet." });
	else {
		barChart(
			fields,
			stats.perField.map((f) => ({ label: f.field, value: f.paths.length })),
			`Interviews per field: ${stats.perField.map((f) => `${f.field} ${f.paths.length}`).join(", ")}. The line marks ${FEW_INTERVIEWS}.`,
			FEW_INTERVIEWS,
		);
		fields.createEl("p", { cls: "ii-progress-caption", text: `Fewer than ${FEW_INTERVIEWS} is too few to judge a field (the line).` });
		const fieldList = fields.createEl("ul", { cls: "ii-progress-list" });
		for (const f of stats.perField) {
			const li = fieldList.createEl("li");
			li.createSpan({ text: `${f.field}: ` });
			countLink(li, f, `interviews in ${f.field}`, show);
			if (f.tooFew) li.createSpan({ cls: "ii-progress-too-few", text: " — too few to judge" });
		}
	}
}
