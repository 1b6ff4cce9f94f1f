import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareItems, dueOf, type QueueItem } from "../../../src/domain/follow-ups/item";
import { FOLLOW_UP_KINDS } from "../../../src/domain/follow-ups/kinds";
import { fieldKey } from "../../../src/domain/records/career-fields";
import { buildQueue } from "../../../src/domain/follow-ups/queue";
import { liveQueue } from "../../builders/queue";
import { fieldsOfItem } from "../../../src/domain/follow-ups/queue-filter";
import { RecordIndex } from "../../../src/domain/records/record-index";
import { VaultPaths } from "../../../src/domain/records/vault-paths";
import { contactProps, indexOf, interviewProps, parseOptions } from "../../builders/records";
import {
	at,
	CONTACT_KEYS,
	contactFrontmatter,
	contactPath,
	INTERVIEW_KEYS,
	INTERVIEW_PATHS,
	interviewFrontmatter,
	NEW_YORK,
	PEOPLE,
	queueOfIndex,
	randomVault,
	settingsWith,
	summary,
} from "../../builders/queue";

const MONDAY = at("2026-11-23T09:00");

describe("buildQueue", () => {
	it("orders by due time, anytime last, then kind, then path", () => {
		const index = indexOf(
			{
				"Contacts/B.md": contactProps(),
				"Contacts/A.md": contactProps(),
				"Contacts/C.md": contactProps({ contacted: "2026-11-13" }),
				"Interviews/Y.md": interviewProps({ contact: "[[C]]", date: "2026-11-22T14:00" }),
				"Interviews/X.md": interviewProps({ contact: "[[C]]", date: "2026-11-22T14:00" }),
			},
			{ zone: NEW_YORK },
		);
		expect(summary(queueOfIndex(index, MONDAY, NEW_YORK))).toEqual([
			"debrief:Interviews/X.md @ 2026-11-22 (day)",
			"debrief:Interviews/Y.md @ 2026-11-22 (day)",
			"thank_you:Interviews/X.md @ 2026-11-23T14:30-05:00",
			"thank_you:Interviews/Y.md @ 2026-11-23T14:30-05:00",
			"reach_out:Contacts/A.md @ anytime",
			"reach_out:Contacts/B.md @ anytime",
		]);
	});

	it("lists the kinds in DESIGN.md's order", () => {
		expect(FOLLOW_UP_KINDS).toEqual(["reach_out", "outreach", "prepare", "confirm", "thank_you", "debrief", "keep_in_touch", "follow_up"]);
	});
});

