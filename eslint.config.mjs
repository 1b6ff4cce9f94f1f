// Flat config: the Obsidian plugin rules (which include ESLint's and typescript-eslint's
// type-checked recommended sets) for the plugin, with Node allowed only where Node runs.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "example-vault/", "demo-vault/", "docs/", "**/*.json"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", ".ci/*.mjs"],
					// The plain-JavaScript build and demo scripts above number more than the default 8.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The domain is pure TypeScript shared by the plugin and the CLI: no Obsidian API in it.
		files: ["src/domain/**"],
		rules: {
			"no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "src/domain is pure: put Obsidian glue in src/obsidian or src/ui." }] }],
		},
	},
	{
		// Node-only code: the command-line tool, build scripts, benchmarks and tests never ship in main.js.
		files: ["src/cli/**", "scripts/**", "test/**", "bench/**", "*.mjs", "*.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			// Outside Obsidian there is no Vault#configDir; these read a vault folder from disk.
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
			// Terminal programs print; keep only the no-new-func half of the Obsidian console rule.
			"obsidianmd/rule-custom-message": ["error", { "no-new-func": { messages: {} } }],
		},
	},
	{
		// The fake stands in for Obsidian itself, so it builds DOM the way Obsidian does.
		files: ["test/obsidian-fake/**"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-active-doc": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/no-forbidden-elements": "off",
			// The fake's own tests exercise Vault.delete itself.
			"obsidianmd/prefer-file-manager-trash-file": "off",
		},
	},
]);
