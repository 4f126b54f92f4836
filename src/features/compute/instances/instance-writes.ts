import { callEcs } from "@/api/client";
import type { EcsAction } from "@/api/contract";
import { MEMBERSHIP_INVALIDATES } from "../api";

/** What an instance's status change can make stale. */
export const STATUS_INVALIDATES: readonly EcsAction[] = ["DescribeInstances"];

/** INST-2 */
export function startInstance(regionId: string, instanceId: string) {
  return callEcs("StartInstance", { RegionId: regionId, InstanceId: instanceId });
}

/** INST-2 */
export function stopInstance(regionId: string, instanceId: string) {
  return callEcs("StopInstance", { RegionId: regionId, InstanceId: instanceId });
}

/** INST-2: a running instance is released with Force=true. */
export function deleteInstance(regionId: string, instanceId: string, force: boolean) {
  return callEcs("DeleteInstance", { RegionId: regionId, InstanceId: instanceId, Force: force ? true : undefined });
}

/** ENI-3: take an instance out of one group (LeaveSecurityGroup). */
export function leaveGroup(regionId: string, instanceId: string, securityGroupId: string) {
  return callEcs("LeaveSecurityGroup", {
    RegionId: regionId,
    InstanceId: instanceId,
    SecurityGroupId: securityGroupId,
  });
}

/** Effects of leaveGroup: memberships are read again, whether it worked or not. */
export const LEAVE_EFFECTS = { invalidates: MEMBERSHIP_INVALIDATES };
