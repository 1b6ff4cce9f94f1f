import { cliBenchmarks } from "./cli-bench";
import { graphBenchmarks } from "./graph-bench";
import { indexBenchmarks } from "./index-bench";
import { printTable, type Row } from "./measure";
import { queueBenchmarks } from "./queue-bench";
import { queueViewBenchmarks } from "./queue-view-bench";

console.log(`Informational Interviews benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
const rows: Row[] = [...indexBenchmarks(), ...(await cliBenchmarks()), ...queueBenchmarks(), ...(await queueViewBenchmarks()), ...graphBenchmarks()];
printTable(rows);
