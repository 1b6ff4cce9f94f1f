import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import { checklist } from "../domain/templates/checklist";
import { QUESTION_SETS, type QuestionSet } from "../domain/templates/question-bank";
import { renderMatchedPart, renderPreview } from "./suggestion-preview";

export type QuestionChoice =
	| { readonly kind: "set"; readonly set: QuestionSet }
	| { readonly kind: "question"; readonly set: QuestionSet; readonly question: string };

/** Every set first, then every single question, so that typing finds either. */
export function questionChoices(): QuestionChoice[] {
	const sets: QuestionChoice[] = QUESTION_SETS.map((set) => ({ kind: "set", set }));
	const single: QuestionChoice[] = QUESTION_SETS.flatMap((set) => set.questions.map((question) => ({ kind: "question" as const, set, question })));
	return [...sets, ...single];
}

/** The checklist a choice inserts. */
export function choiceChecklist(choice: QuestionChoice): string {
	return checklist(choice.kind === "set" ? choice.set.questions : [choice.question]);
}

/** Between a choice's title and its detail in the text the fuzzy search runs over. */
const PART_SEPARATOR = " · ";

/** What a suggestion shows, and what typing searches: the title, then the detail under it. */
function choiceParts(choice: QuestionChoice): { title: string; detail: string } {
	return choice.kind === "set"
		? { title: choice.set.title, detail: `All ${choice.set.questions.length} questions` }
		: { title: choice.question, detail: choice.set.title };
}

/**
 * A fuzzy picker over the question bank, with the typed letters highlighted; a set shows
 * the start of its questions, so the user sees what goes in before choosing it.
 * `onChoose` receives what was picked.
 */
export class QuestionPicker extends FuzzySuggestModal<QuestionChoice> {
	constructor(
		app: App,
		private readonly onChoose: (choice: QuestionChoice) => void,
	) {
		super(app);
		this.setPlaceholder("Find a question set or a single question");
		this.emptyStateText = "No question matches.";
	}

	getItems(): QuestionChoice[] {
		return questionChoices();
	}

	getItemText(choice: QuestionChoice): string {
		const parts = choiceParts(choice);
		return `${parts.title}${PART_SEPARATOR}${parts.detail}`;
	}

	override renderSuggestion(match: FuzzyMatch<QuestionChoice>, el: HTMLElement): void {
		const choice = match.item;
		const parts = choiceParts(choice);
		const matches = match.match.matches;
		el.addClass("ii-question-choice");
		renderMatchedPart(el.createDiv({ cls: choice.kind === "set" ? "ii-suggestion-title ii-question-set" : "ii-suggestion-title" }), parts.title, matches, 0);
		renderMatchedPart(el.createDiv({ cls: "ii-suggestion-detail" }), parts.detail, matches, parts.title.length + PART_SEPARATOR.length);
		// A single question is its own preview; a set shows the questions it inserts.
		if (choice.kind === "set") renderPreview(el, choice.set.questions.join("\n"));
	}

	onChooseItem(choice: QuestionChoice): void {
		this.onChoose(choice);
	}
}
