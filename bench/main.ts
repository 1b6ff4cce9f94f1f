import { indexBenchmarks } from "./index-bench";
import { printTable } from "./measure";

console.log(`Informational Interviews benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
printTable(indexBenchmarks());
