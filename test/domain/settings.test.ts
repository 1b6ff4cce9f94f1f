import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, defaultSettings, migrateSettings, readSettings, SETTINGS_VERSION } from "../../src/domain/settings";

describe("migrateSettings", () => {
	it("gives complete defaults for nothing or garbage", () => {
		expect(migrateSettings(undefined)).toEqual(defaultSettings());
		expect(migrateSettings("oops")).toEqual(defaultSettings());
		expect(migrateSettings([1, 2])).toEqual(defaultSettings());
	});

	it("moves version-0 settings (flat rule offsets, typeProperty) into the current shape", () => {
		const migrated = migrateSettings({ typeProperty: "kind", outreachWaitDays: 10, myName: "Sam" });
		expect(migrated.settingsVersion).toBe(SETTINGS_VERSION);
		expect(migrated.typeKey).toBe("kind");
		expect(migrated.rules.outreachWaitDays).toBe(10);
		expect(migrated.rules.keepInTouchDays).toBe(DEFAULT_RULES.keepInTouchDays);
		expect(migrated.myName).toBe("Sam");
	});

	it("keeps valid current values and replaces invalid ones with defaults", () => {
		const migrated = migrateSettings({
			settingsVersion: 1,
			typeKey: "  ",
			timeZone: "Europe/Berlin",
			defaultDurationMinutes: "45",
			rules: { thankYouWithinHours: -1, prepareDaysBefore: "3" },
		});
		expect(migrated.typeKey).toBe("type");
		expect(migrated.timeZone).toBe("Europe/Berlin");
		expect(migrated.defaultDurationMinutes).toBe(45);
		expect(migrated.rules.thankYouWithinHours).toBe(24);
		expect(migrated.rules.prepareDaysBefore).toBe(3);
	});

	it("warns about every value it cannot use as written, instead of dropping it silently", () => {
		// 1e999 in data.json parses to Infinity.
		const read = readSettings({ settingsVersion: 1, rules: { outreachWaitDays: -3, keepInTouchDays: Number.POSITIVE_INFINITY, prepareDaysBefore: "7", confirmDaysBefore: "soon" }, myName: 5, defaultDurationMinutes: 0 });
		expect(read.settings.rules).toMatchObject({ outreachWaitDays: 7, keepInTouchDays: 90, prepareDaysBefore: 7, confirmDaysBefore: 1 });
		expect(read.settings.myName).toBe("");
		expect(read.warnings).toEqual([
			"myName is 5, not text; using \"\"",
			"defaultDurationMinutes is 0, not a number of minutes from 1 to 1440; using 30",
			"rules.outreachWaitDays is -3, not a number of days from 0 up; using 7",
			"rules.prepareDaysBefore is \"7\", text rather than a number; reading it as 7",
			"rules.confirmDaysBefore is \"soon\", not a number of days from 0 up; using 1",
			"rules.keepInTouchDays is too large, not a number of days from 0 up; using 90",
		]);
	});

	it("has nothing to say about defaults, absent keys or good values", () => {
		expect(readSettings(undefined).warnings).toEqual([]);
		expect(readSettings({ settingsVersion: 1 }).warnings).toEqual([]);
		expect(readSettings(defaultSettings()).warnings).toEqual([]);
	});

	it("reads a default interview length longer than a day as the usual 30 minutes", () => {
		expect(migrateSettings({ settingsVersion: 1, defaultDurationMinutes: 1440 }).defaultDurationMinutes).toBe(1440);
		expect(migrateSettings({ settingsVersion: 1, defaultDurationMinutes: 1e9 }).defaultDurationMinutes).toBe(30);
	});

	it("returns a fresh object each time, so editing one never edits the defaults", () => {
		const a = migrateSettings(undefined);
		a.rules.outreachWaitDays = 99;
		expect(migrateSettings(undefined).rules.outreachWaitDays).toBe(7);
	});
});
