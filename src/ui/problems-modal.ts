import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { Problem } from "../domain/problems";

/** Lists every problem in the records; choosing one opens the note it is in. */
export class ProblemsModal extends FuzzySuggestModal<Problem> {
	constructor(
		app: App,
		private readonly problems: readonly Problem[],
	) {
		super(app);
		this.setPlaceholder("Filter problems by note, property or message");
		this.emptyStateText = "No problems in your contact and interview notes.";
	}

	getItems(): Problem[] {
		return [...this.problems];
	}

	getItemText(problem: Problem): string {
		return `${problem.path} ${problem.field} ${problem.message}`;
	}

	override renderSuggestion(match: FuzzyMatch<Problem>, el: HTMLElement): void {
		const { item } = match;
		el.addClass("ii-problem");
		el.createDiv({ cls: "ii-problem-message", text: `${item.field}: ${item.message}` });
		el.createDiv({ cls: "ii-problem-path", text: item.path });
	}

	onChooseItem(problem: Problem): void {
		void this.app.workspace.openLinkText(problem.path, "", false);
	}
}
