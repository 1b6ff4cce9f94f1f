import type { DateTime } from "luxon";
import { Notice, type App } from "obsidian";
import { ACTION_DONE, actionWrite, snoozeWrite, type FollowUpAction, type FrontmatterWrite } from "../domain/follow-ups/follow-up-actions";
import { writeFrontmatter, type WriteResult } from "../obsidian/frontmatter-writes";
import { undoNotice } from "./undo-notice";

function noteName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.replace(/\.md$/i, "");
}

/**
 * Writes a fact into a note and says so in a notice that offers to undo it. The undo
 * puts back exactly the properties the write changed, whatever happened to the others
 * in between. Resolves once the note is written (or not), never rejects.
 */
export async function recordFact(app: App, write: FrontmatterWrite, message: string): Promise<WriteResult> {
	const result = await writeFrontmatter(app, write);
	if (result.status === "written") {
		undoNotice(message, async () => {
			const undone = await writeFrontmatter(app, result.undo);
			if (undone.status !== "failed") new Notice("Undone.");
		});
	} else if (result.status === "unchanged") {
		new Notice(`Nothing to change: "${noteName(write.path)}" already says so.`);
	}
	return result;
}

/** An item's action on the note at `path`, for `person`, at `now` in `zone`. */
export function runAction(app: App, action: FollowUpAction, path: string, person: string, now: DateTime, zone: string): Promise<WriteResult> {
	return recordFact(app, actionWrite(action, path, now, zone), `${person}: ${ACTION_DONE[action]}.`);
}

/** Hides a note's follow-ups until the day `until` begins. */
export function snoozeNote(app: App, path: string, who: string, until: DateTime): Promise<WriteResult> {
	return recordFact(app, snoozeWrite(path, until), `Follow-ups for ${who} snoozed until ${until.setLocale("en-GB").toFormat("cccc d LLLL")}.`);
}
