import { normalizePath, type SettingDefinitionControl, type SettingDefinitionGroup } from "obsidian";
import { isValidZone, zoneFor } from "../domain/records/dates";
import { MAX_DURATION_MINUTES } from "../domain/records/record-types";
import type { RuleOffsets, Settings } from "../domain/settings";
import { calendarSettingGroups, isCalendarSettingKey, readCalendarSetting, writeCalendarSetting, type CalendarSettingKey } from "./calendar-settings-definitions";

type TextKey = "contactsFolder" | "interviewsFolder" | "templatesFolder" | "typeKey" | "myName" | "myEmail" | "signature" | "timeZone" | "fieldNotesFolder" | "takeawaysHeading";
type RuleKey = `rules.${keyof RuleOffsets}`;
export type SettingKey = TextKey | "defaultDurationMinutes" | RuleKey | CalendarSettingKey;

/** What the zone setting does, and, when this device's zone is unusable, that UTC is used instead. */
function zoneDescription(): string {
	const { zone, warning } = zoneFor("");
	const text = `A zone name such as Europe/Berlin. Leave empty to use this device's zone (${zone}).`;
	return warning === null ? text : `${text} Note: ${warning}.`;
}

const NON_NEGATIVE = (value: number): string | void => {
	if (!Number.isFinite(value) || value < 0) return "Enter a number of zero or more.";
};

/** A folder Obsidian hides (a name starting with a dot) would swallow every new note. */
const VISIBLE_FOLDER = (value: string): string | void => {
	// `.` and `..` only navigate, and are dropped when the folder is used.
	const hidden = (segment: string): boolean => segment.startsWith(".") && segment !== "." && segment !== "..";
	if (value.split(/[\\/]/).some((segment) => hidden(segment.trim()))) {
		return "Obsidian hides folders whose name starts with a dot; choose another name.";
	}
};

function rule(key: keyof RuleOffsets, name: string, desc: string): SettingDefinitionControl<SettingKey> {
	return { name, desc, control: { type: "number", key: `rules.${key}`, min: 0, validate: NON_NEGATIVE } };
}

/**
 * Every setting, described once. Obsidian 1.13+ renders and indexes these itself; the
 * tab's `display()` draws the same list on older versions.
 */
export function settingDefinitions(): SettingDefinitionGroup<SettingKey>[] {
	return [
		{
			type: "group",
			heading: "Notes",
			items: [
				{ name: "Contacts folder", desc: "New contact notes are created here.", control: { type: "folder", key: "contactsFolder", validate: VISIBLE_FOLDER } },
				{ name: "Interviews folder", desc: "New interview notes are created here.", control: { type: "folder", key: "interviewsFolder", validate: VISIBLE_FOLDER } },
				{ name: "Templates folder", desc: "Your own templates; a file named like a built-in one replaces it.", control: { type: "folder", key: "templatesFolder", validate: VISIBLE_FOLDER } },
				{ name: "Field notes folder", desc: "Compile field notes writes one note per career field here.", control: { type: "folder", key: "fieldNotesFolder", validate: VISIBLE_FOLDER } },
				{
					name: "Takeaways heading",
					desc: "The heading in interview notes whose section field notes quote, as in Debrief.",
					control: { type: "text", key: "takeawaysHeading", validate: (v: string) => (v.trim() === "" ? "The heading cannot be empty." : undefined) },
				},
				{
					name: "Note type property",
					desc: "The property that marks a note as a contact or an interview, as in type: contact.",
					control: { type: "text", key: "typeKey", validate: (v: string) => (v.trim() === "" ? "The property name cannot be empty." : undefined) },
				},
			],
		},
		{
			type: "group",
			heading: "About you",
			items: [
				{ name: "Your name", desc: "Used in messages and templates.", control: { type: "text", key: "myName" } },
				{ name: "Your email", desc: "Used in messages and templates.", control: { type: "text", key: "myEmail" } },
				{ name: "Signature", desc: "Closes your messages.", control: { type: "textarea", key: "signature", rows: 3 } },
			],
		},
		{
			type: "group",
			heading: "Follow-ups",
			items: [
				{
					name: "Time zone",
					desc: zoneDescription(),
					control: {
						type: "text",
						key: "timeZone",
						placeholder: zoneFor("").zone,
						validate: (v: string) => (isValidZone(v) ? undefined : `"${v.trim()}" is not a time zone name.`),
					},
				},
				{
					name: "Default interview length (minutes)",
					desc: "Used when an interview note has no duration.",
					control: {
						type: "number",
						key: "defaultDurationMinutes",
						min: 1,
						max: MAX_DURATION_MINUTES,
						validate: (v: number) => (Number.isInteger(v) && v > 0 && v <= MAX_DURATION_MINUTES ? undefined : `Enter a whole number of minutes from 1 to ${MAX_DURATION_MINUTES}.`),
					},
				},
				rule("reachOutAfterReferralDays", "Reach out after a referral (days)", "How long after the interview where someone was suggested to you to contact them."),
				rule("outreachWaitDays", "Wait for a reply (days)", "When nobody has answered your message or letter, follow up after this many days."),
				rule("prepareDaysBefore", "Prepare before an interview (days)", "Questions and research should be ready this many days ahead."),
				rule("confirmDaysBefore", "Confirm before an interview (days)", "Confirm the appointment at the start of the day this many days before it."),
				rule("thankYouWithinHours", "Send the thank-you within (hours)", "Counted from the end of the interview."),
				rule("keepInTouchDays", "Keep in touch every (days)", "For people who agreed to stay in touch, unless their note sets follow_up_every."),
			],
		},
		...calendarSettingGroups(),
	];
}

export function readSetting(settings: Settings, key: SettingKey): string | number | boolean {
	if (isCalendarSettingKey(key)) return readCalendarSetting(settings, key);
	if (key.startsWith("rules.")) return settings.rules[key.slice("rules.".length) as keyof RuleOffsets];
	return settings[key as TextKey | "defaultDurationMinutes"];
}

/** Stores a value the definitions' validation accepted; returns false for anything else. */
export function writeSetting(settings: Settings, key: SettingKey, value: unknown): boolean {
	if (isCalendarSettingKey(key)) return writeCalendarSetting(settings, key, value);
	if (key === "defaultDurationMinutes" || key.startsWith("rules.")) {
		// An emptied field is not zero.
		const n = typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value)) : value;
		if (typeof n !== "number" || !Number.isFinite(n) || n < 0) return false;
		if (key === "defaultDurationMinutes") {
			if (n > MAX_DURATION_MINUTES) return false;
			settings.defaultDurationMinutes = n > 0 ? n : 30;
		}
		else settings.rules[key.slice("rules.".length) as keyof RuleOffsets] = n;
		return true;
	}
	if (typeof value !== "string") return false;
	const textKey = key as TextKey;
	if (textKey === "typeKey" && value.trim() === "") return false;
	if (textKey === "timeZone" && !isValidZone(value)) return false;
	if (isFolderKey(textKey) && VISIBLE_FOLDER(value)) return false;
	if (isFolderKey(textKey)) settings[textKey] = value.trim() === "" ? "" : normalizePath(value);
	else settings[textKey] = textKey === "signature" ? value : value.trim();
	return true;
}

function isFolderKey(key: TextKey): key is "contactsFolder" | "interviewsFolder" | "templatesFolder" {
	return key === "contactsFolder" || key === "interviewsFolder" || key === "templatesFolder";
}
