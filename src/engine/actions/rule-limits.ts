import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { SecurityGroupRecord } from "../types";
import { MAX_GROUP_RULES_PER_GROUP, MAX_RULES_PER_ENI, MAX_RULES_PER_GROUP } from "../validate/limits";
import type { RuleDraft } from "../validate/rules";
import { referencedPrefixListId } from "../validate/rules";

/** RULE-8 */

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

/** Checks one change against RULE-8's limits; see `ruleLimitChecker`. */
export type RuleLimitCheck = (weightDelta: number, groupRuleDelta: number) => void;

/**
 * Reads once what RULE-8 compares against (the weights of every ENI that uses `group`) and
 * returns a check that refuses a change adding `weightDelta` rules and `groupRuleDelta`
 * group-reference rules when it would pass the group's 200, its 20 group references, or 1,000
 * on any of those ENIs. An import checks 200 rows with one read.
 */
export async function ruleLimitChecker(tx: Tx, group: SecurityGroupRecord): Promise<RuleLimitCheck> {
  const enis = await tx.objectStore("networkInterfaces").index("bySecurityGroup").getAll(group.SecurityGroupId);
  const eniWeights = await Promise.all(
    enis.map(async (eni) => ({ id: eni.NetworkInterfaceId, weight: await eniRuleWeight(tx, eni.SecurityGroupIds) })),
  );
  return (weightDelta, groupRuleDelta) => {
    if (weightDelta > 0 && group.RuleWeight + weightDelta > MAX_RULES_PER_GROUP) {
      throw ecsError("AuthorizationLimitExceed", { field: "Permissions" });
    }
    if (groupRuleDelta > 0 && group.GroupToGroupRuleCount + groupRuleDelta > MAX_GROUP_RULES_PER_GROUP) {
      throw ecsError("AuthorizedGroupRule.LimitExceed", { field: "Permissions" });
    }
    if (weightDelta <= 0) return;
    for (const eni of eniWeights) {
      const total = eni.weight + weightDelta;
      if (total > MAX_RULES_PER_ENI) {
        throw ecsError("AuthorizationLimitExceed", {
          variant: "eni",
          args: [eni.id, total.toLocaleString("en-US"), MAX_RULES_PER_ENI.toLocaleString("en-US")],
          field: "Permissions",
        });
      }
    }
  };
}

/** RULE-8 for one change: `ruleLimitChecker` read and applied at once. */
export async function checkRuleLimits(
  tx: Tx,
  group: SecurityGroupRecord,
  weightDelta: number,
  groupRuleDelta: number,
): Promise<void> {
  // Nothing added: nothing to refuse (and no read).
  if (weightDelta <= 0 && groupRuleDelta <= 0) return;
  (await ruleLimitChecker(tx, group))(weightDelta, groupRuleDelta);
}
