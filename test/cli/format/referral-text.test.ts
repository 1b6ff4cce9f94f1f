import { describe, expect, it } from "vitest";
import { depthPrefix, MAX_INDENT_DEPTH, referralText } from "../../../src/cli/format/referral-text";
import { GraphVault, NOW } from "../../builders/graph";

/** A chain P0 → P1 → … of `length` people, and a circle C0 → C1 → … → C0 of `circle` people. */
function chainAndCircle(length: number, circle: number): GraphVault {
	const notes: Record<string, Record<string, unknown>> = {};
	for (let i = 0; i < length; i++) notes[`P/P${i}.md`] = i === 0 ? { type: "contact" } : { type: "contact", referred_by: `[[P${i - 1}]]` };
	for (let i = 0; i < circle; i++) notes[`C/C${i}.md`] = { type: "contact", referred_by: `[[C${(i + circle - 1) % circle}]]` };
	return new GraphVault(notes);
}

describe("depthPrefix", () => {
	it("indents two spaces a level up to the cap, then the same indent and the depth as a number", () => {
		expect(depthPrefix(0)).toBe("");
		expect(depthPrefix(2)).toBe("    ");
		expect(depthPrefix(MAX_INDENT_DEPTH)).toBe("  ".repeat(MAX_INDENT_DEPTH));
		expect(depthPrefix(MAX_INDENT_DEPTH + 1)).toBe(`${"  ".repeat(MAX_INDENT_DEPTH)}[${MAX_INDENT_DEPTH + 1}] `);
		expect(depthPrefix(49_999)).toBe(`${"  ".repeat(MAX_INDENT_DEPTH)}[49999] `);
	});
});

describe("referralText", () => {
	it("prints a deep chain and a long circle in output that grows linearly, one person a line", () => {
		const people = 5_000;
		const text = referralText(chainAndCircle(people, people).graph, NOW);
		const lines = text.split("\n");
		// Indentation that grew with depth would make this chain alone 25 million characters.
		const longest = Math.max(...lines.filter((l) => !l.includes(" → ")).map((l) => l.length));
		expect(longest).toBeLessThan(2 * MAX_INDENT_DEPTH + 60);
		expect(lines).toContain(`${"  ".repeat(MAX_INDENT_DEPTH)}[4999] P4999 · not contacted`);
		expect(lines).toContain(`${"  ".repeat(MAX_INDENT_DEPTH)}[${MAX_INDENT_DEPTH + 1}] P${MAX_INDENT_DEPTH + 1} · not contacted`);
		expect(lines).toContain(`${"  ".repeat(MAX_INDENT_DEPTH)}P${MAX_INDENT_DEPTH} · not contacted`);
		// The circle is drawn once as a tree, marked where it closes, and listed once.
		expect(lines.filter((l) => l.endsWith("(circle: shown above)"))).toHaveLength(1);
		expect(text.length).toBeLessThan(people * 2 * 100);
	});
});
