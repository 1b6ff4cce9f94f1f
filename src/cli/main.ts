import { systemCode } from "./errors";
import { progressReporter } from "./progress";
import { run } from "./run";

// Output piped into `head` closes early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on("error", (error: Error) => {
		if (systemCode(error) !== "EPIPE") throw error;
	});
}

// exitCode rather than exit(): pending output is flushed before Node ends.
const stderr = (text: string): void => void process.stderr.write(text);
process.exitCode = await run(process.argv.slice(2), {
	stdout: (text) => void process.stdout.write(text),
	stderr,
	progress: progressReporter({ write: stderr }),
});
