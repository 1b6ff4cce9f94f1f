import { describe, expect, it } from "vitest";
import { isKnownDateFormat } from "../../../src/domain/templates/date-format";

describe("isKnownDateFormat", () => {
	it.each(["DDDD", "DDD", "yyyy-MM-dd", "HH:mm", "DDDD 'at' t", "cccc d LLLL", "d.M.yyyy", "t", "ff", "h:mm a", "''yy", "EEE, dd MMM"])(
		"accepts %s",
		(format) => {
			expect(isKnownDateFormat(format)).toBe(true);
		},
	);

	it.each(["tomorrow", "zzz", "DDDDD", "yyy", "Date", "'unclosed", "HH:mm please"])("rejects %s", (format) => {
		expect(isKnownDateFormat(format)).toBe(false);
	});
});
