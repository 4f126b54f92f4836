import type { Permission } from "@/api/types";
import { callEcs } from "../../../api/client";

/** The rules of `holder` that name `target` as source (inbound) or destination (outbound). */
export function rulesNaming(target: string, permissions: readonly Permission[]): Permission[] {
  return permissions.filter((rule) =>
    rule.Direction === "ingress" ? rule.SourceGroupId === target : rule.DestGroupId === target,
  );
}

/**
 * SG-6 "try force delete": remove the rules of other groups that name this group, then delete
 * it. Read fresh from the API (not the cache) so no rule id is stale. Not atomic: when a step
 * fails, the rules removed so far stay removed (the dialog says what it will remove first).
 */
export async function deleteGroup(
  regionId: string,
  securityGroupId: string,
  { force, referencingGroupIds }: { force: boolean; referencingGroupIds: readonly string[] },
): Promise<void> {
  if (force) {
    for (const holder of referencingGroupIds) {
      const body = await callEcs("DescribeSecurityGroupAttribute", {
        RegionId: regionId,
        SecurityGroupId: holder,
        Direction: "all",
        MaxResults: 1000,
      });
      const doomed = rulesNaming(securityGroupId, body.Permissions.Permission);
      for (const [action, direction] of [
        ["RevokeSecurityGroup", "ingress"],
        ["RevokeSecurityGroupEgress", "egress"],
      ] as const) {
        const ids = doomed.filter((rule) => rule.Direction === direction).map((rule) => rule.SecurityGroupRuleId);
        if (ids.length > 0) {
          await callEcs(action, { RegionId: regionId, SecurityGroupId: holder, SecurityGroupRuleId: ids });
        }
      }
    }
  }
  await callEcs("DeleteSecurityGroup", { RegionId: regionId, SecurityGroupId: securityGroupId });
}
