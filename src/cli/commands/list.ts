import { formatWhen } from "../../domain/records/dates";
import { vaultProblems } from "../load-vault";
import { problemJson, problemLine } from "../format/problems";
import { compareContacts, compareInterviews, contactJson, contactNameOf, interviewJson } from "../format/records";
import { textTable } from "../format/text";
import { writeJson, type Command } from "./command";

const NONE = "—";

/** The vault's contacts and interviews, then its problems: what `npm run demo` shows. */
export const listCommand: Command = {
	name: "list",
	summary: "the vault's contacts and interviews, then its problems",
	flags: [],
	run({ vault, json, io }) {
		const { index } = vault;
		const contacts = index.contacts().sort(compareContacts);
		const interviews = index.interviews().sort(compareInterviews);
		const problems = vaultProblems(vault);
		if (json) {
			writeJson(io, {
				zone: vault.zone,
				contacts: contacts.map(contactJson),
				interviews: interviews.map((i) => interviewJson(i, index)),
				problems: problems.map(problemJson),
			});
			return 0;
		}
		const sections = [
			`Contacts (${contacts.length})\n` +
				textTable(
					["Name", "Organization", "Role", "Field", "Status"],
					contacts.map((c) => [c.name, c.organization ?? NONE, c.role ?? NONE, c.fields.join(", ") || NONE, c.status]),
				),
			`Interviews (${interviews.length})\n` +
				textTable(
					["Date", "Contact", "Status", "Note"],
					interviews.map((i) => [
						i.date ? formatWhen(i.date).replace("T", " ") : NONE,
						contactNameOf(i, index) ?? NONE,
						i.status ?? NONE,
						i.path,
					]),
				),
			`Problems (${problems.length})\n` + problems.map((p) => `${problemLine(p)}\n`).join(""),
		];
		io.stdout(sections.join("\n"));
		return 0;
	},
};
