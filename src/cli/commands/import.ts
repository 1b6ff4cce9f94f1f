import { basename } from "node:path";
import { fillSkeletonFor, importedNoteText } from "../../domain/import/import-note";
import { importSummary, planImport, SKIP_REASON_LABELS, type ImportPlan, type SkippedPerson } from "../../domain/import/import-plan";
import type { ImportProblem } from "../../domain/import/import-types";
import { readImportFile } from "../../domain/import/read-import";
import { cleanFolder } from "../../domain/templates/file-names";
import { UsageError } from "../errors";
import { printable } from "../format/text";
import { namesInFolder, readContactSkeleton, readImportBytes, writeNewNote } from "../import-files";
import { writeJson, type Command, type CommandContext } from "./command";

interface Outcome {
	readonly created: string[];
	readonly skipped: SkippedPerson[];
	readonly problems: ImportProblem[];
}

function skippedJson(s: SkippedPerson): { name: string; reason: string; path?: string } {
	return s.path === undefined ? { name: s.name, reason: s.reason } : { name: s.name, reason: s.reason, path: s.path };
}

function skippedLine(s: SkippedPerson): string {
	const who = s.name === "" ? `line ${s.line}` : `${s.name} (line ${s.line})`;
	return `skipped ${who}: ${SKIP_REASON_LABELS[s.reason]}${s.reason === "no-name" ? "" : `, ${s.message}`}`;
}

/** Writes the planned notes; a name that was taken in between is reported, never overwritten. */
function write(context: CommandContext, plan: ImportPlan, folder: string): Outcome {
	const { vault, now } = context;
	const skeleton = readContactSkeleton(vault.root, vault.settings.templatesFolder);
	const me = { name: vault.settings.myName, email: vault.settings.myEmail, signature: vault.settings.signature };
	const created: string[] = [];
	const problems = [...plan.problems];
	for (const planned of plan.create) {
		const filled = skeleton ? fillSkeletonFor(skeleton, planned, { me, today: now }) : undefined;
		if (writeNewNote(vault.root, folder, planned.path, importedNoteText(planned, vault.settings.typeKey, filled))) created.push(planned.path);
		else problems.push({ line: planned.line, message: `${planned.path} appeared while importing; it was left as it is and this person was not imported` });
	}
	return { created, skipped: [...plan.skipped], problems };
}

function print(context: CommandContext, outcome: Outcome, dryRun: boolean): void {
	const { io } = context;
	if (context.json) {
		writeJson(io, { dry_run: dryRun, created: outcome.created, skipped: outcome.skipped.map(skippedJson), problems: outcome.problems.map((p) => ({ line: p.line, message: p.message })) });
		return;
	}
	const lines = [
		...outcome.created.map((path) => `${dryRun ? "would create" : "created"} ${path}`),
		...outcome.skipped.map(skippedLine),
		...outcome.problems.map((p) => `line ${p.line}: ${p.message}`),
		dryRun ? `Dry run, nothing written. ${importSummary(outcome.created.length, outcome.skipped).replace(/^Created/, "Would create").replace(", skipped", ", skip")}` : importSummary(outcome.created.length, outcome.skipped),
	];
	io.stdout(`${lines.map(printable).join("\n")}\n`);
}

/** `import <vault> <file>`: the CLI's only command that writes, and only new notes in the contacts folder. */
export const importCommand: Command = {
	name: "import",
	summary: "import <file>: new contact notes from a LinkedIn export, a vCard file or any CSV (--dry-run: just the plan)",
	flags: ["import"],
	run(context) {
		const { vault, importFile, importOptions: options, io } = context;
		if (importFile === undefined) throw new UsageError("import needs a file: informational-interviews import <vault> <file>");
		const source = readImportFile(readImportBytes(importFile), basename(importFile), { format: options.format });
		if (source.fatal !== undefined) {
			io.stderr(`${printable(`${importFile}: ${source.fatal}`)}\n`);
			return 1;
		}
		const folder = cleanFolder(options.folder ?? vault.settings.contactsFolder);
		const plan = planImport(source.people, source.problems, {
			format: source.format,
			folder,
			metVia: options.metVia,
			field: options.field,
			known: vault.index.contacts().map((c) => ({ path: c.path, name: c.name, email: c.email, linkedin: c.linkedin })),
			takenNames: namesInFolder(vault.root, folder),
		});
		const outcome: Outcome = options.dryRun ? { created: plan.create.map((c) => c.path), skipped: [...plan.skipped], problems: [...plan.problems] } : write(context, plan, folder);
		print(context, outcome, options.dryRun);
		return 0;
	},
};
