import { Notice } from "obsidian";

function messageOf(error: unknown): string {
	if (error instanceof Error && error.message.trim() !== "") return error.message;
	return typeof error === "string" && error.trim() !== "" ? error : "An unexpected error occurred.";
}

/** Logs a failure for the developer console and tells the user in words what did not happen. */
export function reportFailure(what: string, error: unknown): void {
	console.error(`Informational Interviews: could not ${what}`, error);
	new Notice(`Could not ${what}. ${messageOf(error)}`);
}

/**
 * Runs a command or button handler so that nothing is ever thrown back into Obsidian:
 * synchronous errors and rejected promises alike end in a notice. The promise it returns
 * never rejects; handlers may return it so that whoever calls them can wait for the work.
 */
export function runSafely(what: string, action: () => void | Promise<void>): Promise<void> {
	try {
		const result = action();
		if (result instanceof Promise) return result.catch((error: unknown) => reportFailure(what, error));
	} catch (error) {
		reportFailure(what, error);
	}
	return Promise.resolve();
}
