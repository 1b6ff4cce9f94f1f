/**
 * Progress on stderr for reads that take a while (a vault of 30,000 notes on a slow disk,
 * or a folder that is not a vault at all): silent for the first second, then one line a
 * second, so a quick run prints nothing extra and a slow one never looks stuck.
 */
export interface ProgressOptions {
	/** Where the lines go: stderr. */
	readonly write: (text: string) => void;
	/** Milliseconds; the clock is a parameter so that tests never wait. */
	readonly clock?: () => number;
	/** Silence before the first line, in milliseconds. */
	readonly after?: number;
	/** Time between lines, in milliseconds. */
	readonly every?: number;
}

/** Called often and cheaply while reading; builds its message only when a line is due. */
export type ProgressReport = (message: () => string) => void;

export function progressReporter(options: ProgressOptions): ProgressReport {
	const clock = options.clock ?? (() => performance.now());
	const every = options.every ?? 1000;
	let due = clock() + (options.after ?? 1000);
	return (message) => {
		const now = clock();
		if (now < due) return;
		due = now + every;
		options.write(`${message()}\n`);
	};
}

/** Reports nothing. */
export const noProgress: ProgressReport = () => undefined;
