import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { SecurityGroupRecord } from "../types";
import type { RuleDraft } from "../validate/rules";
import { referencedPrefixListId } from "../validate/rules";

/** RULE-8 */
export const MAX_RULES_PER_GROUP = 200;
export const MAX_RULES_PER_ENI = 1000;
export const MAX_GROUP_RULES_PER_GROUP = 20;

/** Quota weight of a rule: 1, or the MaxEntries of the prefix list it uses (PL-2). */
export async function ruleWeight(tx: Tx, rule: RuleDraft): Promise<number> {
  const listId = referencedPrefixListId(rule);
  if (!listId) return 1;
  const list = await tx.objectStore("prefixLists").get(listId);
  return list?.MaxEntries ?? 1;
}

/** Rules counted on one ENI: the summed weights of all its groups. */
export async function eniRuleWeight(tx: Tx, groupIds: readonly string[]): Promise<number> {
  const groups = await Promise.all(groupIds.map((id) => tx.objectStore("securityGroups").get(id)));
  return groups.reduce((sum, group) => sum + (group?.RuleWeight ?? 0), 0);
}

/**
 * Refuses a change that adds `weightDelta` rules and `groupRuleDelta` group-reference rules to
 * `group` when it would pass the group's 200, its 20 group references, or 1,000 on any ENI
 * that uses the group.
 */
export async function checkRuleLimits(
  tx: Tx,
  group: SecurityGroupRecord,
  weightDelta: number,
  groupRuleDelta: number,
): Promise<void> {
  if (weightDelta > 0 && group.RuleWeight + weightDelta > MAX_RULES_PER_GROUP) {
    throw ecsError("AuthorizationLimitExceed", { field: "Permissions" });
  }
  if (groupRuleDelta > 0 && group.GroupToGroupRuleCount + groupRuleDelta > MAX_GROUP_RULES_PER_GROUP) {
    throw ecsError("AuthorizedGroupRule.LimitExceed", { field: "Permissions" });
  }
  if (weightDelta <= 0) return;
  const enis = await tx.objectStore("networkInterfaces").index("bySecurityGroup").getAll(group.SecurityGroupId);
  for (const eni of enis) {
    const total = (await eniRuleWeight(tx, eni.SecurityGroupIds)) + weightDelta;
    if (total > MAX_RULES_PER_ENI) {
      throw ecsError("AuthorizationLimitExceed", {
        variant: "eni",
        args: [eni.NetworkInterfaceId, total.toLocaleString("en-US"), MAX_RULES_PER_ENI.toLocaleString("en-US")],
        field: "Permissions",
      });
    }
  }
}
