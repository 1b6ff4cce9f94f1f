/*
 * A fixed small vault around the days clocks change in 2026: for each such day T, a
 * contact who planned a follow-up on T, an interview the day before T at 10:00 (held,
 * prepared and confirmed) and one the day after T at 10:00 (upcoming). Its deadlines
 * straddle T, so that "days keep the wall-clock time" and "hours are elapsed hours" give
 * different answers on those days. Plain data only: a child process bundles this file.
 */

type Props = Record<string, unknown>;

/** The days clocks change in 2026 in New York, Berlin and Auckland, in calendar order. */
export const CHANGE_DAYS = {
	newYorkSpring: "2026-03-08",
	berlinSpring: "2026-03-29",
	aucklandAutumn: "2026-04-05",
	aucklandSpring: "2026-09-27",
	berlinAutumn: "2026-10-25",
	newYorkAutumn: "2026-11-01",
} as const;

/** A calendar date `days` after `date` (both `yyyy-MM-dd`), without any zone. */
export function dayAfter(date: string, days: number): string {
	const [y, m, d] = date.split("-").map(Number);
	return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export function personPath(day: string): string {
	return `Contacts/Person ${day}.md`;
}

export function beforePath(day: string): string {
	return `Interviews/${day} before.md`;
}

export function afterPath(day: string): string {
	return `Interviews/${day} after.md`;
}

/** The vault's notes by path, as the metadata cache would give their properties. */
export function dstVault(): Record<string, Props> {
	const notes: Record<string, Props> = {};
	for (const day of Object.values(CHANGE_DAYS)) {
		const person = `[[Person ${day}]]`;
		notes[personPath(day)] = { type: "contact", contacted: dayAfter(day, -10), replied: dayAfter(day, -9), next_follow_up: day };
		notes[beforePath(day)] = { type: "interview", contact: person, date: `${dayAfter(day, -1)}T10:00`, prepared: true, confirmed: dayAfter(day, -3) };
		notes[afterPath(day)] = { type: "interview", contact: person, date: `${dayAfter(day, 1)}T10:00` };
	}
	return notes;
}

/** The same vault as note files, properties written as YAML (JSON scalars are valid YAML). */
export function dstVaultTexts(): Record<string, string> {
	const texts: Record<string, string> = {};
	for (const [path, props] of Object.entries(dstVault())) {
		const lines = Object.entries(props).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
		texts[path] = `---\n${lines.join("\n")}\n---\n# ${path}\n`;
	}
	return texts;
}
