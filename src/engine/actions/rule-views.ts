import type { Tx } from "../store/workspace-db";
import type { RuleRecord } from "../types";

/** A rule as the API returns it: every Permission field, "" when unset, names resolved. */
export async function permissionViews(tx: Tx, rules: readonly RuleRecord[]) {
  const groupNames = new Map<string, string>();
  const listNames = new Map<string, string>();
  for (const rule of rules) {
    for (const id of [rule.SourceGroupId, rule.DestGroupId]) {
      if (id && !groupNames.has(id)) {
        groupNames.set(id, (await tx.objectStore("securityGroups").get(id))?.SecurityGroupName ?? "");
      }
    }
    for (const id of [rule.SourcePrefixListId, rule.DestPrefixListId]) {
      if (id && !listNames.has(id)) {
        listNames.set(id, (await tx.objectStore("prefixLists").get(id))?.PrefixListName ?? "");
      }
    }
  }
  return rules.map((rule) => ({
    SecurityGroupRuleId: rule.SecurityGroupRuleId,
    Direction: rule.Direction,
    IpProtocol: rule.IpProtocol,
    PortRange: rule.PortRange,
    SourcePortRange: rule.SourcePortRange ?? "",
    SourceCidrIp: rule.SourceCidrIp ?? "",
    Ipv6SourceCidrIp: rule.Ipv6SourceCidrIp ?? "",
    SourceGroupId: rule.SourceGroupId ?? "",
    SourceGroupName: rule.SourceGroupId ? (groupNames.get(rule.SourceGroupId) ?? "") : "",
    SourceGroupOwnerAccount: rule.SourceGroupOwnerAccount ?? "",
    SourcePrefixListId: rule.SourcePrefixListId ?? "",
    SourcePrefixListName: rule.SourcePrefixListId ? (listNames.get(rule.SourcePrefixListId) ?? "") : "",
    DestCidrIp: rule.DestCidrIp ?? "",
    Ipv6DestCidrIp: rule.Ipv6DestCidrIp ?? "",
    DestGroupId: rule.DestGroupId ?? "",
    DestGroupName: rule.DestGroupId ? (groupNames.get(rule.DestGroupId) ?? "") : "",
    DestGroupOwnerAccount: rule.DestGroupOwnerAccount ?? "",
    DestPrefixListId: rule.DestPrefixListId ?? "",
    DestPrefixListName: rule.DestPrefixListId ? (listNames.get(rule.DestPrefixListId) ?? "") : "",
    PortRangeListId: "",
    PortRangeListName: "",
    Policy: rule.Policy,
    Priority: rule.Priority,
    NicType: rule.NicType,
    Description: rule.Description,
    CreateTime: rule.CreateTime,
  }));
}
