import { Notice, Platform } from "obsidian";
import { InterviewTimerModel, timerText, type TimerEvent } from "../domain/templates/interview-timer";
import type { PluginHost } from "../obsidian/plugin-host";

const TICK_MS = 1000;

function minutesText(minutes: number): string {
	return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * The interview timer as the user sees it: a status bar countdown on desktop (the mobile
 * apps have no status bar, so there it speaks through notices only), a notice five
 * minutes before the end and one at the end. It belongs to the plugin, not to a note, so
 * switching notes leaves it running; it stops with the command, a click, or on unload.
 */
export class InterviewTimer {
	private model: InterviewTimerModel | null = null;
	private intervalId: number | null = null;
	private statusEl: HTMLElement | null = null;

	constructor(
		private readonly host: PluginHost,
		private readonly clock: () => number = () => Date.now(),
	) {
		host.register(() => this.stop(false));
	}

	get running(): boolean {
		return this.model !== null;
	}

	start(minutes: number, who?: string): void {
		const restarted = this.running;
		this.clearInterval();
		this.model = new InterviewTimerModel(this.clock, minutes);
		const what = who ? `Interview timer for your conversation with ${who}` : "Interview timer";
		new Notice(`${what} ${restarted ? "restarted" : "started"}: ${minutesText(minutes)}.`);
		this.intervalId = window.setInterval(() => this.tick(), TICK_MS);
		this.host.registerInterval(this.intervalId);
		this.tick();
	}

	stop(announce = true): void {
		if (!this.model) return;
		this.model = null;
		this.clearInterval();
		this.statusEl?.addClass("ii-timer-hidden");
		if (announce) new Notice("Interview timer stopped.");
	}

	private clearInterval(): void {
		if (this.intervalId !== null) window.clearInterval(this.intervalId);
		this.intervalId = null;
	}

	private tick(): void {
		const model = this.model;
		if (!model) return;
		const reading = model.tick();
		this.render(reading.remainingMs);
		for (const event of reading.events) this.announce(event, model.minutes);
	}

	private announce(event: TimerEvent, minutes: number): void {
		if (event === "five-minutes-left") {
			new Notice("Five minutes left. A good moment to ask who else you should talk to, and whether you may stay in touch.", 15_000);
		} else {
			new Notice(`Time is up: you asked for ${minutesText(minutes)}. Thank them for their time, and offer to let them go.`, 0);
		}
	}

	private render(remainingMs: number): void {
		if (Platform.isMobile) return;
		const el = this.statusBar();
		el.removeClass("ii-timer-hidden");
		el.toggleClass("ii-timer-over", remainingMs <= 0);
		el.setText(timerText(remainingMs));
	}

	private statusBar(): HTMLElement {
		if (this.statusEl) return this.statusEl;
		const el = this.host.addStatusBarItem();
		el.addClass("ii-timer", "mod-clickable");
		el.setAttr("aria-label", "Stop the interview timer");
		this.host.registerDomEvent(el, "click", () => this.stop());
		this.statusEl = el;
		return el;
	}
}
