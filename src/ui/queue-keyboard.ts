import type { QueueList } from "./queue-list";
import type { QueueRow } from "./queue-row";

/** What the keys do to a row. */
export interface RowKeys {
	open(row: QueueRow, event: KeyboardEvent): void;
	act(row: QueueRow): void;
}

/**
 * The list's keys: the arrows, Home and End move between items (across groups); on an
 * item itself, Enter opens its note (Ctrl/Cmd-Enter in a new tab) and Space runs its
 * action. On a button inside an item, Enter and Space press that button as usual.
 */
export function handleListKey(list: QueueList, event: KeyboardEvent, keys: RowKeys): void {
	const row = list.rowOf(event.target);
	const onRow = row !== undefined && event.target === row.el;
	let target: QueueRow | undefined;
	switch (event.key) {
		case "ArrowDown":
			target = list.rowAfter(row, 1);
			break;
		case "ArrowUp":
			target = list.rowAfter(row, -1);
			break;
		case "Home":
			target = list.first();
			break;
		case "End":
			target = list.last();
			break;
		case "Enter":
			if (!onRow) return;
			event.preventDefault();
			keys.open(row, event);
			return;
		case " ":
			if (!onRow) return;
			// Space would scroll the sidebar otherwise.
			event.preventDefault();
			keys.act(row);
			return;
		default:
			return;
	}
	if (target === undefined) return;
	event.preventDefault();
	list.focusRow(target);
}
