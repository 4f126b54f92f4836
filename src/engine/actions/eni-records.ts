import { formatEcsTime } from "../clock";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { NetworkInterfaceRecord, Tag, VSwitchRecord } from "../types";

/** Alibaba Cloud's MAC prefix. */
const MAC_PREFIX = "00:16:3e";

/** A fixed MAC address per ENI id (FNV-1a of the id), so demo data and tests stay reproducible. */
export function macAddressFor(networkInterfaceId: string): string {
  let hash = 0x811c9dc5;
  for (const char of networkInterfaceId) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const bytes = [hash >>> 16, hash >>> 8, hash].map((byte) => (byte & 0xff).toString(16).padStart(2, "0"));
  return `${MAC_PREFIX}:${bytes.join(":")}`;
}

export interface NewEni {
  NetworkInterfaceId: string;
  vswitch: VSwitchRecord;
  Type: NetworkInterfaceRecord["Type"];
  PrimaryIpAddress: string;
  SecondaryIpAddresses?: string[];
  NetworkInterfaceName?: string;
  Description?: string;
  Tags?: Tag[];
  /** The instance it is attached to at once (a primary ENI), with its device index. */
  InstanceId?: string;
  DeviceIndex?: number;
}

/**
 * A new ENI record in no group yet, not stored: the caller checks its groups, then stores it
 * with them through setEniGroups (so the groups' EcsCount follows). Shared by RunInstances,
 * CreateNetworkInterface and the demo seed.
 */
export async function newEniRecord(tx: Tx, fields: NewEni, now: number): Promise<NetworkInterfaceRecord> {
  const attached = fields.InstanceId !== undefined;
  const record: NetworkInterfaceRecord = {
    NetworkInterfaceId: fields.NetworkInterfaceId,
    RegionId: fields.vswitch.RegionId,
    VpcId: fields.vswitch.VpcId,
    VSwitchId: fields.vswitch.VSwitchId,
    ZoneId: fields.vswitch.ZoneId,
    Type: fields.Type,
    Status: attached ? "InUse" : "Available",
    ...(attached ? { InstanceId: fields.InstanceId, DeviceIndex: fields.DeviceIndex ?? 0 } : {}),
    SecurityGroupIds: [],
    PrimaryIpAddress: fields.PrimaryIpAddress,
    SecondaryIpAddresses: fields.SecondaryIpAddresses ?? [],
    MacAddress: macAddressFor(fields.NetworkInterfaceId),
    NetworkInterfaceName: fields.NetworkInterfaceName ?? "",
    Description: fields.Description ?? "",
    Tags: fields.Tags ?? [],
    CreationTime: formatEcsTime(now),
    Seq: await nextSeq(tx),
  };
  return record;
}

/** The ENI once off its instance: Available, with no instance or device index. */
export function detachedEni(eni: NetworkInterfaceRecord): NetworkInterfaceRecord {
  const { InstanceId: _instance, DeviceIndex: _index, ...rest } = eni;
  return { ...rest, Status: "Available" };
}
