import { q } from "../../api/queries";
import type { IpProtocol } from "../../engine/types";

/** Response shapes of the actions this area uses, field for field as the API sends them. */
export interface TagView {
  TagKey: string;
  TagValue: string;
}

export interface SecurityGroup {
  SecurityGroupId: string;
  SecurityGroupName: string;
  Description: string;
  SecurityGroupType: "normal" | "enterprise";
  VpcId: string;
  CreationTime: string;
  ResourceGroupId: string;
  ServiceManaged: boolean;
  ServiceID?: number;
  Tags: { Tag: TagView[] };
  RuleCount: number;
  GroupToGroupRuleCount: number;
  EcsCount: number;
  AvailableInstanceAmount: number;
}

export interface DescribeSecurityGroupsBody {
  RegionId: string;
  SecurityGroups: { SecurityGroup: SecurityGroup[] };
  NextToken?: string;
}

export interface Permission {
  SecurityGroupRuleId: string;
  Direction: "ingress" | "egress";
  IpProtocol: IpProtocol;
  PortRange: string;
  SourcePortRange: string;
  SourceCidrIp: string;
  Ipv6SourceCidrIp: string;
  SourceGroupId: string;
  SourceGroupName: string;
  SourceGroupOwnerAccount: string;
  SourcePrefixListId: string;
  SourcePrefixListName: string;
  DestCidrIp: string;
  Ipv6DestCidrIp: string;
  DestGroupId: string;
  DestGroupName: string;
  DestGroupOwnerAccount: string;
  DestPrefixListId: string;
  DestPrefixListName: string;
  Policy: "Accept" | "Drop";
  Priority: number;
  NicType: string;
  Description: string;
  CreateTime: string;
}

export interface DescribeSecurityGroupAttributeBody {
  SecurityGroupId: string;
  SecurityGroupName: string;
  Description: string;
  VpcId: string;
  InnerAccessPolicy: "Accept" | "Drop";
  NextToken: string;
  Permissions: { Permission: Permission[] };
}

export interface Vpc {
  VpcId: string;
  VpcName: string;
  CidrBlock: string;
  IsDefault: boolean;
}

export interface DescribeVpcsBody {
  TotalCount: number;
  Vpcs: { Vpc: Vpc[] };
}

export interface DescribeQuotasBody {
  Quotas: { Quota: Array<{ QuotaName: string; Value: number; Usage: number }> };
}

export interface DescribeSecurityGroupReferencesBody {
  SecurityGroupReferences: {
    SecurityGroupReference: Array<{
      SecurityGroupId: string;
      ReferencingSecurityGroups: { ReferencingSecurityGroup: Array<{ SecurityGroupId: string; AliUid: string }> };
    }>;
  };
}

/** RULE-8: rules per group, inbound and outbound together. */
export const MAX_RULES_PER_GROUP = 200;

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
  return q<DescribeSecurityGroupsBody>("DescribeSecurityGroups", {
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

/** One group with its counters (DescribeSecurityGroupAttribute has no type, counts or tags). */
export function groupQuery(regionId: string, securityGroupId: string) {
  return q<DescribeSecurityGroupsBody>("DescribeSecurityGroups", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
  });
}

/** All rules of a group, both directions, in one request (a group holds at most 200). */
export function groupRulesQuery(regionId: string, securityGroupId: string) {
  return q<DescribeSecurityGroupAttributeBody>("DescribeSecurityGroupAttribute", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    Direction: "all",
    MaxResults: 1000,
  });
}

export function vpcsQuery(regionId: string) {
  return q<DescribeVpcsBody>("DescribeVpcs", { RegionId: regionId, PageSize: 50 });
}

export function quotasQuery(regionId: string) {
  return q<DescribeQuotasBody>("DescribeQuotas", { RegionId: regionId });
}

export function referencesQuery(regionId: string, securityGroupId: string) {
  return q<DescribeSecurityGroupReferencesBody>("DescribeSecurityGroupReferences", {
    RegionId: regionId,
    SecurityGroupId: [securityGroupId],
  });
}

/** Suggestions for a rule's security-group peer: basic groups of the same VPC. */
export function peerGroupOptionsQuery(regionId: string, vpcId: string, name: string) {
  return q<DescribeSecurityGroupsBody>("DescribeSecurityGroups", {
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
  return q<{ TotalCount?: number; Instances: { Instance: Array<{ InstanceId: string; InstanceName: string }> } }>(
    "DescribeInstances",
    { RegionId: regionId, SecurityGroupId: securityGroupId, MaxResults: 10 },
  );
}

/** Member secondary ENIs of a group (DescribeNetworkInterfaces' group filter finds only those). */
export function memberEnisQuery(regionId: string, securityGroupId: string) {
  return q<{
    TotalCount?: number;
    NetworkInterfaceSets: { NetworkInterfaceSet: Array<{ NetworkInterfaceId: string; NetworkInterfaceName: string }> };
  }>("DescribeNetworkInterfaces", { RegionId: regionId, SecurityGroupId: securityGroupId, MaxResults: 10 });
}

export function groupQuotaOf(body: DescribeQuotasBody) {
  return body.Quotas.Quota.find((quota) => quota.QuotaName === "q_security-groups");
}
