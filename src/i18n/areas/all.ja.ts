import type { AreaMessageKey } from "./all.en";
import { computeJa } from "./compute.ja";
import { faultJa } from "./faults.ja";
import { prefixListJa } from "./prefix-lists.ja";
import { ruleToolJa } from "./rule-tools.ja";
import { snapshotJa } from "./snapshots.ja";
import { troubleshootingJa } from "./troubleshooting.ja";

/** The Japanese messages of every area but the security groups: every key of all.en.ts (typed). */
export const areasJa: Record<AreaMessageKey, string> = {
  ...computeJa,
  ...prefixListJa,
  ...troubleshootingJa,
  ...ruleToolJa,
  ...snapshotJa,
  ...faultJa,
};
