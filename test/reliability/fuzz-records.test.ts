import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { resolveZone } from "../../src/domain/records/dates";
import { compareItems } from "../../src/domain/follow-ups/item";
import { buildQueue } from "../../src/domain/follow-ups/queue";
import { liveQueue } from "../builders/queue";
import { groupItems } from "../../src/domain/follow-ups/queue-groups";
import { RecordIndex } from "../../src/domain/records/record-index";
import type { VaultRecord } from "../../src/domain/records/record-types";
import { parseRecord, type ParseOptions } from "../../src/domain/records/records";
import { buildReferralGraph } from "../../src/domain/referrals/referral-graph";
import { referralsJson } from "../../src/domain/referrals/referral-json";
import { DEFAULT_RULES, type RuleOffsets } from "../../src/domain/settings";
import { VaultPaths } from "../../src/domain/records/vault-paths";
import { judge } from "./contract";
import { baseNotes, contractOf, fuzzNote, fuzzVault, type FuzzNote } from "./fuzz-notes";
import { EXISTING_NOTES, resolvesInVault } from "./hostile-values";

/** Zones the fuzzed vaults are read in; an unknown or empty zone falls back to the system's. */
const ZONES = ["UTC", "America/New_York", "Pacific/Auckland", "Asia/Kathmandu", "", "Mars/Olympus"];
/** A message is for a person: short, whatever the value was. */
const MAX_MESSAGE = 300;

/** As the plugin and the command line make them: the zone resolved first. */
function optionsFor(paths: VaultPaths, zone: string): ParseOptions {
	return { typeKey: "type", zone: resolveZone(zone), defaultDuration: 30, resolve: (linkpath, source) => paths.resolve(linkpath, source) };
}

function ownValue(frontmatter: Record<string, unknown>, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(frontmatter, key) ? frontmatter[key] : undefined;
}

/** The key a problem's field is about: `referrals[2]` → `referrals`. */
function baseKey(field: string): string {
	const bracket = field.indexOf("[");
	return bracket < 0 ? field : field.slice(0, bracket);
}

/** Checks one parsed note against the contract: a problem for every invalid value, none for a valid one. */
function expectContract(note: FuzzNote, record: VaultRecord | null): void {
	expect(record?.kind).toBe(note.kind);
	if (record === null) return;
	const contract = contractOf(note.kind);
	const fields = record.problems.map((p) => p.field);
	for (const problem of record.problems) {
		expect(problem.path).toBe(note.path);
		expect(Object.keys(contract)).toContain(baseKey(problem.field));
		expect(problem.message.trim()).not.toBe("");
		expect(problem.message.length, `${problem.field}: ${problem.message.slice(0, 80)}…`).toBeLessThanOrEqual(MAX_MESSAGE);
	}
	for (const [key, type] of Object.entries(contract)) {
		const value = ownValue(note.frontmatter, key);
		const { verdict, items } = judge(type, value, resolvesInVault);
		const about = fields.filter((f) => baseKey(f) === key);
		if (items) {
			// A list: each item is judged where it stands, and the list as such is fine.
			expect(about, `${key} itself`).not.toContain(key);
			items.forEach((itemVerdict, i) => {
				if (itemVerdict === "invalid") expect(about, `${key}[${i}] = ${shown(value)}`).toContain(`${key}[${i}]`);
				if (itemVerdict === "valid") expect(about, `${key}[${i}]`).not.toContain(`${key}[${i}]`);
			});
		} else if (verdict === "invalid") {
			expect(about.length, `a problem for ${key} = ${shown(value)}`).toBeGreaterThan(0);
		} else if (verdict === "valid") {
			expect(about, `no problem for ${key} = ${shown(value)}`).toEqual([]);
		}
	}
}

/** For assertion messages only; never fails, whatever the value. */
function shown(value: unknown): string {
	try {
		return JSON.stringify(value)?.slice(0, 80) ?? typeof value;
	} catch {
		return Object.prototype.toString.call(value);
	}
}

const rulesArb: fc.Arbitrary<RuleOffsets> = fc.record({
	reachOutAfterReferralDays: fc.oneof(fc.nat(30), fc.double({ min: 0, max: 1e12, noNaN: true })),
	outreachWaitDays: fc.oneof(fc.nat(30), fc.double({ min: 0, max: 1e12, noNaN: true })),
	prepareDaysBefore: fc.oneof(fc.nat(30), fc.double({ min: 0, max: 1e6, noNaN: true })),
	confirmDaysBefore: fc.oneof(fc.nat(30), fc.double({ min: 0, max: 1e6, noNaN: true })),
	thankYouWithinHours: fc.oneof(fc.nat(100), fc.double({ min: 0, max: 1e12, noNaN: true })),
	keepInTouchDays: fc.oneof(fc.nat(400), fc.double({ min: 0, max: 1e12, noNaN: true })),
});

describe("fuzzed frontmatter through the record parser", () => {
	it("never throws, and reports every value the contract does not allow, by path and field", () => {
		const paths = new VaultPaths([...EXISTING_NOTES, "Notes/N0.md"]);
		fc.assert(
			fc.property(fuzzNote("Notes/N0.md"), fc.constantFrom(...ZONES), (note, zone) => {
				expectContract(note, parseRecord(note.path, note.frontmatter, optionsFor(paths, zone)));
			}),
			{ numRuns: 1500 },
		);
	});
});

describe("fuzzed vaults through the index, the queue and the referral graph", () => {
	it("never throw, keep every record's problems, and give a queue in order", () => {
		const nowArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) });
		fc.assert(
			fc.property(fuzzVault, fc.constantFrom(...ZONES), nowArb, fc.option(rulesArb, { nil: undefined }), (notes, zone, nowMs, rules) => {
				const all = [...baseNotes(), ...notes.map((n) => [n.path, n.frontmatter] as [string, Record<string, unknown>])];
				const paths = new VaultPaths(all.map(([path]) => path));
				const index = new RecordIndex(optionsFor(paths, zone));
				index.replaceAll(all);
				for (const note of notes) expectContract(note, index.get(note.path) ?? null);
				expect(index.problems().length).toBe(notes.reduce((sum, n) => sum + (index.get(n.path)?.problems.length ?? 0), 0));

				const settings = { rules: rules ?? { ...DEFAULT_RULES } };
				const items = buildQueue(index, nowMs, settings, zone);
				expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
				for (let i = 1; i < items.length; i++) expect(compareItems(items[i - 1]!, items[i]!)).toBeLessThan(0);
				for (const item of items) {
					if (item.dueMs !== null) expect(Number.isFinite(item.dueMs)).toBe(true);
					expect(item.title.length).toBeGreaterThan(0);
				}
				expect(groupItems(items, nowMs, zone).flatMap((g) => g.items)).toHaveLength(items.length);
				const kept = liveQueue(index, settings, zone);
				expect(kept.items(nowMs).map((i) => [i.id, i.dueMs])).toEqual(items.map((i) => [i.id, i.dueMs]));
				kept.nextChange(nowMs);

				const graph = buildReferralGraph(index.records());
				const now = DateTime.fromMillis(nowMs, { zone: zone || "UTC" });
				referralsJson(graph, now);
				graph.problems();
				graph.topReferrers(now);
				graph.fieldCounts(now);
				graph.referralForest(graph.roots());
				for (const person of graph.people()) {
					graph.referredByChain(person);
					graph.referralTree(person, { maxNodes: 50 });
					graph.stageOf(person, now);
				}
			}),
			{ numRuns: 250 },
		);
	});
});
