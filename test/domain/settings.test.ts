import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, defaultSettings, migrateSettings, SETTINGS_VERSION } from "../../src/domain/settings";

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
