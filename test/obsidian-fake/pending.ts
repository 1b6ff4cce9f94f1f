/**
 * Promises that Obsidian would start and forget: async event listeners, command
 * callbacks, `onChange` handlers of settings controls, `onOpen` of modals. The fake keeps
 * them here so a test can wait for all of them (`settlePending`, or `app.settle()`), and
 * a rejection is reported to that test instead of vanishing.
 */
const running = new Set<Promise<unknown>>();
const failures: unknown[] = [];

export function track(value: unknown): void {
	if (!(value instanceof Promise)) return;
	const promise: Promise<unknown> = value;
	running.add(promise);
	promise.then(
		() => running.delete(promise),
		(error: unknown) => {
			running.delete(promise);
			failures.push(error);
			console.error("obsidian fake: a callback failed", error);
		},
	);
}

/** Waits until nothing tracked is running (work may start more work); throws the first failure. */
export async function settlePending(): Promise<void> {
	for (let rounds = 0; rounds < 100; rounds++) {
		await Promise.allSettled([...running]);
		// Let continuations that start new tracked work run before looking again.
		await new Promise<void>((resolve) => queueMicrotask(resolve));
		if (running.size === 0) break;
	}
	const failure = failures.shift();
	failures.length = 0;
	if (failure !== undefined) throw failure instanceof Error ? failure : new Error("A callback failed with a non-Error value", { cause: failure });
}
