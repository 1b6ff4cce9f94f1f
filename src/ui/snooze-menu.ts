import { Menu } from "obsidian";
import { SNOOZE_CHOICES } from "../domain/follow-ups/follow-up-actions";

/** What the user picked: a number of days from today, or "pick" to choose a date in a form. */
export type SnoozeChoice = number | "pick";

/**
 * The snooze menu under its button: 1 day, 3 days, 1 week, or a date of one's own.
 * Placed by the button rather than the pointer, so that it opens in the same place from
 * the keyboard.
 */
export function showSnoozeMenu(anchor: HTMLElement, choose: (choice: SnoozeChoice) => void): Menu {
	const menu = new Menu();
	for (const choice of SNOOZE_CHOICES) {
		menu.addItem((item) =>
			item
				.setTitle(`Snooze ${choice.label}`)
				.setIcon("alarm-clock-off")
				.onClick(() => choose(choice.days)),
		);
	}
	menu.addItem((item) =>
		item
			.setTitle("Pick a date…")
			.setIcon("calendar")
			.onClick(() => choose("pick")),
	);
	const rect = anchor.getBoundingClientRect();
	menu.showAtPosition({ x: rect.left, y: rect.bottom }, anchor.doc);
	return menu;
}
