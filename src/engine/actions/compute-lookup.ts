import type { ErrorCode } from "../errors/catalogue";
import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { InstanceRecord, NetworkInterfaceRecord, VSwitchRecord } from "../types";

/**
 * An instance by id. Instance ids are unique across regions, and several actions (StartInstance,
 * ModifyInstanceAttribute...) take no RegionId; when one is given the instance must live there.
 */
export async function findInstance(
  tx: Tx,
  instanceId: string,
  regionId?: string,
  notFound: ErrorCode = "InvalidInstanceId.NotFound",
  field = "InstanceId",
): Promise<InstanceRecord> {
  const instance = await tx.objectStore("instances").get(instanceId);
  if (!instance || (regionId !== undefined && instance.RegionId !== regionId)) throw ecsError(notFound, { field });
  return instance;
}

export async function findEni(
  tx: Tx,
  networkInterfaceId: string,
  regionId?: string,
  field = "NetworkInterfaceId",
): Promise<NetworkInterfaceRecord> {
  const eni = await tx.objectStore("networkInterfaces").get(networkInterfaceId);
  if (!eni || (regionId !== undefined && eni.RegionId !== regionId)) throw ecsError("InvalidEniId.NotFound", { field });
  return eni;
}

export async function findVSwitch(tx: Tx, regionId: string, vswitchId: string): Promise<VSwitchRecord> {
  const vswitch = await tx.objectStore("vswitches").get(vswitchId);
  if (!vswitch || vswitch.RegionId !== regionId) throw ecsError("InvalidVSwitchId.NotFound", { field: "VSwitchId" });
  return vswitch;
}

/** The primary ENI of an instance (always present: it lives and dies with the instance). */
export async function primaryEni(tx: Tx, instance: InstanceRecord): Promise<NetworkInterfaceRecord> {
  const eni = await tx.objectStore("networkInterfaces").get(instance.PrimaryNetworkInterfaceId);
  if (!eni) throw new Error(`instance ${instance.InstanceId} has lost its primary network interface`);
  return eni;
}

/** The ENIs attached to an instance, primary first, then by device index. */
export async function instanceEnis(tx: Tx, instanceId: string): Promise<NetworkInterfaceRecord[]> {
  const enis = await tx.objectStore("networkInterfaces").index("byInstance").getAll(instanceId);
  return enis.sort((a, b) => (a.DeviceIndex ?? 0) - (b.DeviceIndex ?? 0));
}
