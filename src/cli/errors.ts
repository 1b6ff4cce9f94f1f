/**
 * A mistake in how the tool was called: an unknown command or option, a folder that
 * is not there. Printed as one line on stderr, exit code 2, never with a stack trace.
 */
export class UsageError extends Error {
	override readonly name = "UsageError";
}

/** Node's error code (`ENOENT`, `EACCES`…) when the error carries one. */
export function systemCode(error: unknown): string | undefined {
	if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
	return typeof error.code === "string" ? error.code : undefined;
}

/** A short reason for messages: the system code, else the error's message. */
export function errorCode(error: unknown): string {
	return systemCode(error) ?? (error instanceof Error ? error.message : String(error));
}
