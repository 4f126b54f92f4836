import type { Tx } from "../store/workspace-db";
import type { NetworkInterfaceRecord } from "../types";

/**
 * The one writer of ENI membership (ENI-3, ENI-5): stores `eni` with `groupIds` as its groups and
 * keeps every group's EcsCount (member ENIs) in step, in the caller's transaction. Creating an ENI
 * passes a record with no groups yet; deleting one sets no groups before removing the record.
 * Callers check the change first (eni-membership-rules.ts).
 */
export async function setEniGroups(
  tx: Tx,
  eni: NetworkInterfaceRecord,
  groupIds: readonly string[],
): Promise<NetworkInterfaceRecord> {
  const before = new Set(eni.SecurityGroupIds);
  const after = new Set(groupIds);
  const groups = tx.objectStore("securityGroups");
  for (const groupId of before) {
    if (after.has(groupId)) continue;
    const group = await groups.get(groupId);
    if (group) await groups.put({ ...group, EcsCount: Math.max(0, group.EcsCount - 1) });
  }
  for (const groupId of after) {
    if (before.has(groupId)) continue;
    const group = await groups.get(groupId);
    if (group) await groups.put({ ...group, EcsCount: group.EcsCount + 1 });
  }
  const updated: NetworkInterfaceRecord = { ...eni, SecurityGroupIds: [...after] };
  await tx.objectStore("networkInterfaces").put(updated);
  return updated;
}
