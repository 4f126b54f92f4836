import type { ErrorCode } from "../errors/catalogue";
import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { NetworkInterfaceRecord, SecurityGroupRecord } from "../types";
import {
  BASIC_GROUP_IP_CAPACITY,
  ENTERPRISE_GROUP_ENI_CAPACITY,
  MAX_GROUPS_PER_ENI,
  MAX_RULES_PER_ENI,
} from "../validate/limits";
import { assertNotManaged } from "./lookup";
import { eniRuleWeight } from "./rule-limits";

/** ENI-5 and ENI-6 limits. */

/** The request paths that change an ENI's groups: each answers a broken rule with its own real code. */
export type MembershipPath =
  | "RunInstances"
  | "CreateNetworkInterface"
  | "ModifyInstanceAttribute"
  | "ModifyNetworkInterfaceAttribute"
  | "JoinSecurityGroup";

interface PathCodes {
  /** More than 10 groups. */
  tooMany: ErrorCode;
  /** A group of another VPC. */
  otherVpc: ErrorCode;
  otherVpcVariant?: string;
  /** A classic-network group (no VPC). */
  classic: ErrorCode;
  /** Basic and enterprise groups together. */
  mixed: ErrorCode;
}

const PATH_CODES: Readonly<Record<MembershipPath, PathCodes>> = {
  RunInstances: {
    tooMany: "JoinedGroupLimitExceed",
    otherVpc: "InvalidParameter.Mismatch",
    classic: "InvalidParameter.Mismatch",
    mixed: "InvalidOperation.MultiGroupType",
  },
  CreateNetworkInterface: {
    tooMany: "JoinedGroupLimitExceed",
    otherVpc: "InvalidOperation.VpcMismatch",
    classic: "InvalidSecurityGroupId.NotVpc",
    mixed: "InvalidOperation.MultiGroupType",
  },
  ModifyNetworkInterfaceAttribute: {
    tooMany: "JoinedGroupLimitExceed",
    otherVpc: "InvalidOperation.VpcMismatch",
    classic: "InvalidSecurityGroupId.NotVpc",
    mixed: "InvalidOperation.MultiGroupType",
  },
  ModifyInstanceAttribute: {
    tooMany: "JoinedGroupLimitExceed",
    otherVpc: "InvalidSecurityGroupVpc.NotBelongToOneVpc",
    classic: "InvalidSecurityGroupType.NotSupportClassic",
    mixed: "EnterpriseGroupLimited.MutliGroupType",
  },
  JoinSecurityGroup: {
    tooMany: "InstanceSecurityGroupLimitExceeded",
    otherVpc: "InvalidInstanceId.Mismatch",
    classic: "InvalidInstanceId.Mismatch",
    mixed: "InvalidOperation.MultiGroupType",
  },
};

/**
 * Checks that `eni` may have exactly `groupIds` as its groups (ENI-5, ENI-6, RULE-8), where
 * `eni.SecurityGroupIds` is its current set: 1 to 10 distinct existing groups of the ENI's VPC,
 * of one type, managed groups neither added nor removed, at most 1,000 rules in total, and room
 * in every group it joins. `field` names the request parameter that carried the groups.
 */
export async function checkEniGroups(
  tx: Tx,
  eni: NetworkInterfaceRecord,
  groupIds: readonly string[],
  path: MembershipPath,
  field: string,
): Promise<void> {
  const codes = PATH_CODES[path];
  if (new Set(groupIds).size !== groupIds.length) throw ecsError("InvalidParameter.SecurityGroupIdRepeated", { field });
  if (groupIds.length > MAX_GROUPS_PER_ENI) {
    throw ecsError(codes.tooMany, { args: [String(MAX_GROUPS_PER_ENI), String(groupIds.length)], field });
  }

  const groups: SecurityGroupRecord[] = [];
  for (const groupId of groupIds) {
    const group = await tx.objectStore("securityGroups").get(groupId);
    if (!group || group.RegionId !== eni.RegionId) throw ecsError("InvalidSecurityGroupId.NotFound", { field });
    groups.push(group);
  }
  const current = new Set(eni.SecurityGroupIds);
  const added = groups.filter((group) => !current.has(group.SecurityGroupId));
  for (const group of added) assertNotManaged(group);
  for (const removedId of eni.SecurityGroupIds.filter((id) => !groupIds.includes(id))) {
    const removed = await tx.objectStore("securityGroups").get(removedId);
    if (removed) assertNotManaged(removed);
  }

  if (groups.some((group) => group.VpcId === "")) throw ecsError(codes.classic, { field });
  if (groups.some((group) => group.VpcId !== eni.VpcId)) throw ecsError(codes.otherVpc, { field });
  if (new Set(groups.map((group) => group.SecurityGroupType)).size > 1) throw ecsError(codes.mixed, { field });
  if (added.length === 0) return;

  const rules = await eniRuleWeight(tx, groupIds);
  if (rules > MAX_RULES_PER_ENI) {
    throw ecsError("AclLimitExceed", {
      args: [eni.NetworkInterfaceId, rules.toLocaleString("en-US"), MAX_RULES_PER_ENI.toLocaleString("en-US")],
      field,
    });
  }
  for (const group of added) await checkGroupCapacity(tx, group, eni, field);
}

/** ENI-6: a basic group holds 6,000 private IPs (primary + secondary of its ENIs), an enterprise one 65,536 ENIs. */
async function checkGroupCapacity(
  tx: Tx,
  group: SecurityGroupRecord,
  eni: NetworkInterfaceRecord,
  field: string,
): Promise<void> {
  if (group.SecurityGroupType === "enterprise") {
    if (group.EcsCount + 1 > ENTERPRISE_GROUP_ENI_CAPACITY) {
      throw ecsError("SecurityGroupInstanceLimitExceeded", {
        variant: "enterprise",
        args: [
          group.SecurityGroupId,
          (group.EcsCount + 1).toLocaleString("en-US"),
          ENTERPRISE_GROUP_ENI_CAPACITY.toLocaleString("en-US"),
        ],
        field,
      });
    }
    return;
  }
  const members = await tx.objectStore("networkInterfaces").index("bySecurityGroup").getAll(group.SecurityGroupId);
  let addresses = privateIpCount(eni);
  for (const member of members) {
    if (member.NetworkInterfaceId !== eni.NetworkInterfaceId) addresses += privateIpCount(member);
  }
  if (addresses > BASIC_GROUP_IP_CAPACITY) {
    throw ecsError("SecurityGroupInstanceLimitExceeded", {
      variant: "basic",
      args: [group.SecurityGroupId, addresses.toLocaleString("en-US"), BASIC_GROUP_IP_CAPACITY.toLocaleString("en-US")],
      field,
    });
  }
}

export function privateIpCount(eni: NetworkInterfaceRecord): number {
  return 1 + eni.SecondaryIpAddresses.length;
}
