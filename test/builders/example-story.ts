import { daysBetween, shiftDatesInFrontmatter } from "../../scripts/frontmatter-dates.mjs";

/** The day example-vault's story is written for: the tests' expected dates are set on it. */
export const STORY_DATE = "2026-11-23";

/**
 * example-vault's files as they are on `STORY_DATE`. `npm run demo` moves the story, in
 * place, to the day it runs (`storyDateOnDisk` is what `.story-date` says now); the tests
 * move the notes' dates back in memory the same way, so that they pass whatever day the
 * demo last ran. Files other than notes are returned as they are.
 */
export function asOnStoryDate(files: Record<string, string>, storyDateOnDisk: string): Record<string, string> {
	const days = daysBetween(storyDateOnDisk.trim(), STORY_DATE);
	if (days === 0) return files;
	const moved: Record<string, string> = {};
	for (const [path, text] of Object.entries(files)) moved[path] = path.endsWith(".md") ? shiftDatesInFrontmatter(text, days).text : text;
	return moved;
}
