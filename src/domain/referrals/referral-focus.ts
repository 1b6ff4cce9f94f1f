import type { RecordIndex } from "../records/record-index";
import { personKeyOf, type PersonKey } from "./referral-edges";
import type { ReferralGraph } from "./referral-graph";

/**
 * The person a note is about, for the referral map: a contact is its own person, an
 * interview stands for its contact (a `missing:` person when that note does not exist
 * yet), and any other note counts only when a referral names it. Null otherwise, which
 * is when the map shows the whole network instead.
 */
export function personOfNote(path: string, index: Pick<RecordIndex, "get">, graph: Pick<ReferralGraph, "has">): PersonKey | null {
	const record = index.get(path);
	if (record?.kind === "contact") return record.path;
	if (record?.kind === "interview") return record.contact ? personKeyOf(record.contact) : null;
	return graph.has(path) ? path : null;
}
