const NONE: readonly string[] = [];

/** Keys to sets of strings, for reverse lookups such as "the notes whose links use this name". */
export class StringMultimap {
	private readonly map = new Map<string, Set<string>>();

	add(key: string, value: string): void {
		const values = this.map.get(key);
		if (values === undefined) this.map.set(key, new Set([value]));
		else values.add(value);
	}

	delete(key: string, value: string): void {
		const values = this.map.get(key);
		if (values === undefined) return;
		values.delete(value);
		if (values.size === 0) this.map.delete(key);
	}

	has(key: string): boolean {
		return this.map.has(key);
	}

	/** The value under `key` when it is the only one. */
	only(key: string): string | undefined {
		const values = this.map.get(key);
		return values?.size === 1 ? values.values().next().value : undefined;
	}

	/** The values under `key` (none when absent). Do not change the map while iterating. */
	values(key: string): Iterable<string> {
		return this.map.get(key) ?? NONE;
	}
}
