import { Notice } from "obsidian";

/** Tells the user which of their template files were used only in part, and why. */
export function reportTemplateProblems(problems: readonly string[]): void {
	if (problems.length === 0) return;
	new Notice(`Some of your templates need attention:\n${problems.join("\n")}`, 15_000);
}
