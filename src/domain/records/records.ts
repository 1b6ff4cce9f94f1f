import { parseWhen, type When } from "./dates";
import { basenameOf, readLinkText, type LinkRef, type LinkResolver } from "./links";
import { describeValue, ProblemList } from "./problems";
import {
	CONTACT_STATUSES,
	INTERVIEW_FORMATS,
	INTERVIEW_STATUSES,
	MAX_DURATION_MINUTES,
	OUTREACH_METHODS,
	type ContactRecord,
	type InterviewRecord,
	type VaultRecord,
} from "./record-types";

export interface ParseOptions {
	/** The frontmatter key holding the note kind. */
	readonly typeKey: string;
	/** IANA zone dates are read in. */
	readonly zone: string;
	readonly defaultDuration: number;
	readonly resolve: LinkResolver;
}

/** Whether two option sets read every note alike (the resolver is Obsidian's either way). */
export function parsesAlike(a: ParseOptions, b: ParseOptions): boolean {
	return a.typeKey === b.typeKey && a.zone === b.zone && a.defaultDuration === b.defaultDuration;
}

export type RecordKind = "contact" | "interview";

type Frontmatter = Readonly<Record<string, unknown>>;

/** A link target quoted in a message: whole when short, cut otherwise, so that a huge value cannot make a huge message. */
function quotedTarget(linkpath: string): string {
	return linkpath.length > 60 ? `${linkpath.slice(0, 57)}…` : linkpath;
}

/** The record kind a frontmatter declares, or null when it is not one of ours. */
export function recordKindOf(frontmatter: unknown, typeKey: string): RecordKind | null {
	if (typeof frontmatter !== "object" || frontmatter === null) return null;
	const raw = (frontmatter as Frontmatter)[typeKey];
	const values = Array.isArray(raw) ? raw : [raw];
	for (const value of values) {
		if (typeof value !== "string") continue;
		const kind = value.trim().toLowerCase();
		if (kind === "contact" || kind === "interview") return kind;
	}
	return null;
}

/** Reads one note's properties, reporting into `problems`; every reader is total. */
class FieldReader {
	readonly links: { field: string; link: LinkRef }[] = [];

	constructor(
		private readonly fm: Frontmatter,
		private readonly path: string,
		readonly problems: ProblemList,
		private readonly options: ParseOptions,
	) {}

	/** The raw value, with null and empty text counted as absent. */
	present(key: string): unknown {
		const value = this.fm[key];
		return value === null || value === undefined || value === "" ? undefined : value;
	}

	text(key: string): string | undefined {
		const value = this.present(key);
		if (value === undefined) return undefined;
		if (typeof value === "string") return value.trim() || undefined;
		if (typeof value === "number" || typeof value === "boolean") return String(value);
		this.problems.add(key, `expected text, got ${describeValue(value)}`);
		return undefined;
	}

	textList(key: string): string[] {
		const value = this.present(key);
		if (value === undefined) return [];
		const items = Array.isArray(value) ? (value as unknown[]) : [value];
		const result: string[] = [];
		items.forEach((item, i) => {
			if (typeof item === "string" && item.trim() !== "") result.push(item.trim());
			else if (typeof item === "number") result.push(String(item));
			else if (item !== null && item !== undefined && item !== "") {
				this.problems.add(Array.isArray(value) ? `${key}[${i}]` : key, `expected text, got ${describeValue(item)}`);
			}
		});
		return result;
	}

	when(key: string): When | undefined {
		const value = this.present(key);
		if (value === undefined) return undefined;
		const parsed = parseWhen(value, this.options.zone);
		if (parsed.ok) return parsed.value;
		this.problems.add(key, parsed.message);
		return undefined;
	}

	bool(key: string): boolean {
		const value = this.present(key);
		if (value === undefined || typeof value === "boolean") return value === true;
		if (typeof value === "string") {
			const word = value.trim().toLowerCase();
			if (word === "true" || word === "yes") return true;
			if (word === "false" || word === "no") return false;
		}
		this.problems.add(key, `expected true or false, got ${describeValue(value)}`);
		return false;
	}

	/** A whole number above 0; with `most`, also at most `most.value` (`most.text` says how much that is in words). */
	positiveInteger(key: string, unit: string, most?: { value: number; text: string }): number | undefined {
		const value = this.present(key);
		if (value === undefined) return undefined;
		const n = typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
		if (typeof n === "number" && Number.isInteger(n) && n > 0) {
			if (most === undefined || n <= most.value) return n;
			this.problems.add(key, `expected at most ${most.value} ${unit} (${most.text}), got ${describeValue(value)}`);
			return undefined;
		}
		this.problems.add(key, `expected a whole number of ${unit} above 0, got ${describeValue(value)}`);
		return undefined;
	}

	choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
		const value = this.present(key);
		if (value === undefined) return undefined;
		if (typeof value === "string") {
			const normal = value.trim().toLowerCase().replace(/[\s-]+/g, "_");
			const match = allowed.find((a) => a === normal);
			if (match) return match;
		}
		this.problems.add(key, `${describeValue(value)} is not one of: ${allowed.join(", ")}`);
		return undefined;
	}

	/** One link value; `field` names the place for problems (`referrals[2]`). */
	private linkValue(value: unknown, field: string): LinkRef | undefined {
		const read = readLinkText(value);
		if (!read.ok) {
			this.problems.add(field, read.message);
			return undefined;
		}
		const raw = typeof value === "string" ? value : read.linkpath;
		const link: LinkRef = { raw, linkpath: read.linkpath, path: this.options.resolve(read.linkpath, this.path) };
		this.links.push({ field, link });
		if (!read.bracketed) {
			this.problems.add(field, `${describeValue(value)} is plain text; write it as "[[${quotedTarget(read.linkpath)}]]" so that Obsidian keeps it up to date`);
		} else if (link.path === null) {
			this.problems.add(field, `links to "${quotedTarget(read.linkpath)}", which is not a note in this vault`);
		}
		return link;
	}

	link(key: string): LinkRef | undefined {
		const value = this.present(key);
		if (value === undefined) return undefined;
		if (Array.isArray(value)) {
			if (value.length === 1) return this.linkValue(value[0], key);
			this.problems.add(key, `expected one link, got ${describeValue(value)}`);
			return undefined;
		}
		return this.linkValue(value, key);
	}

	linkList(key: string): LinkRef[] {
		const value = this.present(key);
		if (value === undefined) return [];
		if (!Array.isArray(value)) {
			const one = this.linkValue(value, key);
			return one ? [one] : [];
		}
		const result: LinkRef[] = [];
		(value as unknown[]).forEach((item, i) => {
			if (item === null || item === undefined || item === "") return;
			const link = this.linkValue(item, `${key}[${i}]`);
			if (link) result.push(link);
		});
		return result;
	}
}

function parseContact(r: FieldReader, path: string): ContactRecord {
	const name = r.text("name") ?? basenameOf(path);
	const orgRaw = r.present("organization");
	let organization: string | undefined;
	let organizationLink: LinkRef | undefined;
	if (typeof orgRaw === "string" && orgRaw.includes("[[")) {
		organizationLink = r.link("organization");
		organization = organizationLink ? basenameOf(organizationLink.linkpath) : undefined;
	} else {
		organization = r.text("organization");
	}
	return {
		kind: "contact",
		path,
		name,
		organization,
		organizationLink,
		role: r.text("role"),
		fields: r.textList("field"),
		email: r.text("email"),
		phone: r.text("phone"),
		linkedin: r.text("linkedin"),
		metVia: r.text("met_via"),
		referredBy: r.link("referred_by"),
		contacted: r.when("contacted"),
		outreachMethod: r.choice("outreach_method", OUTREACH_METHODS),
		replied: r.when("replied"),
		lastContact: r.when("last_contact"),
		nextFollowUp: r.when("next_follow_up"),
		stayInTouch: r.bool("stay_in_touch"),
		followUpEvery: r.positiveInteger("follow_up_every", "days"),
		status: r.choice("status", CONTACT_STATUSES) ?? "active",
		snoozeUntil: r.when("snooze_until"),
		links: r.links,
		problems: r.problems.items,
	};
}

function parseInterview(r: FieldReader, path: string, options: ParseOptions): InterviewRecord {
	const contact = r.link("contact");
	if (r.present("contact") === undefined) r.problems.add("contact", "an interview needs a contact: add contact: \"[[Name]]\"");
	return {
		kind: "interview",
		path,
		title: basenameOf(path),
		contact,
		date: r.when("date"),
		duration: r.positiveInteger("duration", "minutes", { value: MAX_DURATION_MINUTES, text: "a day" }) ?? options.defaultDuration,
		format: r.choice("format", INTERVIEW_FORMATS),
		location: r.text("location"),
		status: r.choice("status", INTERVIEW_STATUSES),
		confirmed: r.when("confirmed"),
		prepared: r.bool("prepared"),
		thankYouSent: r.when("thank_you_sent"),
		debriefed: r.bool("debriefed"),
		referrals: r.linkList("referrals"),
		leads: r.textList("leads"),
		fields: r.textList("field"),
		snoozeUntil: r.when("snooze_until"),
		links: r.links,
		problems: r.problems.items,
	};
}

/**
 * Turns one note's frontmatter into a record, or null when the note is not a contact or
 * an interview. Never throws: what is invalid is left out and reported as a problem.
 */
export function parseRecord(path: string, frontmatter: unknown, options: ParseOptions): VaultRecord | null {
	const kind = recordKindOf(frontmatter, options.typeKey);
	if (kind === null) return null;
	const reader = new FieldReader(frontmatter as Frontmatter, path, new ProblemList(path), options);
	return kind === "contact" ? parseContact(reader, path) : parseInterview(reader, path, options);
}
