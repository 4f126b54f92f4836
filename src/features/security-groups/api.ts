import type { ResponseOf } from "@/api/contract";
import { q } from "../../api/queries";

/** The list's filters as the API takes them (one page; never the whole list). */
export interface GroupListFilters {
  name?: string;
  id?: string;
  tagKey?: string;
  tagValue?: string;
  vpcId?: string;
  type?: "normal" | "enterprise";
  size: number;
  token?: string;
}

export function groupPageQuery(regionId: string, filters: GroupListFilters) {
  return q("DescribeSecurityGroups", {
    RegionId: regionId,
    MaxResults: filters.size,
    NextToken: filters.token,
    SecurityGroupName: filters.name,
    // Substring match on the name, as the console's search box does.
    FuzzyQuery: filters.name ? true : undefined,
    SecurityGroupId: filters.id,
    VpcId: filters.vpcId,
    SecurityGroupType: filters.type,
    Tag: filters.tagKey ? [{ Key: filters.tagKey, Value: filters.tagValue }] : undefined,
  });
}

export function quotasQuery(regionId: string) {
  return q("DescribeQuotas", { RegionId: regionId });
}

export function referencesQuery(regionId: string, securityGroupId: string) {
  return q("DescribeSecurityGroupReferences", {
    RegionId: regionId,
    SecurityGroupId: [securityGroupId],
  });
}

/** Suggestions for a rule's security-group peer: basic groups of the same VPC. */
export function peerGroupOptionsQuery(regionId: string, vpcId: string, name: string) {
  return q("DescribeSecurityGroups", {
    RegionId: regionId,
    VpcId: vpcId || undefined,
    SecurityGroupType: "normal",
    SecurityGroupName: name || undefined,
    FuzzyQuery: name ? true : undefined,
    MaxResults: 50,
  });
}

/** Member instances (through their primary ENIs) of a group: the first few, for the delete dialog. */
export function memberInstancesQuery(regionId: string, securityGroupId: string) {
  return q("DescribeInstances", { RegionId: regionId, SecurityGroupId: securityGroupId, MaxResults: 10 });
}

/** Member secondary ENIs of a group (DescribeNetworkInterfaces' group filter finds only those). */
export function memberEnisQuery(regionId: string, securityGroupId: string) {
  return q("DescribeNetworkInterfaces", { RegionId: regionId, SecurityGroupId: securityGroupId, MaxResults: 10 });
}

export function groupQuotaOf(body: ResponseOf<"DescribeQuotas">) {
  return body.Quotas.Quota.find((quota) => quota.QuotaName === "q_security-groups");
}
