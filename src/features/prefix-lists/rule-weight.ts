import { useQuery } from "@tanstack/react-query";
import { groupRulesQuery } from "@/api/shared-reads";
import type { Permission } from "@/api/types";
import type { AddressFamily } from "../../engine/types";
import { regionPrefixListsQuery } from "./api";

/** What the rule editor needs of a prefix list: to offer it, and to weigh it (RULE-8). */
export interface PrefixListChoice {
  PrefixListId: string;
  PrefixListName: string;
  AddressFamily: AddressFamily;
  MaxEntries: number;
}

/** A rule as the editor holds it, as far as its weight goes. */
interface PeerChoice {
  peerKind: string;
  peer: string;
}

/**
 * RULE-8 / PL-2: a rule that uses a prefix list counts as the list's MaxEntries against the
 * group's 200 rules (and an ENI's 1,000); every other rule counts as one.
 */
export function listWeight(listId: string, lists: readonly PrefixListChoice[] | undefined): number {
  if (listId === "") return 1;
  return lists?.find((list) => list.PrefixListId === listId)?.MaxEntries ?? 1;
}

export function permissionWeight(rule: Permission, lists: readonly PrefixListChoice[] | undefined): number {
  return listWeight(rule.Direction === "ingress" ? rule.SourcePrefixListId : rule.DestPrefixListId, lists);
}

export function formWeight(form: PeerChoice, lists: readonly PrefixListChoice[] | undefined): number {
  return form.peerKind === "prefixList" ? listWeight(form.peer.trim(), lists) : 1;
}

/**
 * The region's prefix lists (for the picker) and the group's rules weighed with them. `enabled`
 * is false for classic-network groups, which cannot use prefix lists
 * (NotSupported.ClassicNetworkPrefixList): the picker is then not offered.
 */
export function useRuleWeights(regionId: string, securityGroupId: string, enabled: boolean) {
  const lists = useQuery({ ...regionPrefixListsQuery(regionId), enabled });
  const rules = useQuery(groupRulesQuery(regionId, securityGroupId));
  const choices: PrefixListChoice[] | undefined = lists.data?.PrefixLists.PrefixList;
  const groupWeight = rules.data?.Permissions.Permission.reduce(
    (sum, rule) => sum + permissionWeight(rule, choices),
    0,
  );
  return { offered: enabled, lists: enabled ? choices : undefined, groupWeight };
}

/**
 * RULE-8: the rules a group counts against its 200, prefix-list rules at their MaxEntries. The
 * region's lists are read only when a rule uses one.
 */
export function useGroupRuleUsage(regionId: string, rules: readonly Permission[]): number {
  const usesLists = rules.some((rule) => (rule.SourcePrefixListId || rule.DestPrefixListId) !== "");
  const lists = useQuery({ ...regionPrefixListsQuery(regionId), enabled: usesLists });
  const choices: PrefixListChoice[] | undefined = lists.data?.PrefixLists.PrefixList;
  return rules.reduce((sum, rule) => sum + permissionWeight(rule, choices), 0);
}
