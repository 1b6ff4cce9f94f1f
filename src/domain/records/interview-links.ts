import type { InterviewRecord } from "./record-types";

const NONE: readonly InterviewRecord[] = Object.freeze([]);

function addTo(map: Map<string, InterviewRecord[]>, key: string, interview: InterviewRecord): void {
	const list = map.get(key);
	if (list === undefined) map.set(key, [interview]);
	else list.push(interview);
}

function removeFrom(map: Map<string, InterviewRecord[]>, key: string, interview: InterviewRecord): void {
	const list = map.get(key);
	if (list === undefined) return;
	const at = list.indexOf(interview);
	if (at >= 0) list.splice(at, 1);
	if (list.length === 0) map.delete(key);
}

/**
 * Interviews by the people they lead to: the contact each is with, and each person its
 * `referrals` name (once per listing). Holds the records themselves, so removing the
 * version that was added undoes exactly the links it had.
 */
export class InterviewLinks {
	private readonly byContact = new Map<string, InterviewRecord[]>();
	private readonly byReferred = new Map<string, InterviewRecord[]>();

	add(interview: InterviewRecord): void {
		const contact = interview.contact?.path;
		if (contact) addTo(this.byContact, contact, interview);
		for (const referred of interview.referrals) if (referred.path !== null) addTo(this.byReferred, referred.path, interview);
	}

	remove(interview: InterviewRecord): void {
		const contact = interview.contact?.path;
		if (contact) removeFrom(this.byContact, contact, interview);
		for (const referred of interview.referrals) if (referred.path !== null) removeFrom(this.byReferred, referred.path, interview);
	}

	clear(): void {
		this.byContact.clear();
		this.byReferred.clear();
	}

	/** Interviews whose `contact` leads to this path. */
	withContact(path: string): readonly InterviewRecord[] {
		return this.byContact.get(path) ?? NONE;
	}

	/** Interviews whose `referrals` name this path. */
	referring(path: string): readonly InterviewRecord[] {
		return this.byReferred.get(path) ?? NONE;
	}
}

/** Every path an interview's items or links can affect: its contact and the people it refers. */
export function linkedPaths(interview: InterviewRecord, into: Set<string>): void {
	const contact = interview.contact?.path;
	if (contact) into.add(contact);
	for (const referred of interview.referrals) if (referred.path !== null) into.add(referred.path);
}
