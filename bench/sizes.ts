import { syntheticVault, type SyntheticNote } from "./synthetic-vault";

/** The vault sizes issue 7 asks for: one contact for every two interviews. */
export interface BenchSize {
	readonly label: string;
	readonly contacts: number;
	readonly interviews: number;
}

export const SIZES: readonly BenchSize[] = [
	{ label: "3,000", contacts: 1_000, interviews: 2_000 },
	{ label: "30,000", contacts: 10_000, interviews: 20_000 },
	{ label: "100,000", contacts: 33_334, interviews: 66_666 },
];

const vaults = new Map<string, SyntheticNote[]>();

/** The synthetic vault of a size, generated once per run and shared by the benchmarks. */
export function vaultOfSize(size: BenchSize): SyntheticNote[] {
	let notes = vaults.get(size.label);
	if (!notes) vaults.set(size.label, (notes = syntheticVault(size.contacts, size.interviews)));
	return notes;
}
