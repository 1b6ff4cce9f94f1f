// Types for the plain-JavaScript script, so TypeScript tests can import it directly.
export interface RebaseResult {
	from: string;
	to: string;
	days: number;
	shifted: number;
	files: string[];
}
export function markdownFiles(folder: string): string[];
export function rebaseVault(vault: string, options?: { today?: string; dryRun?: boolean }): RebaseResult;
