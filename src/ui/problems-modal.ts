import { FuzzySuggestModal, Notice, type App, type FuzzyMatch } from "obsidian";
import type { Problem } from "../domain/records/problems";

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
		// Opens the file itself, not link text: as a link, a path with "#" loses its tail, and a
		// note deleted since the list was made would be created again, empty.
		const file = this.app.vault.getFileByPath(problem.path);
		if (file) void this.app.workspace.getLeaf(false).openFile(file);
		else new Notice(`${problem.path} no longer exists.`);
	}
}
