import { Notice, type App } from "obsidian";
import type { FollowUpService } from "../obsidian/follow-up-service";
import type { PluginHost } from "../obsidian/plugin-host";
import { compileFieldNotes, fieldNotesMessage } from "./field-notes-command";
import { PIPELINE_ICON, PIPELINE_VIEW_TYPE, PipelineView } from "./pipeline-view";
import { runSafely } from "./safely";

/** Shows the pipeline in the main area: the tab that has it already, else a new tab. Never kept by the plugin. */
export async function openPipeline(app: App): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: PIPELINE_VIEW_TYPE, active: true });
	}
	workspace.setActiveLeaf(leaf, { focus: true });
}

/** The pipeline board and progress view, its ribbon icon and command, and Compile field notes. */
export function registerPipeline(host: PluginHost, service: FollowUpService): void {
	host.registerView(PIPELINE_VIEW_TYPE, (leaf) => new PipelineView(leaf, host, service));
	host.registerHoverLinkSource(PIPELINE_VIEW_TYPE, { display: "Informational Interviews pipeline", defaultMod: true });
	const open = (): Promise<void> => runSafely("open the pipeline", () => openPipeline(host.app));
	host.addRibbonIcon(PIPELINE_ICON, "Open pipeline", open);
	host.addCommand({ id: "open-pipeline", name: "Open pipeline", callback: open });
	host.addCommand({
		id: "compile-field-notes",
		name: "Compile field notes",
		callback: () =>
			runSafely("compile the field notes", async () => {
				const result = await compileFieldNotes(host, service);
				new Notice(fieldNotesMessage(result, host.settings.fieldNotesFolder));
			}),
	});
}
