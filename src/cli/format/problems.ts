import type { Problem } from "../../domain/records/problems";
import { compareText, printable } from "./text";

/** By path, then field (`referrals[2]` before `referrals[10]`), then message. */
export function compareProblems(a: Problem, b: Problem): number {
	return compareText(a.path, b.path) || compareText(a.field, b.field) || compareText(a.message, b.message);
}

/** `Contacts/Jordan Lee.md: contacted: "next tuesday" is not a date; …` */
export function problemLine(problem: Problem): string {
	return printable(`${problem.path}: ${problem.field}: ${problem.message}`);
}

/** The JSON form of a problem: exactly the three documented keys. */
export function problemJson(problem: Problem): { path: string; field: string; message: string } {
	return { path: problem.path, field: problem.field, message: problem.message };
}
