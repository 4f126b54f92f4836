import type { CloneSecurityGroupBody, Vpc } from "@/api/types";
import { copyName } from "@/engine/validate";
import { callEcs } from "../../../api/client";

export interface CloneValues {
  regionId: string;
  securityGroupId: string;
  targetRegionId: string;
  /** "" for the classic network. */
  targetVpcId: string;
  name: string;
  keepRules: boolean;
  copyTags: boolean;
}

/** CLONE-1: one atomic request; skipped rules come back with their code and message. */
export function cloneGroup(values: CloneValues): Promise<CloneSecurityGroupBody> {
  return callEcs("CloneSecurityGroup", {
    RegionId: values.regionId,
    SecurityGroupId: values.securityGroupId,
    TargetRegionId: values.targetRegionId,
    TargetVpcId: values.targetVpcId,
    SecurityGroupName: values.name,
    KeepRules: values.keepRules,
    CopyTags: values.copyTags,
  });
}

/** The name the engine would give (`<name>-copy`), offered as the form's starting value. */
export const defaultCloneName = copyName;

/**
 * The VPC offered first: the source's own VPC when cloning within its region, else the target
 * region's default VPC (or its first). "" (classic) only when there is no VPC, or for a classic
 * source in its own region.
 */
export function defaultTargetVpc(sameRegion: boolean, sourceVpcId: string, targetVpcs: readonly Vpc[]): string {
  if (sameRegion) return sourceVpcId;
  return (targetVpcs.find((vpc) => vpc.IsDefault) ?? targetVpcs[0])?.VpcId ?? "";
}
