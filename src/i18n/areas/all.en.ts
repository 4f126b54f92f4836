import { computeEn } from "./compute.en";
import { faultEn } from "./faults.en";
import { prefixListEn } from "./prefix-lists.en";
import { ruleToolEn } from "./rule-tools.en";
import { snapshotEn } from "./snapshots.en";
import { troubleshootingEn } from "./troubleshooting.en";

/**
 * The English messages of every area but the security groups, one chunk loaded by catalogues.ts
 * with the first page of such an area (or a dialog from one): the first page does without them.
 */
export const areasEn = {
  ...computeEn,
  ...prefixListEn,
  ...troubleshootingEn,
  ...ruleToolEn,
  ...snapshotEn,
  ...faultEn,
} as const;

export type AreaMessageKey = keyof typeof areasEn;
