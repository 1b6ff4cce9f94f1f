import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

const created: string[] = [];

// Every vault a test writes is removed after that test.
afterEach(() => {
	for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the system temp folder, removed after the test. */
export function tempFolder(prefix = "ii-vault-"): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	created.push(dir);
	return dir;
}

/**
 * Writes `files` (vault path → content) into a fresh folder with an `.obsidian` folder,
 * as Obsidian leaves a vault it has opened, and returns its absolute path.
 */
export function writeVault(files: Record<string, string | Uint8Array>): string {
	const root = tempFolder();
	mkdirSync(join(root, ".obsidian"));
	for (const [path, content] of Object.entries(files)) {
		const absolute = join(root, ...path.split("/"));
		mkdirSync(dirname(absolute), { recursive: true });
		writeFileSync(absolute, content);
	}
	return root;
}

/** A note's text: YAML front matter from `lines`, then an optional body. */
export function note(lines: readonly string[], body = ""): string {
	return `---\n${lines.join("\n")}\n---\n${body}`;
}

/** The vault-relative path of the plugin's settings file. */
export const SETTINGS_FILE = ".obsidian/plugins/informational-interviews/data.json";

/**
 * Everything under `root` with its size and modification time (nanoseconds), dot folders
 * included: equal snapshots mean nothing was created, deleted or written.
 */
export function snapshot(root: string): Record<string, string> {
	const result: Record<string, string> = {};
	const describe = (absolute: string): string => {
		const stat = lstatSync(absolute, { bigint: true });
		return `${stat.isDirectory() ? "dir" : stat.size} ${stat.mtimeNs} ${stat.ctimeNs}`;
	};
	result["."] = describe(root);
	const walk = (dir: string, prefix: string): void => {
		for (const name of readdirSync(dir).sort()) {
			const absolute = join(dir, name);
			const key = `${prefix}${name}`;
			result[key] = describe(absolute);
			if (lstatSync(absolute).isDirectory()) walk(absolute, `${key}/`);
		}
	};
	walk(root, "");
	return result;
}

/** Collects what `run` prints. */
export function captureIO(): { stdout: () => string; stderr: () => string; io: { stdout(text: string): void; stderr(text: string): void } } {
	let out = "";
	let err = "";
	return {
		stdout: () => out,
		stderr: () => err,
		io: {
			stdout: (text) => void (out += text),
			stderr: (text) => void (err += text),
		},
	};
}
