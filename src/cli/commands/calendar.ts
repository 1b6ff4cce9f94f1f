import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { exportCalendar } from "../../domain/calendar/export-calendar";
import { errorCode, UsageError } from "../errors";
import type { Command } from "./command";

/**
 * The calendar file (docs/calendar.md) the plugin's "Export calendar" writes, for the same
 * notes, settings and instant: the vault's name is its folder's, as Obsidian names it.
 */
export const calendarCommand: Command = {
	name: "calendar",
	summary: "the interviews and due follow-ups as an iCalendar (.ics) file (--out FILE to write it)",
	flags: ["out"],
	run({ vault, now, out, io }) {
		const text = exportCalendar({ index: vault.index, settings: vault.settings, zone: vault.zone, nowMs: now.toMillis(), vaultName: basename(resolve(vault.root)) });
		if (out === undefined) {
			io.stdout(text);
			return 0;
		}
		try {
			writeFileSync(out, text, "utf8");
		} catch (error) {
			throw new UsageError(`cannot write ${out} (${errorCode(error)})`);
		}
		return 0;
	},
};
