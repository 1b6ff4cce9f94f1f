import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InterviewGroups, spanOf, type InterviewSpan } from "../../../src/domain/records/interview-groups";
import type { InterviewRecord } from "../../../src/domain/records/record-types";

/** Grouping only moves records around, so a record here is just something with a path. */
function interview(path: string): InterviewRecord {
	return { path } as unknown as InterviewRecord;
}

const pathsOf = (span: InterviewSpan) => span.list.slice(span.from, span.to).map((i) => i.path);

describe("InterviewGroups", () => {
	it("gives each group its interviews in the order they were added, and nothing for a group without any", () => {
		fc.assert(
			fc.property(fc.nat({ max: 12 }).chain((extra) => fc.tuple(fc.constant(extra + 1), fc.array(fc.nat({ max: extra }), { maxLength: 80 }))), ([groups, pairs]) => {
				const grouped = new InterviewGroups(groups);
				const expected: string[][] = Array.from({ length: groups }, () => []);
				pairs.forEach((group, i) => {
					grouped.add(group, interview(`I${i}.md`));
					expected[group]?.push(`I${i}.md`);
				});
				grouped.place();
				for (let group = 0; group < groups; group++) expect(pathsOf(grouped.span(group))).toEqual(expected[group]);
			}),
		);
	});

	it("reads a whole list as a span", () => {
		const list = [interview("A.md"), interview("B.md")];
		expect(pathsOf(spanOf(list))).toEqual(["A.md", "B.md"]);
		expect(pathsOf(spanOf([]))).toEqual([]);
	});
});
