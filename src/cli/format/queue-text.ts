import type { DateTime } from "luxon";
import type { QueueItem } from "../../domain/follow-ups/item";
import { groupItems } from "../../domain/follow-ups/queue-groups";
import type { RecordLookup } from "../../domain/records/record-types";
import { dueText } from "../../domain/follow-ups/queue-time";
import { plural, printable, textTable } from "./text";

function whoOf(item: QueueItem, records: RecordLookup): string {
	const contact = item.contact === null ? undefined : records.get(item.contact);
	const organization = contact?.kind === "contact" ? contact.organization : undefined;
	return organization ? `${item.person} · ${organization}` : item.person;
}

/**
 * What `queue` prints without --json: the groups of the view, in its order, each a table
 * of when (relative to --now, then the due time itself), what to do, who, and the note.
 * Empty groups are left out, as the view leaves them out.
 */
export function queueText(items: readonly QueueItem[], now: DateTime, zone: string, records: RecordLookup, problemCount: number): string {
	const nowMs = now.toMillis();
	const heading = `Follow-up queue at ${now.setZone(zone).setLocale("en-GB").toFormat("cccc d LLLL yyyy, HH:mm")} (${zone}): ${plural(items.length, "item")}`;
	const sections = [`${printable(heading)}\n`];
	for (const group of groupItems(items, now, zone)) {
		if (group.items.length === 0) continue;
		const rows = group.items.map((item) => {
			const when = dueText(item, nowMs, zone);
			return [when.relative, item.dueMs === null ? "—" : when.absolute, item.title, whoOf(item, records), item.path];
		});
		sections.push(`${group.label} (${group.items.length})\n${textTable(["When", "Due", "What", "Who", "Note"], rows)}`);
	}
	if (items.length === 0) sections.push("Nothing to follow up.\n");
	if (problemCount > 0) sections.push(`${plural(problemCount, "problem")} in the notes may change what is listed: see \`check\`.\n`);
	return sections.join("\n");
}
