import type * as obsidian from "obsidian";
import { track } from "./pending";
import { MarkdownView } from "./views";
import type { Workspace } from "./workspace";

/**
 * Obsidian's command registry (`app.commands`, not in the public API). Plugins add
 * commands through `Plugin.addCommand`; tests run them by id, with the same rules as the
 * command palette: a check callback or an editor command only runs when it applies.
 */
export class Commands {
	private readonly registry = new Map<string, obsidian.Command>();

	constructor(private readonly workspace: Workspace) {}

	addCommand(command: obsidian.Command): void {
		this.registry.set(command.id, command);
	}

	removeCommand(id: string): void {
		this.registry.delete(id);
	}

	findCommand(id: string): obsidian.Command | undefined {
		return this.registry.get(id);
	}

	listCommands(): obsidian.Command[] {
		return [...this.registry.values()];
	}

	/** Would the palette offer it right now? */
	isAvailable(id: string): boolean {
		const command = this.registry.get(id);
		return command !== undefined && this.run(command, true);
	}

	/**
	 * Runs a command as the palette would; false when it does not exist or does not apply.
	 * An async callback is tracked: `await app.settle()` waits for it.
	 */
	executeCommandById(id: string): boolean {
		const command = this.registry.get(id);
		return command !== undefined && this.run(command, false);
	}

	private run(command: obsidian.Command, checking: boolean): boolean {
		const view = this.workspace.getActiveViewOfType(MarkdownView);
		// Editor commands receive Obsidian's MarkdownView; the fake's stands in for it.
		const context = view as unknown as obsidian.MarkdownView;
		if (command.editorCheckCallback) {
			if (!view) return false;
			// As in Obsidian, a check callback makes the command available only by returning true.
			if (command.editorCheckCallback(true, view.editor, context) !== true) return false;
			if (checking) return true;
			track(command.editorCheckCallback(false, view.editor, context));
			return true;
		}
		if (command.editorCallback) {
			if (!view) return false;
			if (!checking) track(command.editorCallback(view.editor, context));
			return true;
		}
		if (command.checkCallback) {
			if (command.checkCallback(true) !== true) return false;
			if (checking) return true;
			track(command.checkCallback(false));
			return true;
		}
		if (command.callback) {
			if (!checking) track(command.callback());
			return true;
		}
		return false;
	}
}
