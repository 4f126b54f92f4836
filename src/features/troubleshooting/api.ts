import { q } from "../../api/queries";
import type { IpProtocol } from "../../engine/types";
import type { DescribeSecurityGroupsBody } from "../security-groups/api";

/** Response shapes of the actions the troubleshooting page uses, field for field as the API sends them. */

export interface MatchedRule {
  SecurityGroupId: string;
  SecurityGroupRuleId: string;
  Priority: number;
  Policy: "Accept" | "Drop";
}

export type HopReason = "Rule" | "DefaultDeny" | "DefaultAllow" | "InnerAccessPolicy" | "PlatformRestriction";

export interface Hop {
  NetworkInterfaceId: string;
  Direction: "ingress" | "egress";
  Verdict: "Allowed" | "Blocked";
  Reason: HopReason;
  SecurityGroupId: string;
  SecurityGroupRuleId: string;
  Priority: number | "";
  Policy: "Accept" | "Drop" | "";
  /** The engine's English sentence: shown only when the console has no sentence of its own. */
  Explanation: string;
  MatchedRules: { MatchedRule: MatchedRule[] };
}

export interface DiagnoseTrafficBody {
  Verdict: "Allowed" | "Blocked";
  Hops: { Hop: Hop[] };
  Notes: { Note: string[] };
}

export interface InstanceView {
  InstanceId: string;
  InstanceName: string;
  Status: string;
  VpcId?: string;
  SecurityGroupIds: { SecurityGroupId: string[] };
  VpcAttributes: { VpcId: string; PrivateIpAddress: { IpAddress: string[] } };
  PublicIpAddress: { IpAddress: string[] };
  NetworkInterfaces: {
    NetworkInterface: Array<{ NetworkInterfaceId: string; Type: string; PrimaryIpAddress: string }>;
  };
}

export interface DescribeInstancesBody {
  Instances: { Instance: InstanceView[] };
  NextToken?: string;
}

export interface EniView {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Type: "Primary" | "Secondary";
  PrivateIpAddress: string;
  SecurityGroupIds: { SecurityGroupId: string[] };
  Attachment?: { DeviceIndex: number };
}

export interface DescribeNetworkInterfacesBody {
  NetworkInterfaceSets: { NetworkInterfaceSet: EniView[] };
}

/** How many instances the picker lists at once (a region may hold thousands: never all). */
export const PICKER_PAGE_SIZE = 50;

/**
 * One page of the region's instances for the picker: by name (`*text*`, the API's wildcard) or,
 * for text that looks like an id, by id.
 */
export function instancePickerQuery(regionId: string, text: string) {
  const needle = text.trim();
  const byId = /^i-[0-9a-z]+$/i.test(needle);
  return q<DescribeInstancesBody>("DescribeInstances", {
    RegionId: regionId,
    MaxResults: PICKER_PAGE_SIZE,
    InstanceName: needle && !byId ? `*${needle}*` : undefined,
    InstanceIds: byId ? JSON.stringify([needle]) : undefined,
  });
}

/** One instance by id (the picked one may be beyond the picker's page). */
export function instanceQuery(regionId: string, instanceId: string) {
  return q<DescribeInstancesBody>("DescribeInstances", {
    RegionId: regionId,
    InstanceIds: JSON.stringify([instanceId]),
  });
}

/** Member instances of a group: the first one is pre-picked when the page is opened from a group. */
export function groupMemberQuery(regionId: string, securityGroupId: string) {
  return q<DescribeInstancesBody>("DescribeInstances", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    MaxResults: 10,
  });
}

/** The ENIs of an instance: the primary one and the attached secondary ones. */
export function instanceEnisQuery(regionId: string, instanceId: string) {
  return q<DescribeNetworkInterfacesBody>("DescribeNetworkInterfaces", {
    RegionId: regionId,
    InstanceId: instanceId,
    MaxResults: 50,
  });
}

/** The groups of one ENI (at most 10) with names, types, counters and the managed flag. */
export function groupsByIdQuery(regionId: string, securityGroupIds: readonly string[]) {
  return q<DescribeSecurityGroupsBody>("DescribeSecurityGroups", {
    RegionId: regionId,
    SecurityGroupIds: JSON.stringify([...securityGroupIds].sort()),
    MaxResults: 100,
  });
}

/** One packet to judge (DIAG-1, DIAG-2), as DiagnoseTraffic takes it. */
export interface TrafficCheck {
  IpProtocol: Exclude<IpProtocol, "ALL">;
  /** TCP/UDP only. */
  DestPort?: number;
  SourceIp?: string;
  SourceInstanceId?: string;
  SourceNetworkInterfaceId?: string;
  DestInstanceId?: string;
  DestNetworkInterfaceId?: string;
}

export function diagnoseQuery(regionId: string, check: TrafficCheck) {
  return q<DiagnoseTrafficBody>("DiagnoseTraffic", { RegionId: regionId, ...check });
}

/** One ENI by id: the groups a hop's rules came from. */
export function eniQuery(regionId: string, networkInterfaceId: string) {
  return q<DescribeNetworkInterfacesBody>("DescribeNetworkInterfaces", {
    RegionId: regionId,
    NetworkInterfaceId: [networkInterfaceId],
  });
}

/** An instance's ENIs as the instance numbers them: the primary (device 0) first. */
export function byDeviceIndex(enis: readonly EniView[]): EniView[] {
  return enis.toSorted((a, b) => (a.Attachment?.DeviceIndex ?? 0) - (b.Attachment?.DeviceIndex ?? 0));
}

/** The ENI the page judges: the one named in the URL, else the instance's primary. */
export function pickEni(enis: readonly EniView[], eniId: string): EniView | undefined {
  const ordered = byDeviceIndex(enis);
  return ordered.find((eni) => eni.NetworkInterfaceId === eniId) ?? ordered[0];
}
