import { DateTime } from "luxon";
import { compareFields, fieldsOfNote, forEachField } from "../records/career-fields";
import { interviewEnd, interviewStart } from "../records/interview-schedule";
import { OUTREACH_METHODS, type ContactRecord, type InterviewRecord, type OutreachMethod, type RecordLookup } from "../records/record-types";
import { isReferred } from "./board";
import type { StatusOf } from "./stages";

/** A number and the people (or interview notes) behind it: every figure on the Progress tab links to them. */
export interface Count {
	readonly paths: readonly string[];
}

export interface FunnelStep extends Count {
	readonly step: "identified" | "contacted" | "replied" | "interviewed" | "thanked" | "staying_in_touch";
	readonly label: string;
	/** This step's count over the previous step's; null for the first step or after an empty one. */
	readonly conversion: number | null;
}

export interface ReplyGroup {
	readonly label: string;
	/** People contacted this way (`contacted` set). */
	readonly contacted: Count;
	/** Of those, the ones who answered (`replied`, or an interview was agreed). */
	readonly replied: Count;
	/** replied / contacted; null when nobody was contacted this way. */
	readonly rate: number | null;
	/** Median whole days from `contacted` to `replied`, over those with both dates; null without any. */
	readonly medianDays: number | null;
}

export interface WeekCount extends Count {
	/** The Monday the week starts on (ISO date). */
	readonly week: string;
}

export interface FieldCount extends Count {
	readonly field: string;
	/** Fewer than 3 interviews: too few to judge a field by (the method's advice). */
	readonly tooFew: boolean;
}

export interface PipelineStatistics {
	readonly funnel: readonly FunnelStep[];
	readonly byMethod: readonly ReplyGroup[];
	readonly byOrigin: readonly ReplyGroup[];
	readonly thankYous: { readonly withinTime: Count; readonly late: Count; readonly notSent: Count; readonly hours: number };
	readonly perWeek: readonly WeekCount[];
	readonly perField: readonly FieldCount[];
}

/** The method's advice: don't judge a field by one or two conversations. */
export const FEW_INTERVIEWS = 3;

export const FUNNEL_LABELS: Readonly<Record<FunnelStep["step"], string>> = {
	identified: "Identified",
	contacted: "Contacted",
	replied: "Replied",
	interviewed: "Interviewed",
	thanked: "Thanked",
	staying_in_touch: "Staying in touch",
};

export interface StatisticsSource extends RecordLookup {
	contacts(): readonly ContactRecord[];
	interviews(): readonly InterviewRecord[];
	byContact(contactPath: string): readonly InterviewRecord[];
}

