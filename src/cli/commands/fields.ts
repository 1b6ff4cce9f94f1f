import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bodyOf, DEFAULT_TAKEAWAYS_HEADING, fieldSummaries, sectionText } from "../../domain/pipeline/field-notes";
import { statusOfAt } from "../../domain/pipeline/pipeline";
import { fieldsJson } from "../../domain/pipeline/pipeline-json";
import { plural, printable } from "../format/text";
import { writeJson, type Command } from "./command";

/**
 * What each career field looks like from your own conversations: people, organizations,
 * and each held interview's takeaways section, as Compile field notes writes them.
 */
export const fieldsCommand: Command = {
	name: "fields",
	summary: "per career field: the people and organizations you talked to and each interview's takeaways",
	flags: [],
	run({ vault, now, json, io }) {
		const heading = vault.settings.takeawaysHeading || DEFAULT_TAKEAWAYS_HEADING;
		const takeawaysOf = (path: string): string | null => {
			try {
				return sectionText(bodyOf(readFileSync(join(vault.root, path), "utf8")), heading);
			} catch {
				return null; // read when the vault was loaded; gone since: no takeaways
			}
		};
		const summaries = fieldSummaries(vault.index, statusOfAt(now), takeawaysOf);
		if (json) {
			writeJson(io, fieldsJson(summaries));
			return 0;
		}
		const out: string[] = [];
		for (const s of summaries) {
			out.push(`${s.field} — ${plural(s.interviews.length, "interview")}${s.tooFew ? " (fewer than 3 is too few to judge a field)" : ""}`);
			out.push(`  People: ${s.people.map((p) => p.name).join(", ") || "—"}`);
			out.push(`  Organizations: ${s.organizations.join(", ") || "—"}`);
			for (const i of s.interviews) {
				out.push(`  ${i.date ?? "undated"}  ${i.contactName}  (${i.path})`);
				for (const line of (i.takeaways ?? `(no "${heading}" section)`).split("\n")) out.push(`    ${line}`);
			}
			out.push("");
		}
		if (summaries.length === 0) out.push("No interviews have taken place yet, so there is nothing to say about any field.", "");
		io.stdout(`${out.map(printable).join("\n")}\n`);
		return 0;
	},
};
