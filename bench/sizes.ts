import { verdict, type Row } from "./measure";
import { syntheticVault, type SyntheticNote } from "./synthetic-vault";

/** Record counts users have (300 and 3,000) and the ceiling (30,000): one contact for every two interviews. */
export interface BenchSize {
	readonly label: string;
	readonly contacts: number;
	readonly interviews: number;
}

export const SIZES: readonly BenchSize[] = [
	{ label: "300", contacts: 100, interviews: 200 },
	{ label: "3,000", contacts: 1_000, interviews: 2_000 },
	{ label: "30,000", contacts: 10_000, interviews: 20_000 },
];

const vaults = new Map<string, SyntheticNote[]>();

/** The synthetic vault of a size, generated once per run and shared by the benchmarks. */
export function vaultOfSize(size: BenchSize): SyntheticNote[] {
	let notes = vaults.get(size.label);
	if (!notes) vaults.set(size.label, (notes = syntheticVault(size.contacts, size.interviews)));
	return notes;
}

/**
 * A cost in microseconds at every size, then its ratio at each larger size to the
 * smallest, for reading how a cost grows; no target judges these since the 30,000/100,000
 * targets were retired (docs/performance.md).
 */
export function ratioRows(what: string, costs: readonly number[], judged = false): Row[] {
	const small = costs[0] as number;
	const rows: Row[] = SIZES.map((size, i) => ({ measure: `${what}, ${size.label} notes`, value: `${(costs[i] as number).toFixed(1)} µs`, target: "", verdict: "" }));
	SIZES.slice(1).forEach((size, i) => {
		const ratio = (costs[i + 1] as number) / small;
		const judge = judged && i === 0;
		rows.push({ measure: `  ratio ${size.label} / ${SIZES[0]?.label}`, value: ratio.toFixed(2), target: judge ? "<= 1.5" : "", verdict: judge ? verdict(ratio <= 1.5) : "" });
	});
	return rows;
}
