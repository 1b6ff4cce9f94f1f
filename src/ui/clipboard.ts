/**
 * Copies text when the platform lets us; false when there is no clipboard (some mobile
 * web views, insecure contexts) or the write is refused, so the caller can say so.
 */
export async function copyText(text: string): Promise<boolean> {
	const clipboard: Clipboard | undefined = typeof navigator === "undefined" ? undefined : navigator.clipboard;
	if (typeof clipboard?.writeText !== "function") return false;
	try {
		await clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
