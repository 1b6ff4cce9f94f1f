/** The median time of a few drawings of a view, and the size of what it drew. */
export interface Probe {
	/**
	 * Median milliseconds from the start of the drawing until its layout is done: the
	 * script, and the style and layout that reading a size forces right after (the views
	 * restore their scroll position, which forces it inside the drawing already).
	 */
	readonly ms: number;
	/** Elements in the view afterwards. */
	readonly nodes: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function probe(root: HTMLElement, draw: () => void, runs = 5): Probe {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		draw();
		void root.scrollHeight;
		times.push(performance.now() - start);
	}
	return { ms: median(times), nodes: root.querySelectorAll("*").length };
}

export function formatProbe(what: string, p: Probe): string {
	return `${what}: ${p.ms.toFixed(1)} ms, ${p.nodes.toLocaleString("en-US")} nodes`;
}
