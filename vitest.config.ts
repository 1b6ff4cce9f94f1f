import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the plugin's real code; `obsidian` is replaced by the in-memory fake.
export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./test/obsidian-fake/index.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/**/*.test.ts"],
		exclude: ["test/browser/**", "node_modules/**"],
		environment: "node",
		setupFiles: ["test/setup.ts"],
		testTimeout: 20_000,
	},
});
