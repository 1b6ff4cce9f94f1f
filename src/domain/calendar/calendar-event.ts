/**
 * One event of the exported calendar, as plain data: everything the .ics says about it
 * comes from here, so that two equal events give the same lines on any machine.
 */
export interface CalendarEvent {
	/** The queue item's id (`kind:path`) or `interview:path`: what the UID is made from. */
	readonly id: string;
	readonly summary: string;
	readonly description: string;
	readonly location: string | null;
	/** The note, as an `obsidian://open` link. */
	readonly url: string;
	readonly status: "TENTATIVE" | "CONFIRMED" | null;
	/** A reminder in the calendar shows as free time; an interview as busy. */
	readonly transparent: boolean;
	readonly start: EventStart;
	/** Whole minutes for a timed event, whole days for an all-day one. */
	readonly length: number;
	/** Minutes before the start for a display alarm; null for none. */
	readonly alarmMinutesBefore: number | null;
	readonly categories: readonly string[];
}

/** A timed start (an instant, written in the calendar's zone) or a whole day (a date, no zone). */
export type EventStart = { readonly kind: "time"; readonly ms: number } | { readonly kind: "day"; readonly year: number; readonly month: number; readonly day: number };
