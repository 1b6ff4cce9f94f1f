import type { LiveReferralGraph } from "../domain/referrals/live-referral-graph";
import type { PluginHost } from "../obsidian/plugin-host";

/** What the referral map needs from the plugin: the template host, and the graph derived after each index batch. */
export interface ReferralMapHost extends PluginHost {
	referrals: LiveReferralGraph;
}
