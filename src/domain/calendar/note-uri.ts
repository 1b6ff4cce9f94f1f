import { wellFormed } from "./ics-text";

/**
 * The `obsidian://open` link to a note, every character of the vault name and the path
 * percent-encoded (a URI value is written as it is, so nothing unencoded may reach it).
 */
export function obsidianOpenUri(vaultName: string, path: string): string {
	return `obsidian://open?vault=${encodeURIComponent(wellFormed(vaultName))}&file=${encodeURIComponent(wellFormed(path))}`;
}
