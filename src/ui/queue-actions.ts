import type { DateTime } from "luxon";
import { Notice, type App } from "obsidian";
import { ACTION_DONE, actionWrite, snoozeWrite, type FollowUpAction, type FrontmatterWrite } from "../domain/follow-ups/follow-up-actions";
import { undoWrite, writeFrontmatter, type WriteResult } from "../obsidian/frontmatter-writes";
import { undoNotice } from "./undo-notice";

function noteName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.replace(/\.md$/i, "");
}

/**
 * Writes a fact into a note and says so in a notice that offers to undo it. The undo
 * puts back only what the write changed, and only where the note still holds what the
 * write left: a property edited since is left alone, and the notice says so. Resolves
 * once the note is written (or not), never rejects.
 */
export async function recordFact(app: App, write: FrontmatterWrite, message: string): Promise<WriteResult> {
	const result = await writeFrontmatter(app, write);
	if (result.status === "written") {
		undoNotice(message, async () => {
			const undone = await undoWrite(app, result.undo);
			if (undone.status === "failed") return;
			const changed = undone.changedSince;
			if (changed.length === 0) new Notice("Undone.");
			else {
				const keys = changed.map((key) => `"${key}"`).join(", ");
				new Notice(`"${noteName(write.path)}": ${keys} changed since the action, so the newer value stays and was not undone.`, 10_000);
			}
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
