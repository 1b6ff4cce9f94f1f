import { engineFigures } from "./engine-bench";

// Prints the engine's figures as JSON, for scripts/bench-engine.mjs to set side by side.
console.log(JSON.stringify(await engineFigures()));
