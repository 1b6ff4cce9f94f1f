import type { InterviewFormat } from "../records/record-types";
import { checklist, questionSetSection } from "./checklist";
import type { QuestionSet } from "./question-bank";
import { bool, date, frontmatterBlock, list, num, text, yamlLink, type YamlValue } from "./yaml-text";

export interface NewInterview {
	/** Link text of the contact's note. */
	readonly contactLink: string;
	/** `2026-11-24`. */
	readonly date: string;
	/** `15:00`; without it the interview is "that day". */
	readonly time?: string;
	readonly duration: number;
	readonly format?: InterviewFormat;
	readonly location?: string;
	readonly field?: string;
	readonly questionSets: readonly QuestionSet[];
	/** From the settings, so the debrief's reminder matches the follow-up queue. */
	readonly thankYouWithinHours: number;
}

const PREPARATION = [
	"Research the organization: what it does, recent news, and who it serves",
	"Write down the three things you most want to learn",
	"Confirm the day before",
	"Plan to arrive a few minutes early, or test the call link",
	"Dress as people in that workplace do, a little on the neat side",
	"Bring a portfolio of your work, if your field uses one",
	"Have your résumé with you, and offer it only if they ask",
	"Bring a notebook and a pen",
];

/** The prompts step 5 of the method asks you to note during the conversation. */
const NOTES = [
	"Names mentioned:",
	"Referrals (who else should I talk to?):",
	"Permission to stay in touch:",
	"Business card or contact details:",
	"Other notes:",
];

const DEBRIEF = ["What did I learn?", "How does it fit my interests and values?", "What do I still need to know?"];

function nextActions(hours: number): string[] {
	return [
		`Send a thank-you within ${hours} hours`,
		"Add the people they suggested to referrals, and create their contact notes",
		"Note any job leads they mentioned in leads",
		"Set debriefed to true once this section is written",
	];
}

function properties(interview: NewInterview, typeKey: string): string {
	const when = interview.time ? `${interview.date}T${interview.time}` : interview.date;
	const entries: [string, YamlValue][] = [
		[typeKey, text("interview")],
		["contact", yamlLink(interview.contactLink)],
		["date", date(when)],
		["duration", num(interview.duration)],
	];
	if (interview.format) entries.push(["format", text(interview.format)]);
	if (interview.location?.trim()) entries.push(["location", text(interview.location.trim())]);
	if (interview.field?.trim()) entries.push(["field", text(interview.field.trim())]);
	entries.push(["prepared", bool(false)], ["debriefed", bool(false)], ["referrals", list([])], ["leads", list([])]);
	return frontmatterBlock(entries);
}

function body(interview: NewInterview): string {
	const sections = [
		`## Preparation\n\n${checklist(PREPARATION)}`,
		interview.questionSets.length === 0
			? "## Questions\n\n- [ ] "
			: ["## Questions", ...interview.questionSets.map((set) => questionSetSection(set))].join("\n\n"),
		`## Notes\n\n${NOTES.map((n) => `- ${n}`).join("\n")}`,
		[
			"## Debrief",
			DEBRIEF.map((d) => `- ${d}`).join("\n"),
			`### Next actions\n\n${checklist(nextActions(interview.thankYouWithinHours))}`,
		].join("\n\n"),
	];
	return `${sections.join("\n\n")}\n`;
}

/**
 * The text of a new interview note: properties, then `userBody` (the user's own skeleton,
 * verbatim) or the built-in preparation, questions, notes and debrief.
 */
export function interviewNoteText(interview: NewInterview, typeKey: string, userBody?: string): string {
	return `${properties(interview, typeKey)}${userBody ?? `\n${body(interview)}`}`;
}
