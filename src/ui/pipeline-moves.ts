import { DateTime } from "luxon";
import { Menu, Notice } from "obsidian";
import { BOARD_COLUMNS, COLUMN_LABELS, type BoardColumn, type BoardPerson } from "../domain/pipeline/board";
import { contactedWrite, METHOD_LABELS, planMove } from "../domain/pipeline/moves";
import { statusOfAt } from "../domain/pipeline/pipeline";
import { unthankedInterview } from "../domain/pipeline/stages";
import { OUTREACH_METHODS } from "../domain/records/record-types";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginContext } from "../obsidian/plugin-host";
import { NewInterviewModal } from "./new-interview-modal";
import { recordFact } from "./queue-actions";
import { runSafely } from "./safely";

/** Where a menu opens: under an element (keyboard, tap) or at the pointer (a drop). */
export type MenuAnchor = HTMLElement | { readonly x: number; readonly y: number };

function showAt(menu: Menu, anchor: MenuAnchor): void {
	if ("x" in anchor) {
		menu.showAtPosition(anchor);
		return;
	}
	const rect = anchor.getBoundingClientRect();
	menu.showAtPosition({ x: rect.left, y: rect.bottom });
}

/**
 * Moves a card: writes the fact the target stage stands for through the queue's own
 * `recordFact` (same notice, same undo), asks how for contacted, opens New interview…
 * for scheduled, and for a move that cannot be written says which fact holds the person.
 */
export function movePerson(host: PluginContext, service: FollowUpService, person: BoardPerson, target: BoardColumn, anchor: MenuAnchor): Promise<void> {
	return runSafely("move the person", async () => {
		const zone = service.zone;
		const now = DateTime.fromMillis(service.now(), { zone });
		const unthanked = unthankedInterview(host.index.byContact(person.path), statusOfAt(now));
		const plan = planMove(person, target, unthanked, now, zone);
		switch (plan.kind) {
			case "stay":
				return;
			case "write":
				await recordFact(host.app, plan.write, plan.message);
				return;
			case "explain":
				new Notice(plan.message, 10_000);
				return;
			case "new_interview": {
				const contact = host.index.get(plan.contactPath);
				new NewInterviewModal(host, contact?.kind === "contact" ? contact : undefined).open();
				return;
			}
			case "ask_method": {
				const menu = new Menu();
				for (const method of OUTREACH_METHODS) {
					menu.addItem((item) =>
						item.setTitle(`Contacted by ${METHOD_LABELS[method].toLowerCase()}`).onClick(() => {
							void runSafely("record the contact", async () => {
								await recordFact(host.app, contactedWrite(plan.path, method, now, zone), `${person.name}: contacted (${METHOD_LABELS[method]}).`);
							});
						}),
					);
				}
				showAt(menu, anchor);
				return;
			}
		}
	});
}

/** The "Move to…" menu of a card: every other column; the way to move by keyboard and on a phone. */
export function showMoveMenu(host: PluginContext, service: FollowUpService, person: BoardPerson, anchor: MenuAnchor): void {
	const menu = new Menu();
	for (const column of BOARD_COLUMNS) {
		if (column === person.column) continue;
		if (column === "paused") menu.addSeparator();
		const label = COLUMN_LABELS[column];
		menu.addItem((item) => item.setTitle(`Move to ${label}`).onClick(() => void movePerson(host, service, person, column, anchor)));
	}
	showAt(menu, anchor);
}
