import { basenameOf } from "../records/links";
import type { Problem } from "../records/problems";
import { compareKeys } from "./referral-cycles";
import type { EdgeSource, PersonKey } from "./referral-edges";
import type { PersonInfo, ReferralEdge } from "./referral-graph";

function describeSource(source: EdgeSource): string {
	if (source.field === "referred_by") return "referred_by";
	return `interview "${basenameOf(source.path)}", ${source.field}`;
}

/**
 * The problem for a person with more than one referrer. Two people can both suggest the
 * same person, but more often one note is out of date; the map shows every edge and this
 * says where each comes from, so the user can decide. It sits on the person's note, or,
 * for someone without a note, on the first note that names them.
 */
export function disagreementProblem(person: Pick<PersonInfo, "path" | "name">, edges: readonly ReferralEdge[], nameOf: (key: PersonKey) => string): Problem {
	const parts = edges.map((e) => `${nameOf(e.from)} (${e.sources.map(describeSource).join("; ")})`);
	const message = `the notes disagree about who referred ${person.name}: ${parts.join(", ")}; the map shows each of them until one is corrected`;
	if (person.path !== null) return { path: person.path, field: "referred_by", message };
	const first = edges
		.flatMap((e) => e.sources)
		.sort((a, b) => compareKeys(a.path, b.path) || compareKeys(a.field, b.field))[0] as EdgeSource;
	return { path: first.path, field: first.field, message };
}
