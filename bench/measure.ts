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
