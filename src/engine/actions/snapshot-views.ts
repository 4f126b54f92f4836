import type { Tx } from "../store/workspace-db";
import type { SnapshotPolicyRecord, SnapshotRecord } from "../types";
import { permissionViews } from "./rule-views";

/** A policy as DescribeSecurityGroupSnapshotPolicies answers it. */
export function snapshotPolicyView(policy: SnapshotPolicyRecord) {
  return {
    SnapshotPolicyId: policy.SnapshotPolicyId,
    SnapshotPolicyName: policy.SnapshotPolicyName,
    RegionId: policy.RegionId,
    Status: policy.Status,
    RetentionDays: policy.RetentionDays,
    BucketName: policy.BucketName,
    CreationTime: policy.CreationTime,
    SecurityGroupIds: { SecurityGroupId: [...policy.SecurityGroupIds] },
  };
}

/** A snapshot with its rules in the same Permission view as DescribeSecurityGroupAttribute. */
export async function snapshotView(tx: Tx, snapshot: SnapshotRecord) {
  return {
    SnapshotId: snapshot.SnapshotId,
    SecurityGroupId: snapshot.SecurityGroupId,
    SnapshotPolicyId: snapshot.SnapshotPolicyId,
    CreationTime: snapshot.CreationTime,
    ExpirationTime: snapshot.ExpirationTime,
    Permissions: { Permission: await permissionViews(tx, snapshot.Rules) },
  };
}
