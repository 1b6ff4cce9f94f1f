import type { Problem } from "./problems";

function unquoted(text: string): string {
	return text.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
}

/**
 * Whether a properties block that could not be read as YAML still says, on a line of its
 * own, that the note is a contact or an interview (`type: contact`, `type: [interview]`).
 * Other notes with broken blocks are not this plugin's business.
 */
export function declaresRecordKind(yaml: string, typeKey: string): boolean {
	for (const line of yaml.split(/\r?\n/)) {
		const colon = line.indexOf(":");
		if (colon < 0 || unquoted(line.slice(0, colon)) !== typeKey) continue;
		const value = unquoted(line.slice(colon + 1).trim().replace(/^\[(.*)\]$/, "$1")).toLowerCase();
		if (value === "contact" || value === "interview") return true;
	}
	return false;
}

/** The problem shown for a contact or interview note whose properties Obsidian cannot read. */
export function unreadablePropertiesProblem(path: string, reason: string): Problem {
	const firstLine = reason.split("\n")[0]?.trim() ?? "";
	const detail = firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine;
	return {
		path,
		field: "frontmatter",
		message: `the properties are not valid YAML${detail === "" ? "" : ` (${detail})`}, so this note is left out of the queue and the map until they are fixed`,
	};
}
