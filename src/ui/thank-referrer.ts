import type { TFile } from "obsidian";
import { personOfNote } from "../domain/referrals/referral-focus";
import type { PersonInfo } from "../domain/referrals/referral-graph";
import type { ReferralMapHost } from "./referral-map-host";
import { runSafely } from "./safely";
import { activeEditorFor } from "./template-commands";
import { draftEmail } from "./thank-you-draft";

export const THANK_REFERRER_TEMPLATE_ID = "thank-the-referrer";

/**
 * Who referred the person a note is about (an interview's contact, or the contact
 * itself), as the referral map reads it: `referred_by`, or an interview's `referrals`.
 */
export function referrerFor(host: ReferralMapHost, file: TFile): PersonInfo | undefined {
	const graph = host.referrals.graph;
	const person = personOfNote(file.path, host.index, graph);
	if (person === null || host.index.get(file.path) === undefined) return undefined;
	const referrer = graph.primaryReferrer(person);
	return referrer === null || referrer === person ? undefined : graph.person(referrer);
}

/**
 * Drafts the thank-you to whoever referred this note's person: a mail draft when the
 * referrer's note has an address, else inserted at the cursor as one undoable change.
 */
export async function thankReferrer(host: ReferralMapHost, file: TFile, referrer: PersonInfo): Promise<void> {
	await draftEmail(host, file, activeEditorFor(host, file), {
		templateId: THANK_REFERRER_TEMPLATE_ID,
		recipient: { name: referrer.name, email: referrer.contact?.email },
		fallbackSubject: "Thank you for the introduction",
		what: "thank-you email",
		context: { referrer: { name: referrer.name } },
	});
}

/** "Thank the referrer": offered on interview and contact notes whose person someone referred. */
export function registerThankReferrer(host: ReferralMapHost): void {
	host.addCommand({
		id: "thank-the-referrer",
		name: "Thank the referrer",
		checkCallback: (checking) => {
			const file = host.app.workspace.getActiveFile();
			const referrer = file ? referrerFor(host, file) : undefined;
			if (!file || !referrer) return false;
			if (!checking) void runSafely("draft the thank-you to the referrer", () => thankReferrer(host, file, referrer));
			return true;
		},
	});
}
