import { afterEach } from "vitest";
import { unloadAllPlugins } from "./obsidian-fake/plugin-host";

// Every test ends with its plugins unloaded, as Obsidian would on quit: nothing a test
// started (a debounce, the queue's minute clock) may run after its environment is gone.
afterEach(() => {
	unloadAllPlugins();
});
