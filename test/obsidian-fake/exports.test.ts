import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as fake from "./index";

/** Every file under `dir` ending in .ts. */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

/** Names the plugin imports from "obsidian" as values (type-only imports vanish at run time). */
function valueImports(): Map<string, string> {
	const found = new Map<string, string>();
	for (const file of sources("src")) {
		for (const match of readFileSync(file, "utf8").matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+["']obsidian["']/g)) {
			if (match[1]) continue;
			for (const part of (match[2] ?? "").split(",")) {
				const spec = part.trim();
				if (spec === "" || spec.startsWith("type ")) continue;
				found.set(spec.split(/\s+as\s+/)[0]?.trim() ?? spec, file);
			}
		}
	}
	return found;
}

describe("the fake's exports", () => {
	it("include every value the plugin imports from obsidian", () => {
		const missing = [...valueImports()].filter(([name]) => !(name in fake)).map(([name, file]) => `${name} (${file})`);
		expect(missing).toEqual([]);
	});
});
