/**
 * Hands a `mailto:` link to the system. Obsidian passes links opened from a window to the
 * operating system on desktop and mobile alike. False when the platform refused it.
 */
export function openExternal(url: string): boolean {
	try {
		window.open(url, "_blank");
		return true;
	} catch {
		return false;
	}
}
