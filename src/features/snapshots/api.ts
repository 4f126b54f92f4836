import type { EcsAction } from "@/api/contract";
import type { SnapshotPolicy } from "@/api/types";
import { q } from "../../api/queries";

/** Queries a snapshot write can make stale: policies, snapshots, and (restore) the rules. */
export const POLICY_WRITE_INVALIDATES: readonly EcsAction[] = [
  "DescribeSecurityGroupSnapshotPolicies",
  "DescribeSecurityGroupSnapshots",
];

export function policyPageQuery(regionId: string, { size, token }: { size: number; token?: string }) {
  return q("DescribeSecurityGroupSnapshotPolicies", {
    RegionId: regionId,
    MaxResults: size,
    NextToken: token,
  });
}

export function policyQuery(regionId: string, snapshotPolicyId: string) {
  return q("DescribeSecurityGroupSnapshotPolicies", {
    RegionId: regionId,
    SnapshotPolicyId: snapshotPolicyId,
  });
}

/** The policies covering one group (a group may be in several; a region holds few). */
export function groupPoliciesQuery(regionId: string, securityGroupId: string) {
  return q("DescribeSecurityGroupSnapshotPolicies", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    MaxResults: 100,
  });
}

export function groupSnapshotsQuery(regionId: string, securityGroupId: string) {
  return q("DescribeSecurityGroupSnapshots", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
  });
}

export const policyIdsOf = (policy: SnapshotPolicy): string[] => policy.SecurityGroupIds.SecurityGroupId;

/** One page of the region's groups for the associate picker, searched by name (never the whole list). */
export function pickerGroupsQuery(regionId: string, { name, token }: { name: string; token: string }) {
  return q("DescribeSecurityGroups", {
    RegionId: regionId,
    SecurityGroupName: name || undefined,
    FuzzyQuery: name ? true : undefined,
    MaxResults: 10,
    NextToken: token || undefined,
  });
}