describe("the queue kept by the plugin", () => {
	function setUp(notes: Record<string, Record<string, unknown> | undefined>) {
		const paths = new VaultPaths(Object.keys(notes));
		const index = new RecordIndex(parseOptions(paths, { zone: NEW_YORK }));
		for (const [path, fm] of Object.entries(notes)) index.set(path, fm);
		const queue = liveQueue(index, settingsWith(), NEW_YORK);
		index.onChange((change) => queue.applyChange(change));
		return { index, queue, paths };
	}

	it("updates a contact's items when one of its interviews changes", () => {
		const { index, queue } = setUp({ "Contacts/Ana.md": contactProps({ contacted: "2026-11-13" }), "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-10T10:00", thank_you_sent: "2026-11-10", debriefed: true }) });
		expect(summary(queue.items(MONDAY))).toEqual(["outreach:Contacts/Ana.md @ 2026-11-20 (day)"]);
		index.set("Interviews/I.md", interviewProps({ contact: "[[Ana]]", date: "2026-11-30T10:00", prepared: true, confirmed: "2026-11-20" }));
		index.flush();
		expect(summary(queue.items(MONDAY))).toEqual([]);
	});

	it("updates the referred contact when an interview adds or drops a referral", () => {
		const { index, queue } = setUp({ "Contacts/Ana.md": contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }), "Contacts/Ben.md": contactProps(), "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00", thank_you_sent: "2026-11-22", debriefed: true }) });
		expect(summary(queue.items(MONDAY))).toEqual(["reach_out:Contacts/Ben.md @ anytime"]);
		index.set("Interviews/I.md", interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00", thank_you_sent: "2026-11-22", debriefed: true, referrals: ["[[Ben]]"] }));
		index.flush();
		expect(summary(queue.items(MONDAY))).toEqual(["reach_out:Contacts/Ben.md @ 2026-11-24T14:30-05:00"]);
		index.remove("Interviews/I.md");
		index.flush();
		expect(summary(queue.items(MONDAY))).toEqual(["reach_out:Contacts/Ben.md @ anytime"]);
	});

	it("updates an interview's items when its contact is paused or renamed", () => {
		const { index, queue } = setUp({ "Contacts/Ana.md": contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }), "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00", debriefed: true }) });
		expect(queue.items(MONDAY).map((i) => i.title)).toEqual(["Send a thank-you note to Ana"]);
		index.set("Contacts/Ana.md", contactProps({ name: "Ana Ruiz", contacted: "2026-11-01", replied: "2026-11-02" }));
		index.flush();
		expect(queue.items(MONDAY).map((i) => i.title)).toEqual(["Send a thank-you note to Ana Ruiz"]);
		index.set("Contacts/Ana.md", contactProps({ status: "paused" }));
		index.flush();
		expect(queue.items(MONDAY)).toEqual([]);
	});

	it("follows an interview that moves from one contact to another", () => {
		const { index, queue } = setUp({ "Contacts/Ana.md": contactProps({ contacted: "2026-11-13" }), "Contacts/Ben.md": contactProps({ contacted: "2026-11-13" }), "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-30T10:00", prepared: true, confirmed: "2026-11-20" }) });
		expect(summary(queue.items(MONDAY))).toEqual(["outreach:Contacts/Ben.md @ 2026-11-20 (day)"]);
		index.set("Interviews/I.md", interviewProps({ contact: "[[Ben]]", date: "2026-11-30T10:00", prepared: true, confirmed: "2026-11-20" }));
		index.flush();
		expect(summary(queue.items(MONDAY))).toEqual(["outreach:Contacts/Ana.md @ 2026-11-20 (day)"]);
	});

	it("gives an interview its contact when the contact's note appears", () => {
		const { index, queue, paths } = setUp({ "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00", debriefed: true }) });
		expect(queue.items(MONDAY).map((i) => i.contact)).toEqual([null]);
		paths.add("Contacts/Ana.md");
		index.set("Contacts/Ana.md", contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }));
		index.fileSetChanged("Contacts/Ana.md");
		index.flush();
		expect(queue.items(MONDAY).map((i) => i.contact)).toEqual(["Contacts/Ana.md"]);
	});

	it("offers the fields of the notes with items shown, following a contact's fields into its interviews", () => {
		const { index, queue } = setUp({
			"Contacts/Ana.md": contactProps({ contacted: "2026-11-01", replied: "2026-11-02", field: "Law" }),
			"Contacts/Ben.md": contactProps({ status: "closed", field: "Policy" }),
			"Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00" }),
		});
		// Ben is closed, so he has no items and his field is not offered.
		expect(queue.fieldChoices(MONDAY)).toEqual(["Law"]);
		// Only Ana's interview has items; it has no field of its own and follows hers.
		index.set("Contacts/Ana.md", contactProps({ contacted: "2026-11-01", replied: "2026-11-02", field: "UX research" }));
		index.flush();
		expect(queue.items(MONDAY).map((item) => item.path)).toEqual(["Interviews/I.md", "Interviews/I.md"]);
		expect(queue.fieldChoices(MONDAY)).toEqual(["UX research"]);
		index.set("Interviews/I.md", interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00", field: "Policy" }));
		index.flush();
		expect(queue.fieldChoices(MONDAY)).toEqual(["Policy"]);
		index.set("Interviews/I.md", interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00", field: "Policy", snooze_until: "2026-11-30" }));
		index.flush();
		expect(queue.fieldChoices(MONDAY)).toEqual([]);
		expect(queue.fieldChoices(at("2026-11-30T09:00"))).toEqual(["Policy"]);
	});

	it("takes a large batch of changes (a vault-wide edit) as well as a small one", () => {
		const notes: Record<string, Record<string, unknown>> = {};
		for (let i = 0; i < 120; i++) notes[`Contacts/P${i}.md`] = contactProps({ contacted: `2026-11-${String(1 + (i % 28)).padStart(2, "0")}` });
		const { index, queue } = setUp(notes);
		queue.items(MONDAY);
		for (let i = 0; i < 120; i += 2) index.set(`Contacts/P${i}.md`, contactProps({ contacted: "2026-11-20", phone: "+1 555 0100" }));
		index.flush();
		expect(summary(queue.items(MONDAY))).toEqual(summary(buildQueue(index, MONDAY, settingsWith(), NEW_YORK)));
		index.set("Contacts/P1.md", contactProps({ replied: "2026-11-21", contacted: "2026-11-20" }));
		index.flush();
		expect(summary(queue.items(MONDAY))).toEqual(summary(buildQueue(index, MONDAY, settingsWith(), NEW_YORK)));
	});

	it("recomputes other notes' items exactly when a property their rules read changes", () => {
		// Each edit below changes one property that other notes' rules read.
		const ana = { contacted: "2026-11-13", stay_in_touch: true, last_contact: "2026-11-01" };
		const talk = { contact: "[[Ana]]", date: "2026-11-10T10:00", status: "scheduled", thank_you_sent: "2026-11-10", debriefed: true, referrals: ["[[Dee]]"] };
		const base = {
			"Contacts/Ana.md": contactProps(ana),
			"Contacts/Ben.md": contactProps({ contacted: "2026-11-13" }),
			"Contacts/Cy.md": contactProps(),
			"Contacts/Dee.md": contactProps(),
			"Interviews/I.md": interviewProps(talk),
			"Interviews/Past.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-05T10:00" }),
		};
		const edits: [string, string, Record<string, unknown>][] = [
			["contact paused", "Contacts/Ana.md", contactProps({ ...ana, status: "paused" })],
			["contact renamed", "Contacts/Ana.md", contactProps({ ...ana, name: "Ana Ruiz" })],
			["interview cancelled", "Interviews/I.md", interviewProps({ ...talk, status: "cancelled" })],
			["interview longer", "Interviews/I.md", interviewProps({ ...talk, duration: 90 })],
			["interview moved", "Interviews/I.md", interviewProps({ ...talk, date: "2026-11-20T10:00" })],
			["thank-you later", "Interviews/I.md", interviewProps({ ...talk, thank_you_sent: "2026-11-21" })],
			["referral added", "Interviews/I.md", interviewProps({ ...talk, referrals: ["[[Dee]]", "[[Cy]]"] })],
			["referral changed", "Interviews/I.md", interviewProps({ ...talk, referrals: ["[[Cy]]"] })],
			["with someone else", "Interviews/I.md", interviewProps({ ...talk, contact: "[[Ben]]" })],
		];
		const picture = (items: readonly QueueItem[]) => items.map((i) => `${i.id} @ ${i.dueMs} ${i.title}`);
		for (const [what, path, fm] of edits) {
			const { index, queue } = setUp(base);
			const before = picture(queue.items(MONDAY));
			index.set(path, fm);
			index.flush();
			const fresh = picture(buildQueue(index, MONDAY, settingsWith(), NEW_YORK));
			expect(fresh, `${what} should change the queue`).not.toEqual(before);
			expect(picture(queue.items(MONDAY)), what).toEqual(fresh);
		}
	});

	it("tells when it will next read differently without any note changing", () => {
		const { queue } = setUp({ "Contacts/Ana.md": contactProps({ contacted: "2026-11-01", replied: "2026-11-02" }), "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-23T14:00", prepared: true, confirmed: "2026-11-20" }) });
		const at0 = MONDAY;
		// Nothing is shown before the interview ends at 14:30; then the thank-you and debrief appear.
		expect(queue.items(at0)).toEqual([]);
		const next = queue.nextChange(at0);
		expect(next).toBe(at("2026-11-23T14:30").toMillis());
		expect(queue.items(next ?? 0).map((i) => i.kind)).toEqual(["debrief", "thank_you"]);
		// Then the debrief turns overdue when the day is over.
		expect(queue.nextChange(next ?? 0)).toBe(at("2026-11-24T00:00").toMillis());
	});

	it("lists one note's items", () => {
		const { queue } = setUp({ "Contacts/Ana.md": contactProps(), "Interviews/I.md": interviewProps({ contact: "[[Ana]]", date: "2026-11-22T14:00" }) });
		expect(queue.itemsAbout("Interviews/I.md", MONDAY).map((i) => i.kind)).toEqual(["debrief", "thank_you"]);
	});
});

