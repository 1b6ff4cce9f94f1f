import { DateTime, IANAZone } from "luxon";

/** The zone to compute in: the configured IANA zone, or the system zone when empty or unknown. */
export function resolveZone(setting: string): string {
	const name = setting.trim();
	if (name !== "" && IANAZone.isValidZone(name)) return name;
	return DateTime.local().zoneName ?? "UTC";
}

export function isValidZone(setting: string): boolean {
	return setting.trim() === "" || IANAZone.isValidZone(setting.trim());
}
