import { DateTime } from "luxon";
import { debounce, ItemView, Keymap, Notice, setIcon, type HoverParent, type HoverPopover, type UserEvent, type WorkspaceLeaf } from "obsidian";
import { resolveZone } from "../domain/records/dates";
import type { PersonKey } from "../domain/referrals/referral-edges";
import { personOfNote } from "../domain/referrals/referral-focus";
import type { ReferralGraph } from "../domain/referrals/referral-graph";
import { mentionsOf } from "../obsidian/mentions";
import { NewContactModal } from "./new-contact-modal";
import { CHAIN_MAX, CHAIN_PAGE, REFERRAL_MAP_VIEW_TYPE, type MapContext } from "./referral-map-context";
import type { ReferralMapHost } from "./referral-map-host";
import { MENTION_PAGE, renderMentions } from "./referral-map-mentions";
import { renderOverview } from "./referral-map-overview";
import { renderPersonMap } from "./referral-map-person";
import { PATH_ATTRIBUTE } from "./referral-person-row";
import { runSafely } from "./safely";
import { runGuarded } from "../obsidian/guarded";

export const REFERRAL_MAP_ICON = "git-fork";

/** The element of a link to a note that an event happened in, if any. */
function linkAt(target: EventTarget | null): HTMLElement | null {
	if (!(target instanceof Element)) return null;
	const link = target.closest(`[${PATH_ATTRIBUTE}]`);
	return link instanceof HTMLElement ? link : null;
}

/**
 * The referral map in the right sidebar. It follows the active note (a contact, or an
 * interview's contact) and shows who referred that person, whom they referred and which
 * notes mention them; with no person, or with the header toggle, the whole network.
 * It repaints when the plugin's graph announces a new one (derived after each batch of
 * index changes), and never listens to the index itself.
 */
export class ReferralMapView extends ItemView implements HoverParent {
	override icon = REFERRAL_MAP_ICON;
	hoverPopover: HoverPopover | null = null;
	/** The active note the view follows; null when none is open. */
	private followedPath: string | null = null;
	/** A person shown on request ("show more"), until another note becomes active. */
	private pinned: PersonKey | null = null;
	private overview = false;
	private chainLimit = CHAIN_PAGE;
	private mentionLimit = MENTION_PAGE;
	/** Branches opened or closed by the user, by person; others keep their default. */
	private readonly openBranches = new Map<PersonKey, boolean>();
	private mentionsEl: HTMLElement | null = null;
	private toggleEl: HTMLElement | null = null;
	private readonly refreshMentions = debounce(() => runGuarded("update the notes that mention this person", () => this.drawMentions()), 300, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: ReferralMapHost,
	) {
		super(leaf);
	}

	getViewType(): string {
		return REFERRAL_MAP_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Referral map";
	}

	protected override onOpen(): Promise<void> {
		this.contentEl.addClass("ii-map");
		this.toggleEl = this.addAction("network", "Show the network overview", () => runGuarded("switch the referral map", () => this.toggleOverview()));
		this.listen();
		runGuarded("show the referral map", () => {
			this.followedPath = this.activePath();
			this.render();
		});
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		this.contentEl.empty();
		this.mentionsEl = null;
		return Promise.resolve();
	}

