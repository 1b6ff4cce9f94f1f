// Types for the plain-JavaScript module, so TypeScript tests can import it directly.
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null;
export function addDaysToIsoDate(text: string, days: number): string | null;
export function daysBetween(from: string, to: string): number;
export function localToday(now?: Date): string;
export function shiftDatesInFrontmatter(text: string, days: number): { text: string; shifted: number };
