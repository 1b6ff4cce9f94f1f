/**
 * Runs an event handler's work now; a failure is logged for the developer console and
 * never thrown back into Obsidian, which would stop its other listeners.
 */
export function runGuarded(what: string, action: () => unknown): void {
	try {
		action();
	} catch (error) {
		console.error(`Informational Interviews: could not ${what}`, error);
	}
}

/** An event handler that runs guarded (see `runGuarded`). */
export function guarded<A extends unknown[]>(what: string, handler: (...args: A) => void): (...args: A) => void {
	return (...args: A) => runGuarded(what, () => handler(...args));
}
