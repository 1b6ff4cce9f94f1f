import type { DateTime } from "luxon";
import { actionWrite, type FrontmatterWrite } from "../follow-ups/follow-up-actions";
import type { OutreachMethod } from "../records/record-types";
import { COLUMN_LABELS, isSetApart, type BoardColumn, type BoardPerson } from "./board";
import { stageRank, type StageHolder } from "./stages";

/** A held interview without its thank-you: what a move to `thanked` marks. */
export interface UnthankedInterview {
	readonly path: string;
}

/**
 * What moving a card to a column does. Every write goes through the queue's action
 * writes (`actionWrite`) or the same `FrontmatterWrite` shape, so that the plugin runs
 * it with the queue's undo notice.
 */
export type MovePlan =
	/** Nothing to do: the card is already there. */
	| { readonly kind: "stay" }
	/** Write this fact; `message` is the undo notice's text. */
	| { readonly kind: "write"; readonly write: FrontmatterWrite; readonly message: string }
	/** To contacted: ask how (email, LinkedIn…), then write `contactedWrite(…, method)`. */
	| { readonly kind: "ask_method"; readonly path: string }
	/** To scheduled: open New interview… for this person. */
	| { readonly kind: "new_interview"; readonly contactPath: string }
	/** Nothing is written; `message` says which fact holds the person where they are, in which note. */
	| { readonly kind: "explain"; readonly message: string; readonly path: string | null };

export const METHOD_LABELS: Readonly<Record<OutreachMethod, string>> = {
	email: "Email",
	linkedin: "LinkedIn",
	phone: "Phone",
	letter: "Letter",
	in_person: "In person",
};

/** `contacted` today (kept when already dated, as the queue's Mark contacted does) and how. */
export function contactedWrite(path: string, method: OutreachMethod, now: DateTime, zone: string): FrontmatterWrite {
	const write = actionWrite("mark_contacted", path, now, zone);
	return { ...write, set: { ...write.set, outreach_method: method } };
}

function flagWrite(path: string, set: Record<string, unknown>): FrontmatterWrite {
	return { path, set, keepExistingDate: [], remove: [] };
}

function noteName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** The sentence that says which fact holds someone in their stage. */
export function holderText(holder: StageHolder | null): string {
	if (holder === null) return "nothing is recorded yet";
	const note = `"${noteName(holder.path)}"`;
	if (holder.key === "interview") return `the interview note ${note} (${holder.value})`;
	return `${holder.key}: ${holder.value} in ${note}`;
}

/**
 * The move of `person` to `target`:
 * - forward to contacted asks how, then writes `contacted` and `outreach_method`;
 * - to replied writes `replied` (the queue's Got a reply);
 * - to scheduled opens New interview… for the person;
 * - to interviewed cannot be written: an interview takes place, it is not declared;
 * - to thanked marks the latest held interview's thank-you (the queue's Mark thank-you sent);
 * - to staying in touch sets `stay_in_touch: true`; to paused or closed sets `status`;
 * - out of paused or closed back to the person's own stage sets `status: active`;
 * - backwards, nothing is deleted: the plan explains which fact holds them.
 */
export function planMove(person: BoardPerson, target: BoardColumn, unthanked: UnthankedInterview | undefined, now: DateTime, zone: string): MovePlan {
	if (target === person.column) return { kind: "stay" };
	const who = person.name;
	if (isSetApart(target)) return { kind: "write", write: flagWrite(person.path, { status: target }), message: `${who}: ${target}.` };
	if (isSetApart(person.column)) {
		if (target === person.stage) return { kind: "write", write: flagWrite(person.path, { status: "active" }), message: `${who}: active again.` };
		return {
			kind: "explain",
			message: `${who} is ${person.column}. Move them to "${COLUMN_LABELS[person.stage]}" first, which makes them active again; their stage comes from ${holderText(person.holder)}.`,
			path: person.path,
		};
	}
	if (stageRank(target) < stageRank(person.stage)) {
		return {
			kind: "explain",
			message: `${who} stays "${COLUMN_LABELS[person.stage]}": that comes from ${holderText(person.holder)}. Nothing was changed; edit that property in the note if it is wrong.`,
			path: person.holder?.path ?? person.path,
		};
	}
	switch (target) {
		case "not_contacted":
			return { kind: "stay" };
		case "contacted":
			return { kind: "ask_method", path: person.path };
		case "replied":
			return { kind: "write", write: actionWrite("got_reply", person.path, now, zone), message: `${who}: reply recorded.` };
		case "scheduled":
			return { kind: "new_interview", contactPath: person.path };
		case "interviewed":
			return {
				kind: "explain",
				message: `${who} becomes "interviewed" once an interview with them has taken place: its date passes, or its note says status: done. Nothing was changed.`,
				path: person.holder?.key === "interview" ? person.holder.path : person.path,
			};
		case "thanked":
			if (unthanked === undefined)
				return { kind: "explain", message: `${who} has no interview that took place yet, so there is nothing to thank them for. Nothing was changed.`, path: person.path };
			return { kind: "write", write: actionWrite("mark_thank_you_sent", unthanked.path, now, zone), message: `${who}: thank-you sent.` };
		case "staying_in_touch":
			return { kind: "write", write: flagWrite(person.path, { stay_in_touch: true }), message: `${who}: staying in touch.` };
	}
}
