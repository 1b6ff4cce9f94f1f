/** What a tick can announce; each happens at most once per timer. */
export type TimerEvent = "five-minutes-left" | "ended";

export interface TimerReading {
	/** Milliseconds until the agreed end; negative once it has passed. */
	readonly remainingMs: number;
	readonly events: readonly TimerEvent[];
}

export const WARNING_BEFORE_END_MS = 5 * 60_000;

/**
 * A countdown for the agreed length of a conversation, driven by a supplied clock so that
 * it can be tested and so that a late or skipped tick (a sleeping laptop, a busy mobile
 * app) still reports the right time and never announces the same event twice.
 */
export class InterviewTimerModel {
	readonly startedAt: number;
	readonly endsAt: number;
	private warned: boolean;
	private ended = false;

	constructor(
		private readonly clock: () => number,
		readonly minutes: number,
	) {
		this.startedAt = clock();
		this.endsAt = this.startedAt + minutes * 60_000;
		// A warning five minutes before the end of a five-minute talk would come at the start.
		this.warned = minutes * 60_000 <= WARNING_BEFORE_END_MS;
	}

	remainingMs(): number {
		return this.endsAt - this.clock();
	}

	get isOver(): boolean {
		return this.remainingMs() <= 0;
	}

	/** Reads the clock and returns what became due since the last tick. */
	tick(): TimerReading {
		const remainingMs = this.remainingMs();
		const events: TimerEvent[] = [];
		if (remainingMs <= 0) {
			if (!this.ended) events.push("ended");
			// Past the end, a late "five minutes left" would only confuse.
			this.ended = this.warned = true;
		} else if (remainingMs <= WARNING_BEFORE_END_MS && !this.warned) {
			this.warned = true;
			events.push("five-minutes-left");
		}
		return { remainingMs, events };
	}
}

function clockText(totalSeconds: number): string {
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	const mm = hours > 0 ? String(minutes).padStart(2, "0") : String(minutes);
	return `${hours > 0 ? `${hours}:` : ""}${mm}:${String(seconds).padStart(2, "0")}`;
}

/**
 * The status bar text: a countdown rounded up (so a fresh 30-minute timer shows 30:00
 * and 0:00 means the time is up), then the overtime counted up.
 */
export function timerText(remainingMs: number): string {
	if (remainingMs > 0) return `Interview: ${clockText(Math.ceil(remainingMs / 1000))} left`;
	return `Interview: ${clockText(Math.floor(-remainingMs / 1000))} over`;
}
