/** Median wall time of `runs` calls, in milliseconds, after `warmup` unmeasured calls. */
export function medianMs(fn: () => void, runs = 5, warmup = 1): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The middle of `values` (the upper middle for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Memory larger than the processor's caches, written between timed calls to make them cold. */
const evictor = new Float64Array(8 * 1024 * 1024);

/**
 * Median time of `runs` calls, in microseconds, each timed alone after the processor's
 * caches were flushed by writing 64 MB: what an edit costs when it arrives alone, as in
 * the app, where plenty of other work runs between two edits. `prepare(k)` makes the
 * k-th call's input outside the timing and returns the call to time.
 */
export function coldMedianUs(runs: number, prepare: (k: number) => () => void): number {
	const times: number[] = [];
	for (let k = 0; k < runs; k++) {
		const call = prepare(k);
		for (let i = 0; i < evictor.length; i += 8) evictor[i] = k;
		const start = performance.now();
		call();
		times.push((performance.now() - start) * 1000);
	}
	return median(times);
}

export async function medianMsAsync(fn: () => Promise<void>, runs = 3, warmup = 1): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export interface Row {
	measure: string;
	value: string;
	target: string;
	verdict: string;
}

export function verdict(ok: boolean): string {
	return ok ? "meets" : "MISSES";
}

export function printTable(rows: Row[]): void {
	const cols: (keyof Row)[] = ["measure", "value", "target", "verdict"];
	const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
	const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
	console.log(line(cols));
	console.log(line(widths.map((w) => "-".repeat(w))));
	for (const row of rows) console.log(line(cols.map((c) => row[c])));
}
