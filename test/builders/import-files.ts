import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import yaml from "js-yaml";

/** The absolute path of a file in test/fixtures/import/ (tests run from the repository's root). */
export function importFixturePath(name: string): string {
	return resolve(join("test", "fixtures", "import", name));
}

/** The bytes of a file in test/fixtures/import/. */
export function importFixture(name: string): Uint8Array {
	return new Uint8Array(readFileSync(importFixturePath(name)));
}

/** UTF-8 bytes of `text`, for files made inside a test. */
export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** A note's properties, read by a strict YAML reader (no dates, no tags), and its body. */
export function splitNote(note: string): { properties: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(note);
	if (!match) throw new Error(`no properties block in ${note}`);
	return { properties: yaml.load(match[1] ?? "", { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>, body: match[2] ?? "" };
}

/** A LinkedIn Connections.csv with `rows` people, as LinkedIn writes it (preamble, CRLF). */
export function linkedinExport(rows: readonly string[]): string {
	return [
		"Notes:",
		'"When exporting your connection data, you may notice that some of the email addresses are missing."',
		"",
		"First Name,Last Name,URL,Email Address,Company,Position,Connected On",
		...rows,
		"",
	].join("\r\n");
}
