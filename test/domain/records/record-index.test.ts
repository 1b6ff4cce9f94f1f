import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { RecordIndex, type IndexChange, type Scheduler } from "../../../src/domain/records/record-index";
import { VaultPaths } from "../../../src/domain/records/vault-paths";
import { contactProps, indexOf, interviewProps, parseOptions } from "../../builders/records";

/** A comparable picture of the index: records by path, dates as ISO text. */
function snapshot(index: RecordIndex): string {
	return JSON.stringify([...index.records()].sort((a, b) => a.path.localeCompare(b.path)));
}

describe("RecordIndex", () => {
	it("indexes contacts and interviews and ignores other notes", () => {
		const index = indexOf({
			"Contacts/Jordan Lee.md": contactProps(),
			"Interviews/2026-11-24 Jordan Lee.md": interviewProps(),
			"Daily/2026-11-23.md": { tags: ["daily"] },
			"Plain.md": undefined,
		});
		expect(index.size).toBe(2);
		expect(index.contacts().map((c) => c.name)).toEqual(["Jordan Lee"]);
		expect(index.byContact("Contacts/Jordan Lee.md").map((i) => i.path)).toEqual(["Interviews/2026-11-24 Jordan Lee.md"]);
	});

	it("drops a note that stops being a record", () => {
		const index = indexOf({ "Contacts/Jordan Lee.md": contactProps() });
		index.set("Contacts/Jordan Lee.md", { type: "project" });
		expect(index.size).toBe(0);
	});

	it("re-resolves links when the note they name appears, moves or disappears", () => {
		const paths = new VaultPaths(["Contacts/Sam.md"]);
		const index = new RecordIndex(parseOptions(paths));
		index.set("Contacts/Sam.md", contactProps({ referred_by: "[[Casey Kim]]" }));
		expect(index.problems().map((p) => p.field)).toEqual(["referred_by"]);

		paths.add("Contacts/Casey Kim.md");
		index.fileSetChanged("Contacts/Casey Kim.md");
		expect(index.problems()).toEqual([]);

		paths.remove("Contacts/Casey Kim.md");
		paths.add("Archive/Casey K.md");
		index.rename("Contacts/Casey Kim.md", "Archive/Casey K.md", undefined);
		expect(index.problems().map((p) => p.field)).toEqual(["referred_by"]);
	});

	it("moves a renamed interview between contacts' lists", () => {
		const index = indexOf({ "Contacts/Jordan Lee.md": contactProps(), "I/a.md": interviewProps() });
		index.rename("I/a.md", "I/b.md", undefined);
		expect(index.byContact("Contacts/Jordan Lee.md").map((i) => i.path)).toEqual(["I/b.md"]);
		expect(index.get("I/a.md")).toBeUndefined();
	});

	it("tells listeners once per batch, with what was updated and removed", () => {
		let run: (() => void) | null = null;
		const scheduler: Scheduler = (flush) => {
			run = flush;
			return () => (run = null);
		};
		const index = new RecordIndex(parseOptions(["Contacts/A.md", "Contacts/B.md"]), scheduler);
		const listener = vi.fn<(change: IndexChange) => void>();
		index.onChange(listener);
		index.set("Contacts/A.md", contactProps());
		index.set("Contacts/B.md", contactProps());
		index.set("Contacts/A.md", contactProps({ role: "Editor" }));
		index.remove("Contacts/B.md");
		expect(listener).not.toHaveBeenCalled();
		(run as (() => void) | null)?.();
		expect(listener).toHaveBeenCalledTimes(1);
		const change = listener.mock.calls[0]?.[0];
		expect([...(change?.updated ?? [])]).toEqual(["Contacts/A.md"]);
		expect([...(change?.removed ?? [])]).toEqual(["Contacts/B.md"]);
	});

	it("keeps notifying the other listeners when one of them fails", () => {
		const index = new RecordIndex(parseOptions(["A.md"]));
		const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
		const second = vi.fn();
		index.onChange(() => {
			throw new Error("view broke");
		});
		index.onChange(second);
		index.set("A.md", contactProps());
		index.flush();
		expect(second).toHaveBeenCalledTimes(1);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});

	it("becomes exactly the notes of a full build, under new settings if given", () => {
		const notes = { "A.md": { kind: "contact" }, "B.md": contactProps(), "C.md": contactProps() };
		const index = indexOf(notes);
		expect(index.size).toBe(2);
		const { ["C.md"]: _gone, ...rest } = notes;
		index.replaceAll(Object.entries(rest), parseOptions(["A.md", "B.md"], { typeKey: "kind" }));
		expect(index.contacts().map((c) => c.path)).toEqual(["A.md"]);
	});

	it("keeps records and tells nobody when a full build reads the same cache objects again", () => {
		const notes: [string, Record<string, unknown>][] = [
			["Contacts/A.md", contactProps()],
			["I/Talk.md", interviewProps({ contact: "[[A]]" })],
		];
		const index = new RecordIndex(parseOptions(notes.map(([path]) => path)));
		index.replaceAll(notes);
		const before = index.get("I/Talk.md");
		const listener = vi.fn<(change: IndexChange) => void>();
		index.onChange(listener);

		index.replaceAll(notes);
		index.flush();
		expect(listener).not.toHaveBeenCalled();
		expect(index.get("I/Talk.md")).toBe(before);
		expect(index.byContact("Contacts/A.md").map((i) => i.path)).toEqual(["I/Talk.md"]);
	});

	it("reads a note again in a full build when Obsidian gives it a new cache object", () => {
		const contact = contactProps({ role: "Editor" });
		const index = new RecordIndex(parseOptions(["Contacts/A.md", "Contacts/B.md"]));
		index.replaceAll([["Contacts/A.md", contact], ["Contacts/B.md", contactProps()]]);
		const listener = vi.fn<(change: IndexChange) => void>();
		index.onChange(listener);

		index.replaceAll([["Contacts/A.md", { ...contact, role: "Producer" }]]);
		index.flush();
		expect(index.get("Contacts/A.md")).toMatchObject({ role: "Producer" });
		expect(index.get("Contacts/B.md")).toBeUndefined();
		expect([...(listener.mock.calls[0]?.[0].updated ?? [])]).toEqual(["Contacts/A.md"]);
		expect([...(listener.mock.calls[0]?.[0].removed ?? [])]).toEqual(["Contacts/B.md"]);
	});
});

