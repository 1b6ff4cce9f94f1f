// `npm run screenshots`: draws the views from example-vault in headless Chromium, light
// and dark, and writes docs/images/*.png for the README. The same test runs with
// `npm run test:browser`; this runs it alone.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["vitest", "run", "--config", "vitest.browser.config.ts", "test/browser/screenshots.test.ts", "test/browser/import-modal.test.ts"], { stdio: "inherit" });
process.exit(result.status ?? 1);
