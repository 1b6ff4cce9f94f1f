/** A message or note template: built in, or a Markdown file in the user's templates folder. */
export interface MessageTemplate {
	/** The file name without `.md`; a user file with the same name replaces the built-in. */
	readonly id: string;
	/** What the picker shows. */
	readonly title: string;
	readonly body: string;
	/** Properties merged into the note the message is inserted into, never overwriting a value. */
	readonly frontmatter: Readonly<Record<string, unknown>>;
	/** A hard limit on the rendered length, where the channel has one. */
	readonly maxLength?: number;
	readonly source: "built-in" | "custom";
}

/** LinkedIn cuts connection notes off at 300 characters. */
export const LINKEDIN_NOTE_LIMIT = 300;

/**
 * The length a text box counts: UTF-16 units, which is what a browser's `maxlength` and
 * LinkedIn's counter measure. It is never less than the number of characters seen, so a
 * text that passes here passes there. Trailing whitespace is not sent, so it is not counted.
 */
export function renderedLength(text: string): number {
	return text.trimEnd().length;
}

/** How far over its limit a rendered message is; 0 when it fits or has no limit. */
export function overLimitBy(template: Pick<MessageTemplate, "maxLength">, rendered: string): number {
	if (template.maxLength === undefined) return 0;
	return Math.max(0, renderedLength(rendered) - template.maxLength);
}

/** Builds a multi-line body from lines, so that the texts below read like the messages they are. */
export function lines(...text: string[]): string {
	return `${text.join("\n")}\n`;
}
