import { MAX_GROUP_IDS_PER_DESCRIBE } from "@/engine/validate";
import { q } from "./queries";

/**
 * Reads more than one area of the console needs (groups, their rules, VPCs). An area's own reads
 * stay in its `api.ts`; areas never import each other's.
 */

/** One group with its counters (DescribeSecurityGroupAttribute has no type, counts or tags). */
export function groupQuery(regionId: string, securityGroupId: string) {
  return q("DescribeSecurityGroups", { RegionId: regionId, SecurityGroupId: securityGroupId });
}

/** All rules of a group, both directions, in one request (a group holds at most 200). */
export function groupRulesQuery(regionId: string, securityGroupId: string) {
  return q("DescribeSecurityGroupAttribute", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    Direction: "all",
    MaxResults: 1000,
  });
}

export function vpcsQuery(regionId: string) {
  return q("DescribeVpcs", { RegionId: regionId, PageSize: 50 });
}

/**
 * Names, types, VPCs and counters of up to 100 groups in one request (SecurityGroupIds is a JSON
 * array). Ids are sorted and deduplicated, so the same set shares one cache entry.
 */
export function groupsByIdQuery(regionId: string, securityGroupIds: readonly string[]) {
  return q("DescribeSecurityGroups", {
    RegionId: regionId,
    SecurityGroupIds: JSON.stringify([...new Set(securityGroupIds)].sort()),
    MaxResults: MAX_GROUP_IDS_PER_DESCRIBE,
  });
}
