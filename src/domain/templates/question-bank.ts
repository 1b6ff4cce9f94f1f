/** A named group of questions; `ask` sets are for the conversation, `prepare` ones for you. */
export interface QuestionSet {
	readonly id: string;
	readonly title: string;
	readonly purpose: "ask" | "prepare";
	readonly questions: readonly string[];
}

/**
 * The built-in question bank. Informational interviews are for learning, so none of
 * these asks for a job; the closing set asks for referrals and permission to stay in touch.
 */
export const QUESTION_SETS: readonly QuestionSet[] = [
	{
		id: "occupation",
		title: "About the occupation",
		purpose: "ask",
		questions: [
			"How would you describe what you do to someone outside the field?",
			"What problems take up most of your working time?",
			"Which parts of the work do you find most satisfying?",
			"What is the most demanding part of the job for you?",
			"What surprised you about this work once you started?",
			"Which skills do you rely on most?",
			"What kind of person tends to do well in this role?",
			"What do people outside the field most often misunderstand about it?",
			"How does your work connect with the work of other teams?",
			"What would you want someone considering this career to know first?",
		],
	},
	{
		id: "typical-day",
		title: "A typical day",
		purpose: "ask",
		questions: [
			"Could you walk me through a typical day or week?",
			"How is your time split between working with others and working on your own?",
			"What does a particularly busy period look like?",
			"Which tools do you use every day?",
			"How much say do you have over your schedule and where you work?",
			"How often does the job involve travel or work outside usual hours?",
			"What kinds of decisions do you make on an ordinary day?",
			"How do you tell that a day went well?",
			"What takes up more of your time than an outsider would expect?",
		],
	},
	{
		id: "path-in",
		title: "The path in",
		purpose: "ask",
		questions: [
			"How did you get started in this field?",
			"Which parts of your education or training have helped you most?",
			"Which qualifications or certificates matter here, if any?",
			"What experience would you recommend getting before applying for a first role?",
			"Are there internships, volunteer roles or entry-level jobs that lead into this work?",
			"If you were starting out today, what would you do differently?",
			"Which skills would you encourage me to build over the next year?",
			"How do people usually hear about openings in this field?",
			"Which professional associations, events or publications would you recommend?",
			"Looking at my background, what would you suggest I work on?",
			"Would you be willing to look over my résumé and tell me how it reads to someone in your field?",
		],
	},
	{
		id: "organization",
		title: "The organization and its culture",
		purpose: "ask",
		questions: [
			"How would you describe the culture where you work?",
			"What do you value most about working for your organization?",
			"How is your team set up, and who do you work with most closely?",
			"How does your organization support learning and growth?",
			"Which values matter most to the people around you?",
			"How are newcomers welcomed and trained?",
			"How does your organization differ from others in the same field?",
			"What has changed in the organization over the last few years?",
			"How are decisions usually made in your team?",
			"How is the organization structured, and where does your team fit in it?",
			"How does hiring usually work here, from an opening to a first day?",
			"What are the organization's main goals for the next few years?",
			"Which benefits matter most to the people who work here?",
			"What are the biggest projects you are working on right now?",
			"How does your organization approach diversity and inclusion?",
		],
	},
	{
		id: "outlook",
		title: "Outlook and advancement",
		purpose: "ask",
		questions: [
			"How do you expect this field to change over the next five years?",
			"Which developments should someone entering the field keep an eye on?",
			"Where do people in your role usually go next?",
			"How does advancement work here: promotion, new responsibilities, or moving on?",
			"Is demand for people in this field growing, steady or shrinking?",
			"What is a realistic starting salary range, if you are comfortable sharing?",
			"Which skills do you think will matter more in the future?",
			"What other kinds of employers hire people with this background?",
			"How is technology changing the way this work gets done?",
		],
	},
	{
		id: "closing",
		title: "Closing questions",
		purpose: "ask",
		questions: [
			"Who else would you suggest I talk to?",
			"Would you mind if I mentioned that you suggested I get in touch with them?",
			"Is there anything I should have asked but did not?",
			"Which resources would you recommend for learning more?",
			"Would it be all right if I kept in touch and let you know how things go?",
			"What is the best way to reach you if a question comes up later?",
			"Is there anything I could help you with in return?",
			"What advice would you give someone in my position?",
		],
	},
	{
		id: "they-may-ask",
		title: "Questions they may ask you",
		purpose: "prepare",
		questions: [
			"Could you tell me a little about your background?",
			"What draws you to this field?",
			"What have you done so far to learn about it?",
			"Which of your strengths would fit this kind of work?",
			"What kind of role are you hoping to have eventually?",
			"Which other fields are you looking into?",
			"What do you enjoy doing outside work or study?",
			"Where would you like to be in a few years?",
			"How can I be most helpful to you?",
		],
	},
];

/** The sets a new interview note starts with when nobody chose. */
export const DEFAULT_SET_IDS: readonly string[] = ["occupation", "typical-day", "path-in", "closing"];

export function questionSet(id: string): QuestionSet | undefined {
	return QUESTION_SETS.find((set) => set.id === id);
}
