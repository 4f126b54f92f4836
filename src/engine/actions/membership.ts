import { ecsError } from "../errors/ecs-error";
import { numberedList, optional, type RequestParams, required, requireRegion } from "../params";
import type { Tx } from "../store/workspace-db";
import type { NetworkInterfaceRecord } from "../types";
import { isValidResourceName } from "../validate/names";
import { findEni, findInstance, primaryEni } from "./compute-lookup";
import { type ActionTable, write } from "./context";
import { setEniGroups } from "./eni-groups";
import { checkEniGroups } from "./eni-membership-rules";
import { assertNotManaged, findGroup } from "./lookup";

/**
 * JoinSecurityGroup / LeaveSecurityGroup act on an instance (its primary ENI) or on one ENI,
 * never both. RegionId is required for an ENI and optional for an instance.
 */
async function readTarget(tx: Tx, params: RequestParams): Promise<NetworkInterfaceRecord> {
  const instanceId = optional(params, "InstanceId");
  const eniId = optional(params, "NetworkInterfaceId");
  if (instanceId !== undefined && eniId !== undefined) {
    throw ecsError("InvalidParam.EniIdAndInstanceId.Conflict", { field: "NetworkInterfaceId" });
  }
  if (eniId !== undefined) return findEni(tx, eniId, requireRegion(params).RegionId);
  if (instanceId === undefined) throw ecsError("MissingParameter", { args: ["InstanceId"], field: "InstanceId" });
  const regionId = optional(params, "RegionId") === undefined ? undefined : requireRegion(params).RegionId;
  return primaryEni(tx, await findInstance(tx, instanceId, regionId));
}

export const membershipActions = {
  /** ENI-3: InstanceName, and SecurityGroupIds.N replacing the primary ENI's groups (ENI-5). */
  ModifyInstanceAttribute: write(async ({ tx, params }) => {
    const instance = await findInstance(tx, required(params, "InstanceId"));
    const name = optional(params, "InstanceName");
    if (name !== undefined && !isValidResourceName(name)) {
      throw ecsError("InvalidInstanceName.Malformed", { field: "InstanceName" });
    }
    const groupIds = numberedList(params, "SecurityGroupIds");
    if (groupIds.length > 0) {
      const eni = await primaryEni(tx, instance);
      await checkEniGroups(tx, eni, groupIds, "ModifyInstanceAttribute", "SecurityGroupIds");
      await setEniGroups(tx, eni, groupIds);
    }
    if (name !== undefined) await tx.objectStore("instances").put({ ...instance, InstanceName: name });
    return {};
  }),

  /** ENI-3, ENI-5: adds one group to an instance's primary ENI or to an ENI. */
  JoinSecurityGroup: write(async ({ tx, params }) => {
    const groupId = required(params, "SecurityGroupId");
    const eni = await readTarget(tx, params);
    const group = await findGroup(tx, eni.RegionId, groupId);
    if (eni.SecurityGroupIds.includes(group.SecurityGroupId)) {
      throw ecsError("InvalidInstanceId.AlreadyExists", { field: "SecurityGroupId" });
    }
    const groupIds = [...eni.SecurityGroupIds, group.SecurityGroupId];
    await checkEniGroups(tx, eni, groupIds, "JoinSecurityGroup", "SecurityGroupId");
    await setEniGroups(tx, eni, groupIds);
    return {};
  }),

  /** ENI-3, ENI-5: removes one group; the last one stays. */
  LeaveSecurityGroup: write(async ({ tx, params }) => {
    const groupId = required(params, "SecurityGroupId");
    const eni = await readTarget(tx, params);
    const group = await findGroup(tx, eni.RegionId, groupId);
    if (!eni.SecurityGroupIds.includes(group.SecurityGroupId)) {
      throw ecsError("InvalidSecurityGroupAssociation.NotFound", { field: "SecurityGroupId" });
    }
    if (eni.SecurityGroupIds.length === 1) throw ecsError("InstanceLastSecurityGroup", { field: "SecurityGroupId" });
    assertNotManaged(group);
    await setEniGroups(
      tx,
      eni,
      eni.SecurityGroupIds.filter((id) => id !== group.SecurityGroupId),
    );
    return {};
  }),
} satisfies ActionTable;
