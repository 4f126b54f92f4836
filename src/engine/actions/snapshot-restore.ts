import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { RuleRecord, SecurityGroupRecord, SnapshotRecord } from "../types";
import { referencedGroupId, referencedPrefixListId } from "../validate/rules";
import { noteRuleChange } from "./rule-change";
import { checkRuleLimits, ruleWeight } from "./rule-limits";
import { groupRules, storeCounters } from "./rules";

/** A group or prefix list the rule names must still exist; another account's group is taken on trust. */
async function checkReferencesExist(
  tx: Tx,
  group: SecurityGroupRecord,
  rule: RuleRecord,
  accountId: string,
): Promise<void> {
  const missing = (what: string) =>
    ecsError("InvalidOperation.SnapshotReferenceNotFound", {
      args: [rule.SecurityGroupRuleId, what],
      field: "SnapshotId",
    });
  const groupId = referencedGroupId(rule);
  const owner = rule.Direction === "ingress" ? rule.SourceGroupOwnerAccount : rule.DestGroupOwnerAccount;
  if (groupId && (!owner || owner === accountId)) {
    const other = await tx.objectStore("securityGroups").get(groupId);
    if (!other || other.RegionId !== group.RegionId) throw missing(`security group ${groupId}`);
  }
  const listId = referencedPrefixListId(rule);
  if (listId) {
    const list = await tx.objectStore("prefixLists").get(listId);
    if (!list || list.RegionId !== group.RegionId) throw missing(`prefix list ${listId}`);
  }
}

/**
 * SNAP-4: replaces every rule of `group` with the snapshot's, keeping their ids. The checks run
 * while the rules are rewritten: one failure aborts the action's transaction, so a restore that
 * fails half-way changes nothing (API-5). A restore is itself a rule change (SNAP-3).
 */
export async function restoreSnapshot(
  tx: Tx,
  group: SecurityGroupRecord,
  snapshot: SnapshotRecord,
  { now, accountId }: { now: number; accountId: string },
): Promise<void> {
  const current = await groupRules(tx, group.SecurityGroupId);
  await noteRuleChange(tx, group, current, now);
  const rules = tx.objectStore("rules");
  for (const rule of current) await rules.delete(rule.SecurityGroupRuleId);
  let weight = 0;
  for (const rule of snapshot.Rules) {
    await checkReferencesExist(tx, group, rule, accountId);
    weight += await ruleWeight(tx, rule);
    await rules.add({ ...rule, SecurityGroupId: group.SecurityGroupId });
  }
  const groupRuleCount = snapshot.Rules.filter((rule) => referencedGroupId(rule)).length;
  // The group's stored counters are still the old ones: the deltas are against them (RULE-8, per ENI too).
  await checkRuleLimits(tx, group, weight - group.RuleWeight, groupRuleCount - group.GroupToGroupRuleCount);
  await storeCounters(tx, group, snapshot.Rules);
}
