import { cliBenchmarks } from "./cli-bench";
import { indexBenchmarks } from "./index-bench";
import { printTable, type Row } from "./measure";

console.log(`Informational Interviews benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
const rows: Row[] = [...indexBenchmarks(), ...(await cliBenchmarks())];
printTable(rows);
