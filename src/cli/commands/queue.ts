import { buildQueue } from "../../domain/follow-ups/queue";
import { queueJson } from "../format/queue-json";
import { queueText } from "../format/queue-text";
import { vaultProblems } from "../load-vault";
import { writeJson, type Command } from "./command";

/**
 * The follow-up queue at --now: the same rules, items, order and due times as the
 * plugin's view, grouped the same way, with the vault's settings (or --zone).
 */
export const queueCommand: Command = {
	name: "queue",
	summary: "the follow-up queue at --now: what to do next, grouped by when it is due",
	flags: [],
	run({ vault, now, json, io }) {
		const { index, settings, zone } = vault;
		const items = buildQueue(index, now, settings, zone);
		const problems = vaultProblems(vault);
		if (json) writeJson(io, queueJson(items, now, problems));
		else io.stdout(queueText(items, now, zone, index, problems.length));
		return 0;
	},
};
