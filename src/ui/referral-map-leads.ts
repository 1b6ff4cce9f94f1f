import type { InterviewRecord } from "../domain/records/record-types";
import type { PersonKey } from "../domain/referrals/referral-edges";
import { appendSentence } from "./bidi";
import { sectionHeading, shortName, type MapContext } from "./referral-map-context";
import { noteLink } from "./referral-person-row";

/** More leads than this are left in the interview notes, so that the view stays small. */
export const LEADS_SHOWN = 50;

export interface JobLead {
	readonly text: string;
	/** The interview it was noted in. */
	readonly interview: InterviewRecord;
}

/** Every lead noted in these interviews, the latest interview first; undated interviews last. */
export function jobLeads(interviews: readonly InterviewRecord[]): JobLead[] {
	const byDate = [...interviews].sort((a, b) => {
		const at = a.date?.start.toMillis();
		const bt = b.date?.start.toMillis();
		if (at === undefined || bt === undefined) return (at === undefined ? 1 : 0) - (bt === undefined ? 1 : 0);
		return bt - at;
	});
	return byDate.flatMap((interview) => interview.leads.map((text) => ({ text, interview })));
}

function renderLead(list: HTMLElement, lead: JobLead): void {
	const item = list.createEl("li", { cls: "ii-lead" });
	item.createSpan({ cls: "ii-lead-text", text: lead.text, attr: { dir: "auto" } });
	const meta = item.createSpan({ cls: "ii-ref-meta" });
	const day = lead.interview.date?.start.toISODate();
	if (!day) {
		meta.appendText(" · from ");
		noteLink(meta, lead.interview.path, lead.interview.title);
		return;
	}
	// The link says which interview in its own words, for a screen reader's list of links; the date stays on one line.
	meta.appendText(" · from the ");
	noteLink(meta, lead.interview.path, "interview on ").createSpan({ cls: "ii-ref-date", text: day });
}

/**
 * The job leads this person mentioned, gathered from the `leads` of their interviews,
 * each with the interview it came from. Shown once they have an interview; before that
 * there is nothing to say.
 */
export function renderJobLeads(parent: HTMLElement, person: PersonKey, ctx: MapContext): void {
	const interviews = ctx.graph.interviewsOf(person);
	if (interviews.length === 0) return;
	const name = ctx.graph.person(person).name;
	const leads = jobLeads(interviews);
	const section = parent.createDiv({ cls: ["ii-map-section", "ii-map-leads"] });
	sectionHeading(section, "Job leads");
	if (leads.length === 0) {
		appendSentence(section.createEl("p", { cls: "ii-map-empty" }), ["No job leads noted from ", { name }, " yet."]);
		return;
	}
	const list = section.createEl("ul", { cls: "ii-lead-list", attr: { "aria-label": `Job leads from ${shortName(name)}` } });
	for (const lead of leads.slice(0, LEADS_SHOWN)) renderLead(list, lead);
	if (leads.length > LEADS_SHOWN) section.createDiv({ cls: "ii-ref-note", text: `${leads.length - LEADS_SHOWN} more in the interview notes.` });
}
