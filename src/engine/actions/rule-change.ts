import type { Tx } from "../store/workspace-db";
import type { RuleRecord, SecurityGroupRecord } from "../types";

/** SNAP-3: the automatic snapshot falls due this long after the first rule change of a window. */
export const SNAPSHOT_DELAY_MS = 5 * 60 * 1000;

/**
 * Called before the rules of a group change. When an enabled snapshot policy covers the group
 * and no window is open, opens one holding the rules as they are now (before the change).
 */
export async function noteRuleChange(
  tx: Tx,
  group: SecurityGroupRecord,
  rulesBefore: readonly RuleRecord[],
  now: number,
): Promise<void> {
  const pending = tx.objectStore("pendingSnapshots");
  if (await pending.get(group.SecurityGroupId)) return;
  const policies = await tx.objectStore("snapshotPolicies").index("bySecurityGroup").getAll(group.SecurityGroupId);
  if (!policies.some((policy) => policy.Status === "Enabled")) return;
  await pending.put({
    SecurityGroupId: group.SecurityGroupId,
    DueAt: now + SNAPSHOT_DELAY_MS,
    InnerAccessPolicy: group.InnerAccessPolicy,
    Rules: [...rulesBefore],
  });
}
