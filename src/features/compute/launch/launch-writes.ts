import { callEcs } from "../../../api/client";
import { type Problem, toProblem } from "../../../components/problem";
import { createGroup } from "../../security-groups/create/create-group";
import { QUICK_SETUP_PORTS, type QuickPortId } from "./catalog";

export type GroupChoice =
  | { mode: "new"; type: "normal" | "enterprise"; name: string; ports: readonly QuickPortId[] }
  | { mode: "existing"; groupIds: readonly string[] };

export interface LaunchValues {
  regionId: string;
  vpcId: string;
  vswitchId: string;
  imageId: string;
  instanceType: string;
  instanceName: string;
  amount: number;
  publicIp: boolean;
  groups: GroupChoice;
  /** The instances' `Tag.N.Key` / `Tag.N.Value`, in order. */
  tags?: ReadonlyArray<{ Key: string; Value: string }>;
}

export interface Launched {
  instanceIds: string[];
  /** The group the page created, when it created one. */
  createdGroupId?: string;
}

/** A launch that failed part-way: what failed, and the group already created (to reuse, not recreate). */
export class LaunchError extends Error {
  readonly problem: Problem;
  readonly createdGroupId: string | undefined;
  constructor(cause: unknown, createdGroupId?: string) {
    const problem = isProblem(cause) ? cause : toProblem(cause);
    super(problem.message);
    this.name = "LaunchError";
    this.problem = problem;
    this.createdGroupId = createdGroupId;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && !(value instanceof Error) && "code" in value;
}

/** Quick-setup rules: each checked port allowed from 0.0.0.0/0 (ENI-2; no detailed rules here). */
export function quickSetupPermissions(ports: readonly QuickPortId[]) {
  return QUICK_SETUP_PORTS.filter((port) => ports.includes(port.id)).map((port) => ({
    IpProtocol: port.IpProtocol,
    PortRange: port.PortRange,
    SourceCidrIp: "0.0.0.0/0",
    Policy: "accept",
    Priority: 1,
    Description: `${port.label} (quick setup)`,
  }));
}

/**
 * ENI-2 through the purchase page: with "create a new group", CreateSecurityGroup (plus the
 * console's allow-all outbound rules for an enterprise group) and one AuthorizeSecurityGroup
 * with the quick-setup ports; then RunInstances in the chosen or new group.
 */
export async function launchInstances(values: LaunchValues): Promise<Launched> {
  let createdGroupId: string | undefined;
  let groupIds: readonly string[];
  if (values.groups.mode === "new") {
    const created = await createGroup({
      regionId: values.regionId,
      type: values.groups.type,
      vpcId: values.vpcId,
      name: values.groups.name,
      description: "",
    }).catch((error: unknown) => {
      throw new LaunchError(error);
    });
    createdGroupId = created.securityGroupId;
    if (created.outboundProblem) throw new LaunchError(created.outboundProblem, createdGroupId);
    const permissions = quickSetupPermissions(values.groups.ports);
    if (permissions.length > 0) {
      try {
        await callEcs("AuthorizeSecurityGroup", {
          RegionId: values.regionId,
          SecurityGroupId: createdGroupId,
          Permissions: permissions,
        });
      } catch (error) {
        throw new LaunchError(error, createdGroupId);
      }
    }
    groupIds = [createdGroupId];
  } else {
    groupIds = values.groups.groupIds;
  }
  try {
    const { InstanceIdSets } = await callEcs("RunInstances", {
      RegionId: values.regionId,
      VSwitchId: values.vswitchId,
      ImageId: values.imageId,
      InstanceType: values.instanceType,
      InstanceName: values.instanceName,
      Amount: values.amount,
      Tag: values.tags ? [...values.tags] : undefined,
      InternetMaxBandwidthOut: values.publicIp ? 5 : undefined,
      SecurityGroupIds: [...groupIds],
    });
    return { instanceIds: InstanceIdSets.InstanceIdSet, createdGroupId };
  } catch (error) {
    throw new LaunchError(error, createdGroupId);
  }
}
