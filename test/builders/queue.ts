import fc from "fast-check";
import { DateTime } from "luxon";
import { dueOf, type QueueItem } from "../../src/domain/follow-ups/item";
import { buildQueue, deriveItems, nextChange, shownAt } from "../../src/domain/follow-ups/queue";
import { fieldChoices } from "../../src/domain/follow-ups/queue-filter";
import type { RecordIndex } from "../../src/domain/records/record-index";
import { defaultSettings, type RuleOffsets } from "../../src/domain/settings";
import { indexOf } from "./records";

type Props = Record<string, unknown>;

export const NEW_YORK = "America/New_York";

/** A moment written as local wall time in a zone. */
export function at(local: string, zone = NEW_YORK): DateTime {
	const moment = DateTime.fromISO(local, { zone });
	if (!moment.isValid) throw new Error(`bad test time ${local}`);
	return moment;
}

export function settingsWith(rules: Partial<RuleOffsets> = {}): { rules: RuleOffsets } {
	return { rules: { ...defaultSettings().rules, ...rules } };
}

export interface QueueCase {
	/** Notes by path: frontmatter, or undefined for a plain note. */
	notes: Record<string, Props | undefined>;
	/** Local wall time of "now" in `zone`. */
	now: string;
	zone?: string;
	rules?: Partial<RuleOffsets>;
}

/** The queue for an in-memory vault, read and computed in the same zone. */
export function queueOf({ notes, now, zone = NEW_YORK, rules }: QueueCase): readonly QueueItem[] {
	const index = indexOf(notes, { zone });
	return buildQueue(index, at(now, zone), settingsWith(rules), zone);
}

export function queueOfIndex(index: RecordIndex, now: DateTime | number, zone: string, rules?: Partial<RuleOffsets>): readonly QueueItem[] {
	return buildQueue(index, now, settingsWith(rules), zone);
}

