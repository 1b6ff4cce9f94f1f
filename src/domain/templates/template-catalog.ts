import type { MessageTemplate } from "./message-template";
import { FOLLOW_UP_MESSAGES } from "./messages-follow-up";
import { OUTREACH_MESSAGES } from "./messages-outreach";

export const BUILT_IN_MESSAGES: readonly MessageTemplate[] = [...OUTREACH_MESSAGES, ...FOLLOW_UP_MESSAGES];

/** Template files that shape new notes rather than messages; the message picker leaves them out. */
export const NOTE_SKELETONS = { contact: "contact-note", interview: "interview-note" } as const;
export type NoteSkeletonKind = keyof typeof NOTE_SKELETONS;
const SKELETON_KEYS: ReadonlySet<string> = new Set(Object.values(NOTE_SKELETONS));

/** A Markdown file from the user's templates folder, already split into properties and body. */
export interface UserTemplateFile {
	/** File name without `.md`. */
	readonly basename: string;
	readonly body: string;
	readonly frontmatter: Readonly<Record<string, unknown>>;
}

/** File names are matched without regard to case, as on most of the systems Obsidian runs on. */
export function templateKey(name: string): string {
	return name.trim().toLowerCase();
}

/**
 * The templates the pickers offer: every built-in, with a user file of the same name in
 * its place (keeping the built-in's title and length limit, which belong to the channel),
 * then the user's other files by name.
 */
export function mergeCatalog(builtIns: readonly MessageTemplate[], userFiles: readonly UserTemplateFile[]): MessageTemplate[] {
	const byKey = new Map<string, UserTemplateFile>();
	for (const file of userFiles) {
		const key = templateKey(file.basename);
		if (!byKey.has(key) && !SKELETON_KEYS.has(key)) byKey.set(key, file);
	}
	const result: MessageTemplate[] = builtIns.map((builtIn) => {
		const file = byKey.get(templateKey(builtIn.id));
		if (!file) return builtIn;
		byKey.delete(templateKey(builtIn.id));
		return { ...builtIn, body: file.body, frontmatter: file.frontmatter, source: "custom" };
	});
	const extra = [...byKey.values()].sort((a, b) => a.basename.localeCompare(b.basename));
	for (const file of extra) {
		result.push({ id: file.basename, title: file.basename, body: file.body, frontmatter: file.frontmatter, source: "custom" });
	}
	return result;
}

export function findTemplate(catalog: readonly MessageTemplate[], id: string): MessageTemplate | undefined {
	return catalog.find((t) => templateKey(t.id) === templateKey(id));
}
