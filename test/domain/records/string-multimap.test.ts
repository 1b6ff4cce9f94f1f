import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringMultimap } from "../../../src/domain/records/string-multimap";

/** A plain Map of Sets, the obvious model the compact multimap must behave like. */
function modelOf(ops: readonly (readonly ["add" | "delete", string, string])[]): Map<string, Set<string>> {
	const model = new Map<string, Set<string>>();
	for (const [op, key, value] of ops) {
		const set = model.get(key) ?? new Set<string>();
		if (op === "add") set.add(value);
		else set.delete(value);
		if (set.size > 0) model.set(key, set);
		else model.delete(key);
	}
	return model;
}

describe("StringMultimap", () => {
	it("keeps one value, then several, and forgets a key whose last value goes", () => {
		const map = new StringMultimap();
		map.add("jordan lee", "Interviews/a.md");
		expect(map.only("jordan lee")).toBe("Interviews/a.md");
		map.add("jordan lee", "Interviews/b.md");
		expect(map.only("jordan lee")).toBeUndefined();
		expect([...map.values("jordan lee")].sort()).toEqual(["Interviews/a.md", "Interviews/b.md"]);
		map.delete("jordan lee", "Interviews/a.md");
		expect(map.only("jordan lee")).toBe("Interviews/b.md");
		map.delete("jordan lee", "Interviews/b.md");
		expect(map.has("jordan lee")).toBe(false);
		expect([...map.values("jordan lee")]).toEqual([]);
	});

	it("behaves like a map of sets for any sequence of additions and removals", () => {
		const word = fc.constantFrom("a", "b", "c");
		const op = fc.tuple(fc.constantFrom("add" as const, "delete" as const), word, word);
		fc.assert(
			fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
				const map = new StringMultimap();
				for (const [kind, key, value] of ops) {
					if (kind === "add") map.add(key, value);
					else map.delete(key, value);
				}
				const model = modelOf(ops);
				for (const key of ["a", "b", "c"]) {
					const expected = [...(model.get(key) ?? [])].sort();
					expect([...map.values(key)].sort()).toEqual(expected);
					expect(map.has(key)).toBe(expected.length > 0);
					expect(map.only(key)).toBe(expected.length === 1 ? expected[0] : undefined);
				}
			}),
		);
	});
});
