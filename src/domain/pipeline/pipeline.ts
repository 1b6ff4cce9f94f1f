import type { DateTime } from "luxon";
import { statusesAt } from "../referrals/person-stage";
import { boardPeople, type BoardPerson, type PeopleSource } from "./board";
import { nextItemsByContact, type QueueItemLike } from "./queue-adapter";
import type { StatusOf } from "./stages";

/**
 * Interviews' statuses at `now`, by the queue's definition (one calendar per zone), so
 * that the board, the queue and the referral map always agree on what took place.
 */
export function statusOfAt(now: DateTime): StatusOf {
	return statusesAt(now);
}

/** Every contact as a board card at `now`, with their next follow-up from the queue's items (in queue order). */
export function pipelinePeople(source: PeopleSource, now: DateTime, queueItems: Iterable<QueueItemLike>): BoardPerson[] {
	return boardPeople(source, statusOfAt(now), nextItemsByContact(queueItems));
}
