const NONE: readonly string[] = [];

/**
 * Keys to sets of strings, for reverse lookups such as "the notes whose links use this
 * name". Almost every key has a single value, so a lone value is stored as itself and a
 * Set is made only when a second one arrives: a 30,000-note index then allocates a few
 * hundred Sets instead of tens of thousands.
 */
export class StringMultimap {
	private readonly map = new Map<string, string | Set<string>>();

	add(key: string, value: string): void {
		const current = this.map.get(key);
		if (current === undefined) this.map.set(key, value);
		else if (typeof current !== "string") current.add(value);
		else if (current !== value) this.map.set(key, new Set([current, value]));
	}

	delete(key: string, value: string): void {
		const current = this.map.get(key);
		if (current === undefined) return;
		if (typeof current === "string") {
			if (current === value) this.map.delete(key);
			return;
		}
		current.delete(value);
		if (current.size === 0) this.map.delete(key);
	}

	has(key: string): boolean {
		return this.map.has(key);
	}

	/** The value under `key` when it is the only one. */
	only(key: string): string | undefined {
		const current = this.map.get(key);
		if (typeof current === "string") return current;
		return current?.size === 1 ? current.values().next().value : undefined;
	}

	/** The values under `key` (none when absent). Do not change the map while iterating. */
	values(key: string): Iterable<string> {
		const current = this.map.get(key);
		if (current === undefined) return NONE;
		return typeof current === "string" ? [current] : current;
	}
}