export interface StatisticsOptions {
	readonly now: DateTime;
	readonly zone: string;
	readonly statusOf: StatusOf;
	/** The thank-you rule's hours (24 by default). */
	readonly thankYouWithinHours: number;
	/** How many weeks back the per-week chart goes, this week included. */
	readonly weeks: number;
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function ratio(part: number, whole: number): number | null {
	return whole === 0 ? null : part / whole;
}

interface PersonFacts {
	readonly contact: ContactRecord;
	readonly contacted: boolean;
	readonly replied: boolean;
	readonly interviewed: boolean;
	readonly thanked: boolean;
	readonly stayingInTouch: boolean;
	readonly replyDays: number | null;
}

function personFacts(contact: ContactRecord, interviews: readonly InterviewRecord[], statusOf: StatusOf): PersonFacts {
	let agreed = false;
	let interviewed = false;
	let thanked = false;
	for (const interview of interviews) {
		const status = statusOf(interview);
		if (status === "scheduled" || status === "confirmed" || status === "done") agreed = true;
		if (status === "done") {
			interviewed = true;
			if (interview.thankYouSent !== undefined) thanked = true;
		}
	}
	const contacted = contact.contacted !== undefined || contact.lastContact !== undefined || interviews.length > 0 || contact.replied !== undefined;
	const replyDays =
		contact.contacted && contact.replied ? Math.max(0, Math.round(contact.replied.start.startOf("day").diff(contact.contacted.start.startOf("day"), "days").days)) : null;
	return { contact, contacted, replied: contact.replied !== undefined || agreed, interviewed, thanked, stayingInTouch: contact.stayInTouch, replyDays };
}

function replyGroup(label: string, people: readonly PersonFacts[]): ReplyGroup {
	const contacted = people.filter((p) => p.contact.contacted !== undefined);
	const replied = contacted.filter((p) => p.replied);
	const days = contacted.flatMap((p) => (p.replyDays === null ? [] : [p.replyDays]));
	return {
		label,
		contacted: { paths: contacted.map((p) => p.contact.path) },
		replied: { paths: replied.map((p) => p.contact.path) },
		rate: ratio(replied.length, contacted.length),
		medianDays: median(days),
	};
}

const METHOD_NAMES: Readonly<Record<OutreachMethod, string>> = { email: "Email", linkedin: "LinkedIn", phone: "Phone", letter: "Letter", in_person: "In person" };

/**
 * The Progress tab's figures, from the records at `now`. Every figure keeps the notes
 * behind it. A person "replied" when `replied` is set or an interview with them was
 * agreed (nobody books a conversation without an answer); "thanked" when a held interview
 * has `thank_you_sent`.
 */
export function pipelineStatistics(source: StatisticsSource, options: StatisticsOptions): PipelineStatistics {
	const { statusOf, zone } = options;
	const people = source.contacts().map((c) => personFacts(c, source.byContact(c.path), statusOf));
	const steps: [FunnelStep["step"], (p: PersonFacts) => boolean][] = [
		["identified", () => true],
		["contacted", (p) => p.contacted],
		["replied", (p) => p.replied],
		["interviewed", (p) => p.interviewed],
		["thanked", (p) => p.thanked],
		["staying_in_touch", (p) => p.stayingInTouch],
	];
	const funnel: FunnelStep[] = [];
	for (const [step, test] of steps) {
		const paths = people.filter(test).map((p) => p.contact.path);
		const previous = funnel[funnel.length - 1];
		funnel.push({ step, label: FUNNEL_LABELS[step], paths, conversion: previous === undefined ? null : ratio(paths.length, previous.paths.length) });
	}

	// The four ways of making contact the method names are always listed; in person and "not recorded" when used.
	const byMethod = [
		...OUTREACH_METHODS.map((method) => ({ method, group: replyGroup(METHOD_NAMES[method], people.filter((p) => p.contact.outreachMethod === method)) })),
		{ method: undefined, group: replyGroup("Not recorded", people.filter((p) => p.contact.outreachMethod === undefined)) },
	]
		.filter(({ method, group }) => (method !== undefined && method !== "in_person") || group.contacted.paths.length > 0)
		.map(({ group }) => group);
	const byOrigin = [replyGroup("Referral", people.filter((p) => isReferred(p.contact))), replyGroup("Cold", people.filter((p) => !isReferred(p.contact)))];

	const withinTime: string[] = [];
	const late: string[] = [];
	const notSent: string[] = [];
	const held = source.interviews().filter((i) => statusOf(i) === "done");
	const weekStart = options.now.setZone(zone).startOf("week");
	const firstWeek = weekStart.minus({ weeks: Math.max(1, options.weeks) - 1 });
	const weeks: { week: string; paths: string[] }[] = [];
	for (let w = firstWeek; w <= weekStart; w = w.plus({ weeks: 1 })) weeks.push({ week: w.toISODate() ?? "", paths: [] });
	const fields = new Map<string, { field: string; paths: string[] }>();
	for (const interview of held) {
		const start = interviewStart(interview, zone);
		if (interview.thankYouSent === undefined) notSent.push(interview.path);
		else if (start !== null && interview.thankYouSent.start.toMillis() <= interviewEnd(interview, start, zone) + options.thankYouWithinHours * 3_600_000) withinTime.push(interview.path);
		else late.push(interview.path);
		if (start !== null) {
			const index = Math.floor(DateTime.fromMillis(start, { zone }).startOf("week").diff(firstWeek, "weeks").weeks + 0.5);
			weeks[index]?.paths.push(interview.path);
		}
		forEachField(fieldsOfNote(interview, source), (spelling, key) => {
			let entry = fields.get(key);
			if (entry === undefined) fields.set(key, (entry = { field: spelling, paths: [] }));
			entry.paths.push(interview.path);
		});
	}
	const perField = [...fields.values()].sort((a, b) => compareFields(a.field, b.field)).map((f) => ({ ...f, tooFew: f.paths.length < FEW_INTERVIEWS }));
	return {
		funnel,
		byMethod,
		byOrigin,
		thankYous: { withinTime: { paths: withinTime }, late: { paths: late }, notSent: { paths: notSent }, hours: options.thankYouWithinHours },
		perWeek: weeks,
		perField,
	};
}
