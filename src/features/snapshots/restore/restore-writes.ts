import { callEcs } from "@/api/client";

/** SNAP-4: the group's rules become the snapshot's, in one request. */
export function restoreSnapshot(regionId: string, securityGroupId: string, snapshotId: string) {
  return callEcs("RestoreSecurityGroupSnapshot", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    SnapshotId: snapshotId,
  });
}
