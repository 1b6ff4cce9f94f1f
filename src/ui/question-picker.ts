import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import { checklist } from "../domain/templates/checklist";
import { QUESTION_SETS, type QuestionSet } from "../domain/templates/question-bank";

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

/** A fuzzy picker over the question bank; `onChoose` receives what was picked. */
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
		return choice.kind === "set" ? `${choice.set.title}: all ${choice.set.questions.length} questions` : `${choice.question} (${choice.set.title})`;
	}

	override renderSuggestion(match: FuzzyMatch<QuestionChoice>, el: HTMLElement): void {
		const choice = match.item;
		el.addClass("ii-question-choice");
		if (choice.kind === "set") {
			el.createDiv({ cls: "ii-question-set", text: choice.set.title });
			el.createDiv({ cls: "ii-suggestion-detail", text: `All ${choice.set.questions.length} questions` });
		} else {
			el.createDiv({ text: choice.question });
			el.createDiv({ cls: "ii-suggestion-detail", text: choice.set.title });
		}
	}

	onChooseItem(choice: QuestionChoice): void {
		this.onChoose(choice);
	}
}
