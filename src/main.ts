import { Events, Notice, Plugin } from "obsidian";
import { resolveZone, zoneFor } from "./domain/records/dates";
import { RecordIndex } from "./domain/records/record-index";
import { LiveReferralGraph } from "./domain/referrals/live-referral-graph";
import { parsesAlike, type ParseOptions } from "./domain/records/records";
import { migrateSettings, type Settings } from "./domain/settings";
import type { FollowUpService } from "./obsidian/follow-up-service";
import { IndexSync, obsidianResolver, windowScheduler } from "./obsidian/index-sync";
import { loadSettings } from "./obsidian/settings-load";
import { UnreadableNotes } from "./obsidian/unreadable-notes";
import { openImport, registerImportCommand } from "./ui/import-contacts";
import { ProblemsModal } from "./ui/problems-modal";
import { registerPipeline } from "./ui/pipeline-registration";
import { registerCalendarAndAlerts } from "./ui/calendar-registration";
import { registerFollowUpQueue } from "./ui/queue-registration";
import { registerReferralMap } from "./ui/referral-map-registration";
import { InformationalInterviewsSettingTab } from "./ui/settings-tab";
import { registerTemplateCommands } from "./ui/template-commands";

/** Wiring only: settings, the record index and its sync, commands and the settings tab. */
export default class InformationalInterviewsPlugin extends Plugin {
	override settings: Settings = migrateSettings(undefined);
	index!: RecordIndex;
	referrals!: LiveReferralGraph;
	followUps!: FollowUpService;
	readonly settingsEvents = new Events();
	private sync!: IndexSync;
	private parsedWith!: ParseOptions;
	private unreadable!: UnreadableNotes;

	override async onload(): Promise<void> {
		this.settings = await loadSettings(this);
		// An unusable zone would make every date invalid: dates are read in UTC instead, and the user is told once.
		const { warning } = zoneFor(this.settings.timeZone);
		if (warning !== null) new Notice(`Informational Interviews: ${warning}.`);
		this.parsedWith = this.parseOptions();
		this.index = new RecordIndex(this.parsedWith, windowScheduler(200));
		// The graph listens before anything else is built, so it hears every batch, the first full build included.
		this.referrals = new LiveReferralGraph(this.index);
		this.sync = new IndexSync(this.app, this.index, (ref) => this.registerEvent(ref));
		this.sync.start();
		this.unreadable = new UnreadableNotes(this.app, () => this.settings.typeKey);
		this.app.workspace.onLayoutReady(() => {
			this.unreadable.listen((ref) => this.registerEvent(ref));
			void this.unreadable.scan();
		});

		this.addCommand({
			id: "show-problems",
			name: "Show problems in contact and interview notes",
			callback: () => {
				const problems = [...this.unreadable.problems(), ...this.index.problems()];
				if (problems.length === 0) new Notice("No problems in your contact and interview notes.");
				else new ProblemsModal(this.app, problems).open();
			},
		});
		registerTemplateCommands(this);
		registerImportCommand(this);
		registerReferralMap(this);
		this.followUps = registerFollowUpQueue(this, { onImport: () => openImport(this) });
		registerPipeline(this, this.followUps);
		registerCalendarAndAlerts(this, this.followUps);
		this.addSettingTab(new InformationalInterviewsSettingTab(this.app, this));
	}

	override onunload(): void {
		this.index?.dispose();
	}

	/** Settings changed on disk, for instance by sync from another device. */
	override async onExternalSettingsChange(): Promise<void> {
		this.settings = await loadSettings(this);
		this.settingsChanged();
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.settingsChanged();
	}

	/**
	 * Notes are read again only when the type property, the zone or the default length
	 * changed; every other setting (a rule's offset, a folder) leaves the records as they
	 * are and reaches the queue and views through `settingsEvents`.
	 */
	private settingsChanged(): void {
		const options = this.parseOptions();
		if (!parsesAlike(options, this.parsedWith)) {
			this.sync.rebuild(options);
			if (options.typeKey !== this.parsedWith.typeKey) void this.unreadable.scan();
			this.parsedWith = options;
		}
		this.settingsEvents.trigger("changed");
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
