import { vaultProblems } from "../load-vault";
import { problemJson, problemLine } from "../format/problems";
import { plural } from "../format/text";
import { writeJson, type Command } from "./command";

/** Every problem in the vault; with `--strict`, exit 1 when there is any (for CI and hooks). */
export const checkCommand: Command = {
	name: "check",
	summary: "every problem in the vault's contact and interview notes (--strict: exit 1 if any)",
	flags: ["strict"],
	run({ vault, json, strict, io }) {
		const problems = vaultProblems(vault);
		if (json) {
			writeJson(io, { problems: problems.map(problemJson) });
		} else {
			const lines = problems.map(problemLine);
			const { index } = vault;
			lines.push(`${plural(index.contacts().length, "contact")}, ${plural(index.interviews().length, "interview")}, ${plural(problems.length, "problem")}`);
			io.stdout(`${lines.join("\n")}\n`);
		}
		return strict && problems.length > 0 ? 1 : 0;
	},
};