/** An item's due time as local wall time with its offset, "day" for whole days, or "anytime". */
export function dueText(item: QueueItem): string {
	const due = dueOf(item);
	if (due === null) return "anytime";
	if (item.allDay) return `${due.toFormat("yyyy-MM-dd")} (day)`;
	return due.toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

/** `id @ due` for every item, in queue order: the comparable picture of a queue. */
export function summary(items: readonly QueueItem[]): string[] {
	return items.map((item) => `${item.id} @ ${dueText(item)}`);
}

export function find(items: readonly QueueItem[], id: string): QueueItem | undefined {
	return items.find((item) => item.id === id);
}

/** The item with that id, failing the test when it is missing. */
export function the(items: readonly QueueItem[], id: string): QueueItem {
	const item = find(items, id);
	if (item === undefined) throw new Error(`no ${id} in the queue: ${summary(items).join(", ")}`);
	return item;
}

// ---------------------------------------------------------------- random vaults

export const PEOPLE = ["Ana Ruiz", "Ben Okafor", "Chen Wei", "Dara Kim", "Eli Santos"] as const;
/** Named in links but never a note, so that unresolved links are exercised. */
export const MISSING_PERSON = "Zed Nobody";
export const INTERVIEW_PATHS = ["Interviews/I0.md", "Interviews/I1.md", "Interviews/I2.md", "Interviews/I3.md", "Interviews/I4.md", "Interviews/I5.md"];
export const ZONES = [NEW_YORK, "Europe/Berlin", "Pacific/Auckland", "UTC"] as const;
/** Days around which random dates fall: spring and autumn DST changes on both hemispheres. */
export const BASE_DAYS = ["2026-03-20", "2026-04-04", "2026-10-28"] as const;

export function contactPath(name: string): string {
	return `Contacts/${name}.md`;
}

/** A link to one of `people`, or to someone with no note. */
function linkTo(people: readonly string[]): fc.Arbitrary<string> {
	return fc.constantFrom(...people, MISSING_PERSON).map((name) => `[[${name}]]`);
}

/** A property value that is a date, a date-time, or something that is not a date at all. */
function dateValue(baseDay: string): fc.Arbitrary<unknown> {
	const base = DateTime.fromISO(baseDay, { zone: "UTC" });
	const day = fc.integer({ min: -40, max: 40 }).map((offset) => base.plus({ days: offset }).toFormat("yyyy-MM-dd"));
	const time = fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(
		([d, h, m]) => `${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
	);
	return fc.oneof({ weight: 4, arbitrary: day }, { weight: 4, arbitrary: time }, { weight: 1, arbitrary: fc.constantFrom<unknown>("soon", "2026-02-30", 42) });
}

/** The properties the random notes use, for edits that change a few of them. */
export const CONTACT_KEYS = ["name", "status", "contacted", "replied", "last_contact", "next_follow_up", "snooze_until", "stay_in_touch", "follow_up_every", "phone", "outreach_method", "referred_by", "field"];
export const INTERVIEW_KEYS = ["contact", "date", "duration", "status", "confirmed", "prepared", "thank_you_sent", "debriefed", "referrals", "snooze_until", "field"];

/** Career fields as people write them: one spelling or another, a list, or none. */
const fieldValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>("UX", "ux ", "Law", ["Policy", "UX"], ["law", "LAW"], []);

/**
 * Random contact properties. Weighted towards states that produce reminders (active,
 * no reply yet), where rules interact most.
 */
export function contactFrontmatter(baseDay: string, people: readonly string[] = PEOPLE): fc.Arbitrary<Props> {
	const when = dateValue(baseDay);
	return fc
		.record(
			{
				name: fc.constantFrom("Ana", "Ana R."),
				status: fc.oneof({ weight: 4, arbitrary: fc.constant("active") }, { weight: 1, arbitrary: fc.constantFrom<unknown>("paused", "closed", "maybe") }),
				contacted: when,
				replied: fc.option(when, { freq: 2 }),
				last_contact: when,
				next_follow_up: when,
				snooze_until: when,
				stay_in_touch: fc.boolean(),
				follow_up_every: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant<unknown>("often")),
				phone: fc.constant("+1 555 0100"),
				outreach_method: fc.constantFrom("email", "letter", "phone"),
				field: fieldValue,
				referred_by: linkTo(people),
			},
			{ requiredKeys: [] },
		)
		.map((props) => ({ type: "contact", ...props }));
}

export function interviewFrontmatter(baseDay: string, people: readonly string[] = PEOPLE): fc.Arbitrary<Props> {
	const when = dateValue(baseDay);
	return fc
		.record(
			{
				contact: linkTo(people),
				date: when,
				duration: fc.constantFrom<unknown>(15, 30, 60, 90, "long"),
				status: fc.constantFrom<unknown>("requested", "scheduled", "confirmed", "done", "cancelled", "no_show", "maybe"),
				confirmed: when,
				prepared: fc.boolean(),
				thank_you_sent: when,
				debriefed: fc.boolean(),
				referrals: fc.array(linkTo(people), { maxLength: 3 }),
				snooze_until: when,
				field: fieldValue,
			},
			{ requiredKeys: ["contact"] },
		)
		.map((props) => ({ type: "interview", ...props }));
}

export interface RandomVault {
	zone: string;
	baseDay: string;
	notes: Record<string, Props>;
	/** Epoch milliseconds of "now", within about six weeks of the base day. */
	nowMs: number;
}

/** A random vault of contacts among `people` and up to six interviews with them (or with someone missing). */
export function randomVault(people: readonly string[] = PEOPLE): fc.Arbitrary<RandomVault> {
	return fc.tuple(fc.constantFrom(...ZONES), fc.constantFrom(...BASE_DAYS)).chain(([zone, baseDay]) =>
		fc
			.record({
				contacts: fc.uniqueArray(fc.constantFrom(...people), { maxLength: people.length }).chain((names) =>
					fc.tuple(...names.map((name) => contactFrontmatter(baseDay, people).map((fm) => [contactPath(name), fm] as const))),
				),
				interviews: fc.array(interviewFrontmatter(baseDay, people), { maxLength: INTERVIEW_PATHS.length }),
				nowOffsetMinutes: fc.integer({ min: -45 * 1440, max: 45 * 1440 }),
			})
			.map(({ contacts, interviews, nowOffsetMinutes }) => {
				const notes: Record<string, Props> = Object.fromEntries(contacts);
				interviews.forEach((fm, i) => (notes[INTERVIEW_PATHS[i] ?? `Interviews/X${i}.md`] = fm));
				const nowMs = DateTime.fromISO(baseDay, { zone }).plus({ minutes: nowOffsetMinutes }).toMillis();
				return { zone, baseDay, notes, nowMs };
			}),
	);
}

/**
 * The queue as the plugin keeps it: derived again from the index whenever it is read
 * (the plugin does so after each batch), with the service's questions.
 */
export function liveQueue(index: RecordIndex, settings: { rules: RuleOffsets }, zone: string) {
	const all = () => deriveItems(index, settings, zone);
	const ms = (now: DateTime | number) => (typeof now === "number" ? now : now.toMillis());
	return {
		zone,
		items: (now: DateTime | number) => shownAt(all(), ms(now)),
		applyChange: (_change?: unknown) => undefined,
		fieldChoices: (now: DateTime | number) => fieldChoices(all(), shownAt(all(), ms(now)), index),
		nextChange: (now: DateTime | number) => nextChange(all(), ms(now)),
		itemsAbout: (path: string, now: DateTime | number) => shownAt(all(), ms(now)).filter((item) => item.path === path),
	};
}
