import { callEcs } from "@/api/client";
import type { WriteEffects } from "@/api/queries";

/** SG-7: a basic group's internal access policy. */
export function modifyInnerPolicy(regionId: string, securityGroupId: string, policy: "Accept" | "Drop") {
  return callEcs("ModifySecurityGroupPolicy", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    InnerAccessPolicy: policy,
  });
}

export const INNER_POLICY_EFFECTS: WriteEffects = { invalidates: ["DescribeSecurityGroupAttribute"] };

/** SG-5: a group's name and description. */
export function modifyGroupAttribute(
  regionId: string,
  securityGroupId: string,
  values: { name: string; description: string },
) {
  return callEcs("ModifySecurityGroupAttribute", {
    RegionId: regionId,
    SecurityGroupId: securityGroupId,
    SecurityGroupName: values.name,
    Description: values.description,
  });
}
