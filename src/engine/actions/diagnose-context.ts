import type { EniContext, GroupContext } from "../decide";
import type { Tx } from "../store/workspace-db";
import type { Direction, NetworkInterfaceRecord, RuleRecord } from "../types";

/** Every private IP of an ENI: the primary one, then the secondary ones. */
export function privateIpsOf(eni: NetworkInterfaceRecord): string[] {
  return [eni.PrimaryIpAddress, ...eni.SecondaryIpAddresses];
}

/**
 * Loads what judging one direction at `eni` needs, inside the action's transaction: its groups
 * with their rules, the member IPs of its basic Accept groups (DEC-3) and of the groups its rules
 * of that direction reference, and the entries of the prefix lists they use.
 */
export async function loadEniContext(tx: Tx, eni: NetworkInterfaceRecord, direction: Direction): Promise<EniContext> {
  const groupStore = tx.objectStore("securityGroups");
  const ruleIndex = tx.objectStore("rules").index("bySecurityGroup");
  const records = await Promise.all(eni.SecurityGroupIds.map((id) => groupStore.get(id)));
  const groups: GroupContext[] = await Promise.all(
    records
      .filter((group) => group !== undefined)
      .map(async (group) => ({
        SecurityGroupId: group.SecurityGroupId,
        SecurityGroupType: group.SecurityGroupType,
        InnerAccessPolicy: group.InnerAccessPolicy,
        rules: await ruleIndex.getAll(group.SecurityGroupId),
      })),
  );

  const rules = groups.flatMap((group) => group.rules).filter((rule) => rule.Direction === direction);
  const memberGroupIds = new Set<string>(rules.map(referencedGroup).filter((id) => id !== undefined));
  for (const group of groups) {
    if (group.SecurityGroupType === "normal" && group.InnerAccessPolicy === "Accept") {
      memberGroupIds.add(group.SecurityGroupId);
    }
  }
  const listIds = new Set<string>(rules.map(referencedPrefixList).filter((id) => id !== undefined));

  const memberIndex = tx.objectStore("networkInterfaces").index("bySecurityGroup");
  const listStore = tx.objectStore("prefixLists");
  const [members, lists] = await Promise.all([
    Promise.all([...memberGroupIds].map(async (id) => [id, (await memberIndex.getAll(id)).flatMap(privateIpsOf)])),
    Promise.all([...listIds].map(async (id) => [id, ((await listStore.get(id))?.Entries ?? []).map((e) => e.Cidr)])),
  ]);

  return {
    NetworkInterfaceId: eni.NetworkInterfaceId,
    privateIpAddresses: privateIpsOf(eni),
    groups,
    groupMembers: Object.fromEntries(members),
    prefixLists: Object.fromEntries(lists),
  };
}

function referencedGroup(rule: RuleRecord): string | undefined {
  return rule.Direction === "ingress" ? rule.SourceGroupId : rule.DestGroupId;
}

function referencedPrefixList(rule: RuleRecord): string | undefined {
  return rule.Direction === "ingress" ? rule.SourcePrefixListId : rule.DestPrefixListId;
}
