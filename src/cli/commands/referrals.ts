import { buildReferralGraph } from "../../domain/referrals/referral-graph";
import { referralsJson } from "../../domain/referrals/referral-json";
import { referralText } from "../format/referral-text";
import { writeJson, type Command } from "./command";

/** The referral map: who referred whom, as JSON (DESIGN.md) or as indented trees. */
export const referralsCommand: Command = {
	name: "referrals",
	summary: "who referred whom: the referral trees, circles, top referrers and interviews per field",
	flags: [],
	run({ vault, now, json, io }) {
		const graph = buildReferralGraph(vault.index.records());
		if (json) writeJson(io, referralsJson(graph, now));
		else io.stdout(referralText(graph, now));
		return 0;
	},
};
