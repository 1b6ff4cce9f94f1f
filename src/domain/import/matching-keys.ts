/**
 * How people are recognised as the same: by email, by LinkedIn profile, or by name,
 * each compared in a normal form so that "José  García" and "jose garcia" match.
 */

/** Name without case, accents or extra spaces. */
export function nameMatchKey(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[\s.,]+/gu, " ")
		.trim();
}

export function emailMatchKey(email: string): string {
	return email.trim().replace(/^mailto:/i, "").toLowerCase();
}

/**
 * A LinkedIn profile without scheme, `www.`/country subdomain, query, fragment or
 * trailing slash, lower-cased: `https://www.linkedin.com/in/Jordan-Lee/?x=1` and
 * `linkedin.com/in/jordan-lee` are the same person.
 */
export function linkedinMatchKey(url: string): string {
	let key = url.trim().toLowerCase();
	key = key.replace(/^[a-z]+:\/\//, "");
	key = key.replace(/[?#].*$/, "");
	key = key.replace(/^(?:[a-z]{2,3}\.|www\.)?linkedin\.com/, "linkedin.com");
	return key.replace(/\/+$/, "");
}

/** True when a web address is a LinkedIn profile or page. */
export function isLinkedinUrl(url: string): boolean {
	return /^(?:[a-z]+:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com(?:[/?#]|$)/i.test(url.trim());
}

/** The keys one person is known by; empty parts are left out. */
export interface MatchKeys {
	readonly name?: string;
	readonly email?: string;
	readonly linkedin?: string;
}

export function matchKeysOf(person: { readonly name?: string; readonly email?: string; readonly linkedin?: string }): MatchKeys {
	const name = person.name ? nameMatchKey(person.name) : "";
	const email = person.email ? emailMatchKey(person.email) : "";
	const linkedin = person.linkedin ? linkedinMatchKey(person.linkedin) : "";
	return { name: name || undefined, email: email || undefined, linkedin: linkedin || undefined };
}
