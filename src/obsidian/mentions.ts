import { getLinkpath, type App, type FrontmatterLinkCache } from "obsidian";
import { compareKeys } from "../domain/referrals/referral-cycles";
import { pathOfKey, type PersonKey } from "../domain/referrals/referral-edges";

/** A note that links to a person. */
export interface Mention {
	/** The linking note. */
	readonly path: string;
	/** The properties the links are in (`referred_by`, `contact`, `referrals`), sorted. */
	readonly properties: readonly string[];
	/** The note's text links to the person too, not only its properties. */
	readonly inText: boolean;
}

/** `referrals.2` → `referrals`: list positions do not matter to someone reading the map. */
function propertyName(key: string): string {
	return key.replace(/(\.\d+)+$/, "");
}

const MISSING_PREFIX = "missing:";

/** The linkpath a `missing:` person was named by, lower-cased as Obsidian matches names. */
function missingName(person: PersonKey): string {
	return person.slice(MISSING_PREFIX.length).toLowerCase();
}

function mention(path: string, properties: Set<string>, fromProperties: number, total: number): Mention {
	return { path, properties: [...properties].sort(compareKeys), inText: total > fromProperties };
}

/** Properties of `source` whose links satisfy `matches`, and how many such links there are. */
function propertyLinks(links: readonly FrontmatterLinkCache[] | undefined, matches: (linkpath: string) => boolean): { names: Set<string>; count: number } {
	const names = new Set<string>();
	let count = 0;
	for (const link of links ?? []) {
		if (!matches(getLinkpath(link.link))) continue;
		names.add(propertyName(link.key));
		count++;
	}
	return { names, count };
}

/**
 * The notes that link to a person, from the metadata cache's public link tables: for a
 * note, `resolvedLinks` (every source that links to it); for someone without a note,
 * `unresolvedLinks` (every source naming them). `frontmatterLinks` says which of those
 * links are properties. One pass over the sources: cheap enough to run per view update,
 * and nothing to keep in step with the cache.
 */
export function mentionsOf(app: App, person: PersonKey): Mention[] {
	const { metadataCache } = app;
	const target = pathOfKey(person);
	const result: Mention[] = [];
	if (target !== null) {
		for (const [source, links] of Object.entries(metadataCache.resolvedLinks)) {
			const total = links[target];
			if (total === undefined || total === 0 || source === target) continue;
			const found = propertyLinks(metadataCache.getCache(source)?.frontmatterLinks, (linkpath) => metadataCache.getFirstLinkpathDest(linkpath, source)?.path === target);
			result.push(mention(source, found.names, found.count, total));
		}
	} else {
		const name = missingName(person);
		const named = (linkpath: string): boolean => linkpath.replace(/\.md$/i, "").toLowerCase() === name;
		for (const [source, links] of Object.entries(metadataCache.unresolvedLinks)) {
			let total = 0;
			for (const [linkpath, count] of Object.entries(links)) if (named(linkpath)) total += count;
			if (total === 0) continue;
			const found = propertyLinks(metadataCache.getCache(source)?.frontmatterLinks, (linkpath) => named(linkpath) && metadataCache.getFirstLinkpathDest(linkpath, source) === null);
			result.push(mention(source, found.names, found.count, total));
		}
	}
	// Notes that link through a property (interviews, referrals) first: they are the record.
	return result.sort((a, b) => Number(b.properties.length > 0) - Number(a.properties.length > 0) || compareKeys(a.path, b.path));
}
