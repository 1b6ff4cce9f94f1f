import type { ReferralGraph } from "../domain/referrals/referral-graph";
import type { TemplateHost } from "../obsidian/template-host";

/** What the referral map needs from the plugin: the template host, and the graph kept in step with the index. */
export interface ReferralMapHost extends TemplateHost {
	referralGraph: ReferralGraph;
}
