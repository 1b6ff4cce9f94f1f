import { Notice, Platform, TFile, type App } from "obsidian";
import { alertText, collapsedText, type AlertCandidate } from "../domain/alerts/alert-schedule";
import type { AlertPresenter } from "../obsidian/alert-service";
import { snoozeWithMenu } from "./queue-snooze";
import { runSafely } from "./safely";

/** Long enough to read and reach a button; the item stays in the queue either way. */
const ALERT_NOTICE_MS = 30_000;

export interface AlertNoticeOptions {
	/** Whether the user wants system notifications as well (desktop only). */
	readonly systemNotifications: () => boolean;
	readonly zone: () => string;
	readonly now: () => number;
	readonly openQueue: () => void;
}

async function openNote(app: App, path: string): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`The note "${path}" is no longer there.`);
	await app.workspace.getLeaf(false).openFile(file);
}

function button(parent: DocumentFragment | HTMLElement, text: string, label: string, onClick: (el: HTMLElement) => void): HTMLElement {
	const el = parent.createEl("button", { cls: "ii-alert-button", text, attr: { "aria-label": label } });
	el.addEventListener("click", (event) => {
		// The notice would hide on any click and swallow the action; the action decides.
		event.stopPropagation();
		onClick(el);
	});
	return el;
}

/**
 * Alerts as Obsidian notices with *Open note* and *Snooze*, and, on desktop when turned
 * on, as system notifications too (the web Notification API; permission is asked once).
 * Built from elements, never HTML, since the text names notes and people.
 */
export class AlertNotices implements AlertPresenter {
	private askedPermission = false;

	constructor(
		private readonly app: App,
		private readonly options: AlertNoticeOptions,
	) {}

	show(alert: AlertCandidate): void {
		const text = alertText(alert, this.options.zone());
		let notice: Notice | null = null;
		const fragment = createFragment((f) => {
			f.createSpan({ cls: "ii-alert-text", text });
			const actions = f.createDiv({ cls: "ii-alert-actions" });
			button(actions, "Open note", `Open note: ${text}`, () => {
				notice?.hide();
				void runSafely("open the note", () => openNote(this.app, alert.path));
			});
			button(actions, "Snooze", `Snooze: ${text}`, (el) => {
				snoozeWithMenu(this.app, el, { path: alert.path, who: alert.who }, this.options.zone(), this.options.now);
			});
		});
		notice = new Notice(fragment, ALERT_NOTICE_MS);
		this.notify(text, () => void runSafely("open the note", () => openNote(this.app, alert.path)));
	}

	showCollapsed(alerts: readonly AlertCandidate[], whileAway: boolean): void {
		const text = collapsedText(alerts.length, whileAway);
		let notice: Notice | null = null;
		const fragment = createFragment((f) => {
			f.createSpan({ cls: "ii-alert-text", text });
			const actions = f.createDiv({ cls: "ii-alert-actions" });
			button(actions, "Open follow-up queue", `Open follow-up queue: ${text}`, () => {
				notice?.hide();
				this.options.openQueue();
			});
		});
		notice = new Notice(fragment, ALERT_NOTICE_MS);
		this.notify(text, () => this.options.openQueue());
	}

	/** A system notification on desktop, when turned on and allowed; clicking it brings Obsidian forward and acts. */
	private notify(text: string, onClick: () => void): void {
		if (!this.options.systemNotifications() || Platform.isMobile || typeof window.Notification !== "function") return;
		const send = (): void => {
			const notification = new window.Notification("Informational interviews", { body: text, silent: false });
			notification.onclick = () => {
				window.focus();
				onClick();
			};
		};
		if (window.Notification.permission === "granted") send();
		else if (window.Notification.permission === "default" && !this.askedPermission) {
			this.askedPermission = true;
			void window.Notification.requestPermission().then((permission) => {
				if (permission === "granted") send();
			});
		}
	}
}