describe("queue properties", () => {
	it("never throws, gives every item a unique id, and keeps queue order", () => {
		fc.assert(
			fc.property(randomVault(), ({ notes, nowMs, zone }) => {
				const items = queueOfIndex(indexOf(notes, { zone }), nowMs, zone);
				expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
				for (const [i, item] of items.entries()) if (i > 0) expect(compareItems(items[i - 1] ?? item, item)).toBeLessThan(0);
				for (const item of items) {
					expect(item.id).toBe(`${item.kind}:${item.path}`);
					if (item.dueMs !== null) expect(dueOf(item)?.toMillis()).toBe(item.dueMs);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("gives the same items and due times whatever order the notes were indexed in", () => {
		const withOrder = randomVault().chain((vault) => {
			const paths = Object.keys(vault.notes);
			return fc.shuffledSubarray(paths, { minLength: paths.length, maxLength: paths.length }).map((order) => ({ ...vault, order }));
		});
		fc.assert(
			fc.property(withOrder, ({ notes, order, nowMs, zone }) => {
				const shuffled: typeof notes = {};
				for (const path of order) shuffled[path] = notes[path] as Record<string, unknown>;
				const a = queueOfIndex(indexOf(notes, { zone }), nowMs, zone);
				const b = queueOfIndex(indexOf(shuffled, { zone }), nowMs, zone);
				expect(b.map((i) => [i.id, i.dueMs, i.allDay, i.title, i.contact])).toEqual(a.map((i) => [i.id, i.dueMs, i.allDay, i.title, i.contact]));
			}),
			{ numRuns: 300 },
		);
	});

	/** One step of a random editing session; `flush` ends a batch, `check` compares with a fresh queue. */
	type Edit =
		| { op: "set"; path: string; fm: Record<string, unknown> }
		| { op: "tweak"; path: string; contactKeys: string[]; contact: Record<string, unknown>; interviewKeys: string[]; interview: Record<string, unknown> }
		| { op: "plain"; path: string }
		| { op: "delete"; path: string }
		| { op: "create"; path: string; fm: Record<string, unknown> }
		| { op: "look"; minutes: number };
	type Step = Edit & { flush: boolean; check: boolean };

	/** Few people, so that the interviews and referrals of a session keep meeting the same contacts. */
	const FEW = PEOPLE.slice(0, 2);

	function stepArbitrary(baseDay: string): fc.Arbitrary<Step> {
		const path = fc.constantFrom(...FEW.map(contactPath), ...INTERVIEW_PATHS);
		const fm = fc.oneof(contactFrontmatter(baseDay, FEW), interviewFrontmatter(baseDay, FEW));
		// The small edits people make: a few properties set to new values, or removed.
		const keys = (all: string[]) => fc.shuffledSubarray(all, { minLength: 1, maxLength: 3 });
		const tweak = fc.record({
			op: fc.constant("tweak" as const),
			path,
			contactKeys: keys(CONTACT_KEYS),
			contact: contactFrontmatter(baseDay, FEW),
			interviewKeys: keys(INTERVIEW_KEYS),
			interview: interviewFrontmatter(baseDay, FEW),
		});
		const edit: fc.Arbitrary<Edit> = fc.oneof(
			{ weight: 3, arbitrary: fc.record({ op: fc.constant("set" as const), path, fm }) },
			{ weight: 6, arbitrary: tweak },
			{ weight: 1, arbitrary: fc.record({ op: fc.constant("plain" as const), path }) },
			{ weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), path }) },
			{ weight: 1, arbitrary: fc.record({ op: fc.constant("create" as const), path, fm }) },
			{ weight: 1, arbitrary: fc.record({ op: fc.constant("look" as const), minutes: fc.integer({ min: -3 * 1440, max: 3 * 1440 }) }) },
		);
		return fc.tuple(edit, fc.boolean(), fc.boolean()).map(([e, flush, check]) => ({ ...e, flush, check }));
	}

	/** The fields the shown items are about, as the filter compares them: what the dropdown must offer. */
	function fieldKeysOf(items: readonly QueueItem[], index: RecordIndex): string[] {
		const keys = new Set(items.flatMap((item) => fieldsOfItem(item, index)).map(fieldKey));
		keys.delete("");
		return [...keys].sort();
	}

	/** A note with some of its properties taken from `fresh`: set when `fresh` has them, removed when not. */
	function tweaked(current: Record<string, unknown>, keys: string[], fresh: Record<string, unknown>): Record<string, unknown> {
		const next = { ...current };
		for (const key of keys) {
			if (key in fresh) next[key] = fresh[key];
			else delete next[key];
		}
		return next;
	}

	it("kept up to date incrementally, equals the queue built from scratch", () => {
		const session = randomVault(FEW).chain((vault) => fc.array(stepArbitrary(vault.baseDay), { maxLength: 30 }).map((steps) => ({ ...vault, steps })));
		fc.assert(
			fc.property(session, ({ notes, nowMs, zone, steps }) => {
				const paths = new VaultPaths(Object.keys(notes));
				const current = new Map<string, Record<string, unknown>>(Object.entries(notes));
				const index = new RecordIndex(parseOptions(paths, { zone }));
				for (const [path, fm] of current) index.set(path, fm);
				const queue = liveQueue(index, settingsWith(), zone);
				index.onChange((change) => queue.applyChange(change));
				// Asked once at the start, as the open view does: from then on its fields are kept note by note.
				queue.fieldChoices(nowMs);
				let now = nowMs;
				const write = (path: string, fm: Record<string, unknown>) => {
					current.set(path, fm);
					index.set(path, fm);
				};
				for (const step of steps) {
					if (step.op === "look") now = nowMs + step.minutes * 60_000;
					else if (step.op === "set") write(step.path, step.fm);
					else if (step.op === "tweak") {
						const before = current.get(step.path) ?? {};
						const isContact = before.type === "contact";
						write(step.path, tweaked(before, isContact ? step.contactKeys : step.interviewKeys, isContact ? step.contact : step.interview));
					} else if (step.op === "plain") write(step.path, { tags: ["note"] });
					else if (step.op === "delete") {
						// Deleting and creating files changes what links resolve to; the glue reports both.
						current.delete(step.path);
						paths.remove(step.path);
						index.remove(step.path);
						index.fileSetChanged(step.path);
					} else {
						if (!paths.has(step.path)) paths.add(step.path);
						write(step.path, step.fm);
						index.fileSetChanged(step.path);
					}
					if (!step.flush && !step.check) continue;
					index.flush();
					// Asked after every batch, as the plugin's clock asks: the answer is kept across edits.
					const next = queue.nextChange(now);
					if (!step.check) continue;
					expect(next).toBe(liveQueue(index, settingsWith(), zone).nextChange(now));
					const fromScratch = buildQueue(index, now, settingsWith(), zone);
					expect(summary(queue.items(now))).toEqual(summary(fromScratch));
					expect(queue.items(now).map((i) => [i.title, i.contact])).toEqual(fromScratch.map((i) => [i.title, i.contact]));
					const choices = queue.fieldChoices(now);
					expect(choices).toEqual(liveQueue(index, settingsWith(), zone).fieldChoices(now));
					expect(choices.map(fieldKey).sort()).toEqual(fieldKeysOf(fromScratch, index));
				}
				index.flush();
				expect(summary(queue.items(now))).toEqual(summary(buildQueue(index, now, settingsWith(), zone)));
			}),
			{ numRuns: 400 },
		);
	});
});
