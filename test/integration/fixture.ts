import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import InformationalInterviewsPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { App, loadPlugin, Modal, Notice, stringifyYaml, type TFile } from "../obsidian-fake";
import { filesFromFolder } from "../obsidian-fake/load-folder";
import { asOnStoryDate } from "../builders/example-story";

export const EXAMPLE_VAULT = "example-vault";
export const hasExampleVault = existsSync(join(EXAMPLE_VAULT, "Start here.md"));
export { manifest };

/** example-vault as the fake opens it, its dates on the story's own day (see `asOnStoryDate`). */
export function exampleVaultApp(): App {
	const onDisk = readFileSync(join(EXAMPLE_VAULT, ".story-date"), "utf8");
	return new App({ files: asOnStoryDate(filesFromFolder(EXAMPLE_VAULT), onDisk) });
}

/** A note's text: properties (written as Obsidian writes them) and a body. */
export function note(properties: Record<string, unknown>, body = ""): string {
	return `---\n${stringifyYaml(properties)}---\n${body}`;
}

/**
 * A small vault with a referral chain: Jordan (found via the alumni office) referred
 * Priya; Sam was referred by Alex Kim, who has no note; one interview with Jordan that
 * suggested Priya; and a plain note.
 */
export function smallVault(): Record<string, string> {
	return {
		"Contacts/Jordan Lee.md": note({ type: "contact", organization: "Northwind Health", met_via: "alumni office", contacted: "2026-11-02" }, "# Jordan Lee\n"),
		"Contacts/Priya Raman.md": note({ type: "contact", referred_by: "[[Jordan Lee]]" }, "# Priya\n"),
		"Contacts/Sam Ng.md": note({ type: "contact", referred_by: "[[Alex Kim]]" }),
		"Interviews/2026-11-20 Jordan Lee.md": note({ type: "interview", contact: "[[Jordan Lee]]", date: "2026-11-20T15:00", referrals: ["[[Priya Raman]]"] }, "## Notes\n"),
		"Start here.md": "# Start here\n\nSee [[Jordan Lee]].\n",
	};
}

/** Loads the real plugin into `app` and lets Obsidian finish starting. */
export async function startPlugin(app: App): Promise<InformationalInterviewsPlugin> {
	Notice.clear();
	Modal.closeAll();
	const plugin = await loadPlugin(app, InformationalInterviewsPlugin, manifest);
	app.finishLayout();
	await app.settle();
	return plugin;
}

/** Runs one of the plugin's commands by its short id; false when it did not run. */
export function runCommand(app: App, id: string): boolean {
	return app.commands.executeCommandById(`${manifest.id}:${id}`);
}

export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}

/**
 * The notes of a folder on disk whose `type` says contact or interview, read without
 * the fake (plain file reading and js-yaml), to compare the plugin's index with.
 */
export function recordPathsOnDisk(folder: string): string[] {
	const result: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md") && isRecordNote(readFileSync(full, "utf8"))) result.push(relative(folder, full).split(sep).join("/"));
		}
	};
	walk(folder);
	return result.sort();
}

function isRecordNote(text: string): boolean {
	const match = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(text);
	if (!match) return false;
	let properties: unknown;
	try {
		properties = load(match[1] ?? "", { schema: CORE_SCHEMA });
	} catch {
		return false;
	}
	if (typeof properties !== "object" || properties === null) return false;
	const type: unknown = Reflect.get(properties, "type");
	const values: unknown[] = Array.isArray(type) ? type : [type];
	return values.some((value) => typeof value === "string" && ["contact", "interview"].includes(value.trim().toLowerCase()));
}
