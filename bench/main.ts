import { cliBenchmarks } from "./cli-bench";
import { graphBenchmarks } from "./graph-bench";
import { importBenchmarks } from "./import-bench";
import { indexBenchmarks } from "./index-bench";
import { printTable, type Row } from "./measure";
import { pipelineViewBenchmarks } from "./pipeline-view-bench";
import { queueViewBenchmarks } from "./queue-view-bench";

/** Every group; `npm run bench -- index graph` runs only the groups named. */
const groups: Record<string, () => Row[] | Promise<Row[]>> = {
	index: indexBenchmarks,
	cli: cliBenchmarks,
	"queue-view": queueViewBenchmarks,
	graph: graphBenchmarks,
	"pipeline-view": pipelineViewBenchmarks,
	import: importBenchmarks,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in groups));
if (unknown.length > 0) {
	console.error(`Unknown benchmark group: ${unknown.join(", ")}. Groups: ${Object.keys(groups).join(", ")}`);
	process.exit(2);
}

console.log(`Informational Interviews benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
const rows: Row[] = [];
for (const [name, run] of Object.entries(groups)) if (wanted.length === 0 || wanted.includes(name)) rows.push(...(await run()));
printTable(rows);
