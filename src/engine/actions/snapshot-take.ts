import { formatEcsTime } from "../clock";
import type { IdGenerator } from "../ids";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { RulePolicy, RuleRecord, SnapshotPolicyRecord, SnapshotRecord } from "../types";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SnapshotContent {
  SecurityGroupId: string;
  RegionId: string;
  InnerAccessPolicy: RulePolicy;
  Rules: readonly RuleRecord[];
}

/** Stores one snapshot of `content` for `policy`, taken at `takenAt` and kept for the policy's retention. */
export async function takeSnapshot(
  tx: Tx,
  ids: IdGenerator,
  policy: SnapshotPolicyRecord,
  content: SnapshotContent,
  takenAt: number,
): Promise<SnapshotRecord> {
  const expiresAt = takenAt + policy.RetentionDays * DAY_MS;
  const snapshot: SnapshotRecord = {
    SnapshotId: ids.next("sgs", content.RegionId),
    RegionId: content.RegionId,
    SecurityGroupId: content.SecurityGroupId,
    SnapshotPolicyId: policy.SnapshotPolicyId,
    CreationTime: formatEcsTime(takenAt),
    ExpirationTime: formatEcsTime(expiresAt),
    ExpiresAt: expiresAt,
    InnerAccessPolicy: content.InnerAccessPolicy,
    Rules: [...content.Rules],
    Seq: await nextSeq(tx),
  };
  await tx.objectStore("snapshots").add(snapshot);
  return snapshot;
}

/** The enabled policies covering a group: only those take snapshots (seed doc: 有効な場合にのみ). */
export async function enabledPoliciesOf(tx: Tx, groupId: string): Promise<SnapshotPolicyRecord[]> {
  const policies = await tx.objectStore("snapshotPolicies").index("bySecurityGroup").getAll(groupId);
  return policies.filter((policy) => policy.Status === "Enabled").sort((a, b) => a.Seq - b.Seq);
}
