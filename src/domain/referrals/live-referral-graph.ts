import type { RecordIndex } from "../records/record-index";
import { buildReferralGraph, type ReferralGraph } from "./referral-graph";

/**
 * The plugin's referral graph: derived anew from the index after each of its (debounced)
 * batches, then announced. Views listen here, never to the index, so they always paint a
 * graph that has taken the batch in. At users' sizes a derivation costs a few milliseconds,
 * which buys having no incremental bookkeeping to get wrong. (The index's `dispose` ends it.)
 */
export class LiveReferralGraph {
	private current: ReferralGraph;
	private readonly listeners = new Set<(graph: ReferralGraph) => void>();

	constructor(index: Pick<RecordIndex, "records" | "onChange">) {
		this.current = buildReferralGraph(index.records());
		index.onChange(() => {
			this.current = buildReferralGraph(index.records());
			for (const listener of [...this.listeners]) {
				try {
					listener(this.current);
				} catch (error) {
					// One failing view must not keep the others on the old graph.
					console.error("Informational Interviews: a referral graph listener failed", error);
				}
			}
		});
	}

	/** The graph as of the index's latest batch. */
	get graph(): ReferralGraph {
		return this.current;
	}

	/** Subscribes to new graphs; returns the unsubscribe function. */
	onChange(listener: (graph: ReferralGraph) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
