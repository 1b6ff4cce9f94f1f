import { fileURLToPath } from "node:url";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// The plugin's real views, bundled against the in-memory Obsidian, in Debian's headless
// Chromium (no browser download: the system binary is used).
export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./test/obsidian-fake/index.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/browser/**/*.test.ts"],
		testTimeout: 60_000,
		browser: {
			enabled: true,
			headless: true,
			provider: playwright({
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
					args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
				},
			}),
			instances: [{ browser: "chromium" }],
		},
	},
});
