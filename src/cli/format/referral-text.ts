import type { DateTime } from "luxon";
import { STAGE_LABELS } from "../../domain/referrals/person-stage";
import type { PersonKey } from "../../domain/referrals/referral-edges";
import type { ReferralGraph } from "../../domain/referrals/referral-graph";
import type { ReferralTreeNode } from "../../domain/referrals/referral-tree";
import { plural, printable, textTable } from "./text";

const INDENT = "  ";
/**
 * Deepest level drawn as indentation. Past it every line gets the same indent and its depth
 * as a number, so a chain of n people prints in O(n) characters rather than O(n²).
 */
export const MAX_INDENT_DEPTH = 12;

/** The indentation for a person `depth` levels below a root: spaces, then `[depth] ` once they are capped. */
export function depthPrefix(depth: number): string {
	if (depth <= MAX_INDENT_DEPTH) return INDENT.repeat(depth);
	return `${INDENT.repeat(MAX_INDENT_DEPTH)}[${depth}] `;
}

/** One person on a line: name, stage (or that they have no contact note), organization, how they were found. */
function personLine(graph: ReferralGraph, node: ReferralTreeNode, now: DateTime, top: boolean): string {
	const { name, contact } = graph.person(node.person);
	const parts = [name];
	if (contact) parts.push(STAGE_LABELS[graph.stageOf(node.person, now)]);
	if (contact?.organization) parts.push(contact.organization);
	if (top && contact?.metVia) parts.push(`found via ${contact.metVia}`);
	let line = parts.join(" · ");
	if (!contact) line += " (not yet a contact)";
	if (node.repeat === "ancestor") line += " (circle: shown above)";
	else if (node.repeat === "elsewhere") line += " (shown above)";
	return line;
}

/**
 * The trees from every root, one person a line, indented by depth (capped, see
 * `depthPrefix`): everyone on the map appears in full once. Walked with a stack, so a
 * chain of any length prints.
 */
function treeLines(graph: ReferralGraph, now: DateTime): string[] {
	const forest = graph.referralForest(graph.roots(), { maxNodes: Number.POSITIVE_INFINITY });
	const lines: string[] = [];
	const stack: { node: ReferralTreeNode; depth: number }[] = forest.trees.map((node) => ({ node, depth: 0 })).reverse();
	for (let next = stack.pop(); next; next = stack.pop()) {
		const { node, depth } = next;
		lines.push(depthPrefix(depth) + printable(personLine(graph, node, now, depth === 0)));
		for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as ReferralTreeNode, depth: depth + 1 });
	}
	return lines;
}

function nameOf(graph: ReferralGraph, person: PersonKey): string {
	return graph.person(person).name;
}

function circleLines(graph: ReferralGraph): string[] {
	return graph.cycles().map((cycle) => printable([...cycle, cycle[0] as PersonKey].map((p) => nameOf(graph, p)).join(" → ")));
}

function referrerTable(graph: ReferralGraph, now: DateTime): string {
	const rows = graph.topReferrers(now).map((r) => [nameOf(graph, r.person), String(r.referrals), String(r.interviews)]);
	return textTable(["Name", "Referrals", "Became interviews"], rows);
}

function fieldTable(graph: ReferralGraph, now: DateTime): string {
	const { fields, heldWithoutField } = graph.fieldCounts(now);
	const rows = fields.map((f) => [f.field, String(f.held), f.tooFew ? "too few to judge the field" : ""]);
	if (heldWithoutField > 0) rows.push(["(no field)", String(heldWithoutField), ""]);
	return textTable(["Field", "Held", "Note"], rows);
}

/** Links the map reads that point at no note: the people who are not yet a contact. */
function unresolvedLines(graph: ReferralGraph): string[] {
	return graph.unresolved().map((u) => printable(`${u.path}: ${u.field}: "${u.link}" has no note yet`));
}

/** What `referrals` prints without --json: the trees, circles, who opened doors, fields, missing notes. */
export function referralText(graph: ReferralGraph, now: DateTime): string {
	const people = graph.people().length;
	const tree = treeLines(graph, now);
	const circles = circleLines(graph);
	const missing = unresolvedLines(graph);
	const sections = [
		`Referral map (${plural(people, "person", "people")})\n${tree.map((l) => `${l}\n`).join("")}`,
		`Circles (${circles.length})\n${circles.map((l) => `${l}\n`).join("")}`,
		`Who opened the most doors\n${referrerTable(graph, now)}`,
		`Interviews held per field\n${fieldTable(graph, now)}`,
		`Links to people without a note (${missing.length})\n${missing.map((l) => `${l}\n`).join("")}`,
	];
	return sections.join("\n");
}
