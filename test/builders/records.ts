import { RecordIndex } from "../../src/domain/records/record-index";
import type { ParseOptions } from "../../src/domain/records/records";
import { VaultPaths } from "../../src/domain/records/vault-paths";

type Props = Record<string, unknown>;

/** Frontmatter of a contact note; pass only what the test is about. */
export function contactProps(props: Props = {}): Props {
	return { type: "contact", ...props };
}

/** Frontmatter of an interview note with a contact link by default. */
export function interviewProps(props: Props = {}): Props {
	return { type: "interview", contact: "[[Jordan Lee]]", ...props };
}

/** Parse options over a set of existing file paths, resolved like Obsidian would. */
export function parseOptions(files: Iterable<string> | VaultPaths = [], overrides: Partial<ParseOptions> = {}): ParseOptions {
	const paths = files instanceof VaultPaths ? files : new VaultPaths(files);
	return {
		typeKey: "type",
		zone: "Europe/Berlin",
		defaultDuration: 30,
		resolve: (linkpath, source) => paths.resolve(linkpath, source),
		...overrides,
	};
}

/** An index over an in-memory vault: `notes` maps path → frontmatter (undefined for plain notes). */
export function indexOf(notes: Record<string, Props | undefined>, overrides: Partial<ParseOptions> = {}): RecordIndex {
	const paths = new VaultPaths(Object.keys(notes));
	const index = new RecordIndex(parseOptions(paths, overrides));
	for (const [path, fm] of Object.entries(notes)) index.set(path, fm);
	return index;
}
