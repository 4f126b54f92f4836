import type { EcsAction } from "@/api/contract";
import { groupRulesQuery } from "@/api/shared-reads";
import { callEcs } from "../../../api/client";
import { queryClient } from "../../../api/queries";
import type { Direction } from "../../../engine/types";

/** Queries a rule change can make stale: the rules, the list's counts, references, prefix-list associations. */
export const RULE_WRITE_INVALIDATES: readonly EcsAction[] = [
  "DescribeSecurityGroupAttribute",
  "DescribeSecurityGroups",
  "DescribeSecurityGroupReferences",
  "DescribePrefixLists",
  "DescribePrefixListAssociations",
];

const ACTIONS = {
  ingress: { add: "AuthorizeSecurityGroup", modify: "ModifySecurityGroupRule", revoke: "RevokeSecurityGroup" },
  egress: {
    add: "AuthorizeSecurityGroupEgress",
    modify: "ModifySecurityGroupEgressRule",
    revoke: "RevokeSecurityGroupEgress",
  },
} as const;

interface Target {
  regionId: string;
  securityGroupId: string;
  direction: Direction;
}

/**
 * RULE-3 through the console: all rules of the dialog in one request. Returns how many were
 * really added (a rule identical to an existing one succeeds and adds nothing).
 */
export async function addRules(target: Target, permissions: ReadonlyArray<Record<string, string>>): Promise<number> {
  const rulesOf = async () =>
    (
      await queryClient.fetchQuery({ ...groupRulesQuery(target.regionId, target.securityGroupId), staleTime: 0 })
    ).Permissions.Permission.filter((rule) => rule.Direction === target.direction).length;
  const before = await rulesOf();
  await callEcs(ACTIONS[target.direction].add, {
    RegionId: target.regionId,
    SecurityGroupId: target.securityGroupId,
    Permissions: [...permissions],
  });
  return (await rulesOf()) - before;
}

/** RULE-4: the rule keeps its id. */
export async function modifyRule(target: Target, ruleId: string, fields: Record<string, string>): Promise<void> {
  await callEcs(ACTIONS[target.direction].modify, {
    RegionId: target.regionId,
    SecurityGroupId: target.securityGroupId,
    SecurityGroupRuleId: ruleId,
    ...fields,
  });
}

/** RULE-5 by rule ids: all or nothing. */
export async function revokeRules(target: Target, ruleIds: readonly string[]): Promise<void> {
  await callEcs(ACTIONS[target.direction].revoke, {
    RegionId: target.regionId,
    SecurityGroupId: target.securityGroupId,
    SecurityGroupRuleId: [...ruleIds],
  });
}
