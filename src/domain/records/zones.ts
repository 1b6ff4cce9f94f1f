import { IANAZone } from "luxon";

/** The zone to compute in, and what to tell the user when it is not the one they would expect. */
export interface ResolvedZone {
	readonly zone: string;
	/** One line for the user when the setting or the system zone could not be used; null when all is well. */
	readonly warning: string | null;
}

/** The machine's zone as Intl reports it: `Etc/Unknown` or nothing at all when `TZ` is empty or unknown. */
export function systemZone(): string | undefined {
	return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The zone dates are read in: the configured IANA zone; when that is empty, the system
 * zone; when that is unusable too, UTC. An unusable zone makes every date invalid, which
 * would empty the queue without a word, so the fallback comes with a warning. The plugin
 * and the command line both resolve through here.
 */
export function zoneFor(setting: string, system: string | undefined = systemZone()): ResolvedZone {
	const name = setting.trim();
	if (name !== "" && IANAZone.isValidZone(name)) return { zone: name, warning: null };
	const systemUsable = system !== undefined && IANAZone.isValidZone(system);
	const fallback = systemUsable ? system : "UTC";
	if (name !== "") {
		const instead = systemUsable ? "using the system zone" : `the system zone (${system ?? "none"}) is not usable either; using UTC`;
		return { zone: fallback, warning: `the time zone "${name}" in the plugin settings is unknown; ${instead}` };
	}
	if (!systemUsable) return { zone: "UTC", warning: `the system time zone (${system ?? "none"}) is not usable; using UTC` };
	return { zone: fallback, warning: null };
}

/** The zone to compute in (see `zoneFor`), without the warning. */
export function resolveZone(setting: string): string {
	return zoneFor(setting).zone;
}

export function isValidZone(setting: string): boolean {
	return setting.trim() === "" || IANAZone.isValidZone(setting.trim());
}
