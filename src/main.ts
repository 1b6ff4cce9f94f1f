import { Notice, Plugin } from "obsidian";
import { resolveZone } from "./domain/dates";
import { RecordIndex } from "./domain/record-index";
import { ReferralGraph } from "./domain/referral-graph";
import type { ParseOptions } from "./domain/records";
import { migrateSettings, type Settings } from "./domain/settings";
import { IndexSync, obsidianResolver, windowScheduler } from "./obsidian/index-sync";
import { ProblemsModal } from "./ui/problems-modal";
import { registerFollowUpQueue } from "./ui/queue-registration";
import { registerReferralMap } from "./ui/referral-map-registration";
import { InformationalInterviewsSettingTab } from "./ui/settings-tab";
import { registerTemplateCommands } from "./ui/template-commands";

/** Wiring only: settings, the record index and its sync, commands and the settings tab. */
export default class InformationalInterviewsPlugin extends Plugin {
	override settings: Settings = migrateSettings(undefined);
	index!: RecordIndex;
	referralGraph!: ReferralGraph;
	private sync!: IndexSync;

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		this.index = new RecordIndex(this.parseOptions(), windowScheduler(200));
		// The graph listens before anything else is built, so it hears every batch, the first full build included.
		this.referralGraph = new ReferralGraph(this.index);
		this.register(this.index.onChange((change) => this.referralGraph.applyChange(change)));
		this.sync = new IndexSync(this.app, this.index, (ref) => this.registerEvent(ref));
		this.sync.start();

		this.addCommand({
			id: "show-problems",
			name: "Show problems in contact and interview notes",
			callback: () => {
				const problems = this.index.problems();
				if (problems.length === 0) new Notice("No problems in your contact and interview notes.");
				else new ProblemsModal(this.app, problems).open();
			},
		});
		registerTemplateCommands(this);
		registerReferralMap(this);
		registerFollowUpQueue(this);
		this.addSettingTab(new InformationalInterviewsSettingTab(this.app, this));
	}

	override onunload(): void {
		this.index?.dispose();
	}

	/** Settings changed on disk, for instance by sync from another device. */
	override async onExternalSettingsChange(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		this.sync.rebuild(this.parseOptions());
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.sync.rebuild(this.parseOptions());
	}

	private parseOptions(): ParseOptions {
		return {
			typeKey: this.settings.typeKey,
			zone: resolveZone(this.settings.timeZone),
			defaultDuration: this.settings.defaultDurationMinutes,
			resolve: obsidianResolver(this.app),
		};
	}
}
