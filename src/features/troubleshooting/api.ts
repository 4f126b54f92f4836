import type { NetworkInterface } from "@/api/types";
import { q } from "../../api/queries";
import type { IpProtocol } from "../../engine/types";

/** How many instances the picker lists at once (a region may hold thousands: never all). */
export const PICKER_PAGE_SIZE = 50;

/**
 * One page of the region's instances for the picker: by name (`*text*`, the API's wildcard) or,
 * for text that looks like an id, by id.
 */
export function instancePickerQuery(regionId: string, text: string) {
  const needle = text.trim();
  const byId = /^i-[0-9a-z]+$/i.test(needle);
  return q("DescribeInstances", {
    RegionId: regionId,
    MaxResults: PICKER_PAGE_SIZE,
    InstanceName: needle && !byId ? `*${needle}*` : undefined,
    InstanceIds: byId ? JSON.stringify([needle]) : undefined,
  });
}

/** One instance by id (the picked one may be beyond the picker's page). */
export function instanceQuery(regionId: string, instanceId: string) {
  return q("DescribeInstances", {
    RegionId: regionId,
    InstanceIds: JSON.stringify([instanceId]),
  });
}

/** Member instances of a group: the first one is pre-picked when the page is opened from a group. */
export function groupMemberQuery(regionId: string, securityGroupId: string) {
  return q("DescribeInstances", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    MaxResults: 10,
  });
}

/** The ENIs of an instance: the primary one and the attached secondary ones. */
export function instanceEnisQuery(regionId: string, instanceId: string) {
  return q("DescribeNetworkInterfaces", {
    RegionId: regionId,
    InstanceId: instanceId,
    MaxResults: 50,
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
  return q("DiagnoseTraffic", { RegionId: regionId, ...check });
}

/** One ENI by id: the groups a hop's rules came from. */
export function eniQuery(regionId: string, networkInterfaceId: string) {
  return q("DescribeNetworkInterfaces", {
    RegionId: regionId,
    NetworkInterfaceId: [networkInterfaceId],
  });
}

/** An instance's ENIs as the instance numbers them: the primary (device 0) first. */
export function byDeviceIndex(enis: readonly NetworkInterface[]): NetworkInterface[] {
  return enis.toSorted((a, b) => (a.Attachment?.DeviceIndex ?? 0) - (b.Attachment?.DeviceIndex ?? 0));
}

/** The ENI the page judges: the one named in the URL, else the instance's primary. */
export function pickEni(enis: readonly NetworkInterface[], eniId: string): NetworkInterface | undefined {
  const ordered = byDeviceIndex(enis);
  return ordered.find((eni) => eni.NetworkInterfaceId === eniId) ?? ordered[0];
}
