import { DateTime } from "luxon";
import type { App } from "obsidian";
import { snoozeDay } from "../domain/follow-ups/follow-up-actions";
import { snoozeNote } from "./queue-actions";
import { runSafely } from "./safely";
import { SnoozeModal } from "./snooze-modal";
import { showSnoozeMenu } from "./snooze-menu";

/** Where a snooze goes and how to say whose it is. */
export interface SnoozeTarget {
	readonly path: string;
	readonly who: string;
}

/** The date form; the note is written once a valid day is chosen. */
export function snoozeWithForm(app: App, target: SnoozeTarget, zone: string, clock: () => number = () => Date.now()): void {
	new SnoozeModal(app, target.who, zone, (day) => void runSafely("snooze the follow-ups", () => snoozeNote(app, target.path, target.who, day).then(() => undefined)), clock).open();
}

/** The snooze menu by its button: a number of days from today, or the date form. */
export function snoozeWithMenu(app: App, anchor: HTMLElement, target: SnoozeTarget, zone: string, clock: () => number = () => Date.now()): void {
	showSnoozeMenu(anchor, (choice) => {
		if (choice === "pick") {
			snoozeWithForm(app, target, zone, clock);
			return;
		}
		const until = snoozeDay(DateTime.fromMillis(clock(), { zone }), choice, zone);
		void runSafely("snooze the follow-ups", () => snoozeNote(app, target.path, target.who, until).then(() => undefined));
	});
}