// ---- property: any sequence of vault changes leaves the index equal to a full rebuild ----

const NAMES = ["Jordan Lee", "Priya Nair", "Casey Kim", "Sam"];
const FOLDERS = ["Contacts", "Archive", "Interviews"];
const pathArb = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES, "2026-11-24 Jordan Lee")).map(([f, n]) => `${f}/${n}.md`);
const linkArb = fc.constantFrom(...NAMES).map((n) => `[[${n}]]`);
const frontmatterArb = fc.oneof(
	fc.record({ type: fc.constant("contact"), referred_by: fc.option(linkArb, { nil: undefined }), status: fc.constantFrom("active", "closed", "maybe") }),
	fc.record({ type: fc.constant("interview"), contact: linkArb, referrals: fc.array(linkArb, { maxLength: 3 }), date: fc.constantFrom("2026-11-24T15:00", "soon") }),
	fc.constant({ tags: ["daily"] }),
	fc.constant(undefined),
);
type Op =
	| { op: "write"; path: string; fm: Record<string, unknown> | undefined }
	| { op: "delete"; path: string }
	| { op: "rename"; from: string; to: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ op: fc.constant("write" as const), path: pathArb, fm: frontmatterArb }),
	fc.record({ op: fc.constant("delete" as const), path: pathArb }),
	fc.record({ op: fc.constant("rename" as const), from: pathArb, to: pathArb }),
);

describe("RecordIndex after random changes", () => {
	it("equals a full rebuild of the same vault", () => {
		fc.assert(
			fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
				const notes = new Map<string, Record<string, unknown> | undefined>();
				const paths = new VaultPaths();
				const index = new RecordIndex(parseOptions(paths));
				for (const step of ops) {
					if (step.op === "write") {
						if (!notes.has(step.path)) {
							paths.add(step.path);
							notes.set(step.path, step.fm);
							index.fileSetChanged(step.path);
						}
						notes.set(step.path, step.fm);
						index.set(step.path, step.fm);
					} else if (step.op === "delete") {
						if (!notes.has(step.path)) continue;
						notes.delete(step.path);
						paths.remove(step.path);
						index.remove(step.path);
						index.fileSetChanged(step.path);
					} else {
						if (!notes.has(step.from) || notes.has(step.to)) continue;
						const fm = notes.get(step.from);
						notes.delete(step.from);
						notes.set(step.to, fm);
						paths.remove(step.from);
						paths.add(step.to);
						index.rename(step.from, step.to, fm);
					}
				}
				const rebuilt = new RecordIndex(parseOptions(new VaultPaths(notes.keys())));
				for (const [path, fm] of notes) rebuilt.set(path, fm);
				expect(snapshot(index)).toBe(snapshot(rebuilt));
				// A full build over the same cache objects (start-up's second build) keeps it so.
				index.replaceAll(notes);
				expect(snapshot(index)).toBe(snapshot(rebuilt));
				for (const contact of rebuilt.contacts()) {
					expect(index.byContact(contact.path).map((i) => i.path).sort()).toEqual(rebuilt.byContact(contact.path).map((i) => i.path).sort());
				}
			}),
			{ numRuns: 300 },
		);
	});
});
