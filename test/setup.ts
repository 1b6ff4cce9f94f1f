import fc from "fast-check";
import { afterEach } from "vitest";
import { unloadAllPlugins } from "./obsidian-fake/plugin-host";

// Property tests draw new cases on every run, so a rare failing case can first show up
// anywhere, CI included; its report gives the seed. `FC_SEED=<seed> npm test` draws the
// same cases again.
const seed = process.env.FC_SEED;
if (seed !== undefined && seed.trim() !== "") {
	const value = Number(seed);
	if (!Number.isInteger(value)) throw new Error(`FC_SEED must be a whole number, got "${seed}"`);
	fc.configureGlobal({ seed: value });
}

// Every test ends with its plugins unloaded, as Obsidian would on quit: nothing a test
// started (a debounce, the queue's minute clock) may run after its environment is gone.
afterEach(() => {
	unloadAllPlugins();
});
