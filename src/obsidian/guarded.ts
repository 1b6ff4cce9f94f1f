/**
 * Wraps an event handler so that a failure is logged for the developer console and never
 * thrown back into Obsidian, which would stop its other listeners.
 */
export function guarded<A extends unknown[]>(what: string, handler: (...args: A) => void): (...args: A) => void {
	return (...args: A) => {
		try {
			handler(...args);
		} catch (error) {
			console.error(`Informational Interviews: could not ${what}`, error);
		}
	};
}
