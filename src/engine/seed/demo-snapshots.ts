import { groupRules } from "../actions/rules";
import { formatEcsTime } from "../clock";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { SnapshotPolicyRecord, SnapshotRecord } from "../types";
import { DEMO, demoId } from "./demo";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const RETENTION_DAYS = 7;

export const DEMO_SNAPSHOTS = {
  policy: demoId("sgsp", "bp1docscenario"),
  /** Taken before the risky-site block was added: restoring it shows a removed outbound rule. */
  beforeBlock: demoId("sgs", "bp1docbeforeblock"),
} as const;

/**
 * SNAP-1..4 demo: an enabled 7-day policy covering the documentation's group, with one snapshot
 * from two hours ago. Times follow the engine clock so the snapshot is live whenever the demo is reset.
 */
export async function seedDemoSnapshots(tx: Tx, now: number): Promise<void> {
  const policy: SnapshotPolicyRecord = {
    SnapshotPolicyId: DEMO_SNAPSHOTS.policy,
    RegionId: "cn-hangzhou",
    SnapshotPolicyName: "doc-scenario-daily-backup",
    Status: "Enabled",
    RetentionDays: RETENTION_DAYS,
    // A bucket of the user's own choosing (the default one is named after the account).
    BucketName: "doc-scenario-sg-snapshots",
    SecurityGroupIds: [DEMO.docScenario],
    CreationTime: formatEcsTime(now - 3 * HOUR_MS),
    Seq: await nextSeq(tx),
  };
  await tx.objectStore("snapshotPolicies").add(policy);

  const group = await tx.objectStore("securityGroups").get(DEMO.docScenario);
  if (!group) return;
  const takenAt = now - 2 * HOUR_MS;
  const snapshot: SnapshotRecord = {
    SnapshotId: DEMO_SNAPSHOTS.beforeBlock,
    RegionId: group.RegionId,
    SecurityGroupId: group.SecurityGroupId,
    SnapshotPolicyId: policy.SnapshotPolicyId,
    CreationTime: formatEcsTime(takenAt),
    ExpirationTime: formatEcsTime(takenAt + RETENTION_DAYS * DAY_MS),
    ExpiresAt: takenAt + RETENTION_DAYS * DAY_MS,
    InnerAccessPolicy: group.InnerAccessPolicy,
    Rules: (await groupRules(tx, group.SecurityGroupId)).filter((rule) => rule.Direction === "ingress"),
    Seq: await nextSeq(tx),
  };
  await tx.objectStore("snapshots").add(snapshot);
}
