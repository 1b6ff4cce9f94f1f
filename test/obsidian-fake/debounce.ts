import type * as obsidian from "obsidian";

/**
 * Obsidian's debounce: calls `cb` with the latest arguments `timeout` ms after the first
 * call of a burst, or after the last one when `resetTimer` is true. `run()` calls it now
 * if a call is pending; `cancel()` drops it. Uses the global timers, so fake timers apply.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): obsidian.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pendingArgs: [...T] | null = null;

	const fire = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		const args = pendingArgs;
		pendingArgs = null;
		if (args) return cb(...args);
	};

	const debounced = (...args: [...T]): obsidian.Debouncer<T, V> => {
		pendingArgs = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		timer ??= setTimeout(fire, timeout);
		return debouncer;
	};
	const debouncer: obsidian.Debouncer<T, V> = Object.assign(debounced, {
		cancel: (): obsidian.Debouncer<T, V> => {
			if (timer !== null) clearTimeout(timer);
			timer = null;
			pendingArgs = null;
			return debouncer;
		},
		run: (): V | void => fire(),
	});
	return debouncer;
}
