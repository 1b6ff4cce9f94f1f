import { Platform, type Plugin } from "obsidian";
import { overdueCount } from "../domain/follow-ups/item";
import type { FollowUpService } from "../obsidian/follow-up-service";
import { setClass } from "./dom-class";

/**
 * The number of overdue follow-ups in the status bar, hidden while there are none; a
 * click opens the queue. Desktop only: the mobile apps have no status bar.
 */
export function addQueueStatusBar(host: Pick<Plugin, "addStatusBarItem" | "registerDomEvent" | "register">, service: FollowUpService, open: () => void): void {
	if (Platform.isMobile) return;
	const el = host.addStatusBarItem();
	el.addClass("ii-queue-status", "mod-clickable", "ii-queue-hidden");
	host.registerDomEvent(el, "click", open);
	const update = (): void => {
		const now = service.now();
		const count = overdueCount(service.items(now), now);
		const text = count === 1 ? "1 overdue follow-up" : `${count} overdue follow-ups`;
		if (el.getText() !== text) el.setText(text);
		el.setAttr("aria-label", `${text}: open the follow-up queue`);
		setClass(el, "ii-queue-hidden", count === 0);
	};
	host.register(
		service.subscribe(() => {
			try {
				update();
			} catch (error) {
				console.error("Informational Interviews: could not update the overdue count", error);
			}
		}),
	);
	update();
}
