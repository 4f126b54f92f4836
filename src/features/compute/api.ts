import type { EcsAction } from "@/api/contract";
import type { EniStatus, InstanceStatus } from "@/api/types";
import { MAX_GROUP_IDS_PER_DESCRIBE } from "@/engine/validate";
import { q } from "../../api/queries";
/** Writes that change memberships: lists, counts and the groups' member tabs may all move. */
export const MEMBERSHIP_INVALIDATES: readonly EcsAction[] = [
  "DescribeInstances",
  "DescribeNetworkInterfaces",
  "DescribeSecurityGroups",
];

// --- Instances ---

export interface InstanceListFilters {
  name?: string;
  id?: string;
  status?: InstanceStatus;
  vpcId?: string;
  size: number;
  token?: string;
}

export function instancePageQuery(regionId: string, filters: InstanceListFilters) {
  return q("DescribeInstances", {
    RegionId: regionId,
    MaxResults: filters.size,
    NextToken: filters.token,
    // Part of a name, as the console's search box does (the API takes `*` wildcards).
    InstanceName: filters.name ? `*${filters.name}*` : undefined,
    InstanceIds: filters.id ? JSON.stringify([filters.id]) : undefined,
    Status: filters.status,
    VpcId: filters.vpcId,
  });
}

/** Some instances by id (at most 100), e.g. the one of a detail page or those just launched. */
export function instancesByIdsQuery(regionId: string, instanceIds: readonly string[]) {
  return q("DescribeInstances", {
    RegionId: regionId,
    InstanceIds: JSON.stringify(instanceIds),
    MaxResults: 100,
  });
}

/** Instances of one VPC a network interface could be attached to (the first 100). */
export function vpcInstancesQuery(regionId: string, vpcId: string) {
  return q("DescribeInstances", { RegionId: regionId, VpcId: vpcId, MaxResults: 100 });
}

/** One page of a group's member instances (through their primary ENIs). */
export function groupInstancesQuery(regionId: string, securityGroupId: string, size: number, token?: string) {
  return q("DescribeInstances", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    MaxResults: size,
    NextToken: token,
  });
}

// --- Network interfaces ---

export interface EniListFilters {
  id?: string;
  name?: string;
  instanceId?: string;
  ip?: string;
  type?: "Primary" | "Secondary";
  status?: EniStatus;
  vpcId?: string;
  size: number;
  token?: string;
}

export function eniPageQuery(regionId: string, filters: EniListFilters) {
  return q("DescribeNetworkInterfaces", {
    RegionId: regionId,
    MaxResults: filters.size,
    NextToken: filters.token,
    NetworkInterfaceId: filters.id ? [filters.id] : undefined,
    NetworkInterfaceName: filters.name,
    InstanceId: filters.instanceId,
    PrimaryIpAddress: filters.ip,
    Type: filters.type,
    Status: filters.status,
    VpcId: filters.vpcId,
  });
}

export function eniQuery(regionId: string, networkInterfaceId: string) {
  return q("DescribeNetworkInterfaces", {
    RegionId: regionId,
    NetworkInterfaceId: [networkInterfaceId],
  });
}

/** The ENIs of one instance, primary and secondary (an instance has a handful). */
export function instanceEnisQuery(regionId: string, instanceId: string) {
  return q("DescribeNetworkInterfaces", {
    RegionId: regionId,
    InstanceId: instanceId,
    MaxResults: 100,
  });
}

/** One page of a group's member secondary ENIs (the API's group filter finds only those). */
export function groupEnisQuery(regionId: string, securityGroupId: string, size: number, token?: string) {
  return q("DescribeNetworkInterfaces", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    MaxResults: size,
    NextToken: token,
  });
}

// --- Network and groups ---

/** The region's vSwitches (a region holds a few dozen at most; one page of 50). */
export function vswitchesQuery(regionId: string) {
  return q("DescribeVSwitches", { RegionId: regionId, PageSize: 50 });
}

/**
 * Groups by id, in one request per 100 ids: names, types, VPCs and rule counts for lists and
 * limit meters. Ids are sorted so that the same set shares one cache entry.
 */
export function groupsByIdsQueries(regionId: string, groupIds: readonly string[]) {
  const ids = [...new Set(groupIds)].sort();
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += MAX_GROUP_IDS_PER_DESCRIBE) {
    chunks.push(ids.slice(start, start + MAX_GROUP_IDS_PER_DESCRIBE));
  }
  return chunks.map((chunk) =>
    q("DescribeSecurityGroups", {
      RegionId: regionId,
      SecurityGroupIds: JSON.stringify(chunk),
      MaxResults: MAX_GROUP_IDS_PER_DESCRIBE,
    }),
  );
}

/** Candidates for a group picker: groups of one VPC by part of a name, or one group by id (any VPC). */
export function groupCandidatesQuery(regionId: string, vpcId: string, text: string) {
  const byId = /^sg-/i.test(text);
  return q("DescribeSecurityGroups", {
    RegionId: regionId,
    VpcId: byId ? undefined : vpcId,
    SecurityGroupId: byId ? text : undefined,
    SecurityGroupName: byId || text === "" ? undefined : text,
    FuzzyQuery: !byId && text !== "" ? true : undefined,
    MaxResults: 50,
  });
}
