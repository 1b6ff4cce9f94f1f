/**
 * luxon's formatting tokens (see its "Table of tokens"). luxon prints any other run of
 * letters as it is, so `{{today|tomorow}}` would quietly give nonsense; checking the
 * tokens first lets the placeholder stay visible and be reported instead.
 */
const TOKENS = new Set([
	"S", "SSS", "u", "uu", "uuu", "s", "ss", "m", "mm", "h", "hh", "H", "HH",
	"Z", "ZZ", "ZZZ", "ZZZZ", "ZZZZZ", "z", "a",
	"d", "dd", "c", "ccc", "cccc", "ccccc", "E", "EEE", "EEEE", "EEEEE",
	"L", "LL", "LLL", "LLLL", "LLLLL", "M", "MM", "MMM", "MMMM", "MMMMM",
	"y", "yy", "yyyy", "yyyyyy", "G", "GG", "GGGGG", "kk", "kkkk", "W", "WW", "n", "nn", "ii", "iiii",
	"o", "ooo", "q", "qq", "X", "x",
	"D", "DD", "DDD", "DDDD", "t", "tt", "ttt", "tttt", "T", "TT", "TTT", "TTTT",
	"f", "ff", "fff", "ffff", "F", "FF", "FFF", "FFFF",
]);

/**
 * True when every unquoted run of letters is a luxon token. Text in single quotes is
 * literal (`DDDD 'at' t`), and `''` is a quote mark, as in luxon itself.
 */
export function isKnownDateFormat(format: string): boolean {
	let quoted = false;
	let run = "";
	const runIsKnown = (): boolean => run === "" || TOKENS.has(run);
	for (const char of format) {
		if (char === "'") {
			if (!runIsKnown()) return false;
			run = "";
			quoted = !quoted;
			continue;
		}
		if (quoted) continue;
		if (/[A-Za-z]/.test(char)) {
			if (run !== "" && run[0] !== char) {
				if (!runIsKnown()) return false;
				run = "";
			}
			run += char;
		} else {
			if (!runIsKnown()) return false;
			run = "";
		}
	}
	// An unclosed quote is a mistake too; luxon would print the rest as it is.
	return runIsKnown() && !quoted;
}
