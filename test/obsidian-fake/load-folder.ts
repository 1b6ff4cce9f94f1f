import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { App } from "./app";

/** Directory names never read into a vault (tooling, not notes). */
const SKIPPED = new Set(["node_modules"]);

/** Reads a folder from disk into a fake App, as Obsidian would open it as a vault. */
export function appFromFolder(folder: string): App {
	return new App({ files: filesFromFolder(folder) });
}

/**
 * A folder's files as vault paths to text, as Obsidian would see them. Dot folders are
 * not part of the vault, except that `.obsidian/plugins/<id>/data.json` files are kept
 * for the adapter, so that a plugin's saved settings load. Every file is read as UTF-8
 * text (the fake has no use for images beyond their names).
 */
export function filesFromFolder(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			const path = relative(folder, full).split(sep).join("/");
			if (entry.isDirectory()) {
				if (entry.name === ".obsidian") readPluginData(full, path, files);
				else if (!entry.name.startsWith(".") && !SKIPPED.has(entry.name)) walk(full);
			} else if (entry.isFile() && !entry.name.startsWith(".")) {
				files[path] = readFileSync(full, "utf8");
			}
		}
	};
	walk(folder);
	return files;
}

function readPluginData(configDir: string, configPath: string, files: Record<string, string>): void {
	let plugins: string[];
	try {
		plugins = readdirSync(join(configDir, "plugins"));
	} catch {
		return; // no plugins folder: nothing saved
	}
	for (const id of plugins) {
		try {
			files[`${configPath}/plugins/${id}/data.json`] = readFileSync(join(configDir, "plugins", id, "data.json"), "utf8");
		} catch {
			// this plugin has saved nothing
		}
	}
}