	private listen(): void {
		const { workspace, metadataCache, vault } = this.app;
		const follow = (): void => runGuarded("follow the active note", () => this.followActiveNote());
		this.registerEvent(workspace.on("active-leaf-change", follow));
		this.registerEvent(workspace.on("file-open", follow));
		this.registerEvent(metadataCache.on("resolved", () => this.refreshMentions()));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (this.followedPath === oldPath) this.followedPath = file.path;
				if (this.pinned === oldPath) this.pinned = file.path;
			}),
		);
		// A new graph after each batch of index changes: the map repaints from it.
		this.register(this.host.referrals.onChange(() => runGuarded("update the referral map", () => this.render())));
		this.register(() => this.refreshMentions.cancel());
		this.registerDomEvent(this.contentEl, "click", (event) => this.onLinkEvent(event));
		this.registerDomEvent(this.contentEl, "auxclick", (event) => {
			if (event.button === 1) this.onLinkEvent(event);
		});
		this.registerDomEvent(this.contentEl, "keydown", (event) => {
			if (event.key === "Enter" && linkAt(event.target) === event.target) this.onLinkEvent(event);
		});
		this.registerDomEvent(this.contentEl, "mouseover", (event) => runGuarded("show a page preview", () => this.hover(event)));
	}

	/** Takes note of the active note; true when it changed, so that the map has to follow. */
	/**
	 * Follows the note now active, and draws the map again when that changes what it
	 * shows. The overview is about everyone, so while it stays on screen only the header
	 * button changes: redrawing it would cost a pass over every interview in a large
	 * vault, and lose the reader's place and keyboard focus.
	 */
	private followActiveNote(): void {
		const path = this.activePath();
		if (path === this.followedPath) return;
		const overviewBefore = this.showsOverview(this.currentPerson());
		this.followedPath = path;
		this.pinned = null;
		this.chainLimit = CHAIN_PAGE;
		this.mentionLimit = MENTION_PAGE;
		const person = this.currentPerson();
		if (overviewBefore && this.showsOverview(person)) this.updateToggle(person);
		else this.render();
	}

	private activePath(): string | null {
		return this.app.workspace.getActiveFile()?.path ?? null;
	}

	/** Whether the map shows the overview rather than a person (as `render` decides). */
	private showsOverview(person: PersonKey | null): boolean {
		return this.overview || person === null;
	}

	/** Who the map is about: a person asked for, else the active note's person, else nobody. */
	private currentPerson(): PersonKey | null {
		const { graph } = this;
		if (this.pinned !== null && !graph.has(this.pinned)) this.pinned = null;
		if (this.pinned !== null) return this.pinned;
		return this.followedPath === null ? null : personOfNote(this.followedPath, this.host.index, graph);
	}

	private get graph(): ReferralGraph {
		return this.host.referrals.graph;
	}

	private context(): MapContext {
		const now = DateTime.now().setZone(resolveZone(this.host.settings.timeZone));
		return {
			graph: this.graph,
			now,
			isOpen: (person, byDefault) => this.openBranches.get(person) ?? byDefault,
			setOpen: (person, open) => void this.openBranches.set(person, open),
			createContact: (name, referrer) => this.createContact(name, referrer),
			focus: (person) => runGuarded("show more of the map", () => this.focus(person)),
		};
	}

	/** Draws the map again from the graph, keeping the scroll position. */
	render(): void {
		const el = this.contentEl;
		const scroll = el.scrollTop;
		el.empty();
		this.mentionsEl = null;
		const person = this.currentPerson();
		this.updateToggle(person);
		const ctx = this.context();
		const openItem = (item: HTMLElement, event: KeyboardEvent): void => {
			const link = item.querySelector(`[${PATH_ATTRIBUTE}]`);
			if (link instanceof HTMLElement) this.openLink(link, event);
		};
		if (this.overview || person === null) {
			renderOverview(el, ctx, openItem);
		} else {
			if (this.pinned !== null && this.followedPath !== null) this.backButton(el);
			renderPersonMap(el, person, ctx, {
				chainLimit: this.chainLimit,
				showMoreOfChain: () => runGuarded("show more of the chain", () => this.showMoreOfChain()),
				openItem,
			});
			this.mentionsEl = el.createDiv({ cls: ["ii-map-section", "ii-map-mentions"] });
			this.drawMentions();
		}
		el.scrollTop = scroll;
	}

	/** "Mentioned in" alone: it follows the metadata cache's links, which change without the index. */
	private drawMentions(): void {
		const el = this.mentionsEl;
		const person = this.currentPerson();
		if (!el || person === null || this.overview) return;
		el.empty();
		const mentions = mentionsOf(this.app, person);
		renderMentions(el, this.graph.person(person).name, mentions, this.mentionLimit, () =>
			runGuarded("show more notes", () => {
				this.mentionLimit += MENTION_PAGE;
				this.drawMentions();
			}),
		);
	}

	private backButton(parent: HTMLElement): void {
		const button = parent.createEl("button", { cls: "ii-map-back", text: "Back to the active note", attr: { "aria-label": "Show the map for the active note again" } });
		button.addEventListener("click", () =>
			runGuarded("go back to the active note", () => {
				this.pinned = null;
				this.render();
			}),
		);
	}

	private showMoreOfChain(): void {
		this.chainLimit = Math.min(CHAIN_MAX, this.chainLimit + CHAIN_PAGE);
		this.render();
	}

	private focus(person: PersonKey): void {
		this.pinned = person;
		this.overview = false;
		this.chainLimit = CHAIN_PAGE;
		this.mentionLimit = MENTION_PAGE;
		this.render();
	}

	private toggleOverview(): void {
		// With nobody active the overview is showing anyway; the switch must not stick for later.
		this.overview = this.currentPerson() === null ? false : !this.overview;
		this.render();
	}

	private updateToggle(person: PersonKey | null): void {
		const el = this.toggleEl;
		if (!el) return;
		const showingPerson = person !== null && !this.overview;
		el.setAttr("aria-label", showingPerson || person === null ? "Show the network overview" : "Show the active person");
		el.toggleClass("is-active", this.overview);
		setIcon(el, showingPerson || person === null ? "network" : "user");
	}

	private createContact(name: string, referrer: PersonKey | null): void {
		void runSafely("open the new contact form", () => {
			const referredBy = referrer === null ? undefined : this.graph.person(referrer).name;
			new NewContactModal(this.host, {
				name,
				referredBy,
				// The form opens the new note; the map follows it from there, not from an older request.
				onCreated: () => {
					this.pinned = null;
				},
			}).open();
		});
	}

	private onLinkEvent(event: UserEvent): void {
		const link = linkAt(event.target);
		if (!link) return;
		event.preventDefault();
		this.openLink(link, event);
	}

	/** Opens the note of a link; Ctrl/Cmd-click, middle click or Ctrl/Cmd-Enter in a new tab. */
	private openLink(link: HTMLElement, event: UserEvent): void {
		const path = link.getAttribute(PATH_ATTRIBUTE);
		if (path === null) return;
		void runSafely("open the note", async () => {
			const file = this.app.vault.getFileByPath(path);
			if (!file) {
				new Notice(`${link.getText()} has no note any more.`);
				return;
			}
			await this.app.workspace.getLeaf(Keymap.isModEvent(event)).openFile(file);
		});
	}

	/** The page preview, as core backlinks show it (with Ctrl/Cmd held, unless the user changed that). */
	private hover(event: MouseEvent): void {
		const link = linkAt(event.target);
		const path = link?.getAttribute(PATH_ATTRIBUTE);
		if (!link || !path) return;
		this.app.workspace.trigger("hover-link", { event, source: REFERRAL_MAP_VIEW_TYPE, hoverParent: this, targetEl: link, linktext: path, sourcePath: "" });
	}
}
